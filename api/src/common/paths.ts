import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, whether running from `api/src` (ts) or from `dist/api/src` (built). */
export const PROJECT_ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

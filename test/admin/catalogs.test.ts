import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import englishMessages from 'ra-language-english';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { resourceMessages } from '../../admin/src/defineResource';
import english from '../../admin/src/i18n/en';
import spanish from '../../admin/src/i18n/es-MX';
import { RESOURCES } from './resources';

// The catalogues as i18nProvider.ts assembles them: the shared messages and every resource's labels.
const esMX = { ...spanish, resources: resourceMessages(RESOURCES, 'es-MX') };
const en = { ...english, resources: resourceMessages(RESOURCES, 'en') };

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
const lookup = (tree: Tree, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), tree);

const SRC = join(PROJECT_ROOT, 'admin', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
  );

describe('the messages', () => {
  it('translate every key of react-admin 5 (ra-language-english), in Spanish and English', () => {
    const ra = keys(englishMessages as unknown as Tree).filter((key) => key.startsWith('ra.'));
    expect(ra.length).toBeGreaterThanOrEqual(164);
    for (const key of ra) {
      expect([key, typeof lookup(esMX as unknown as Tree, key)]).toEqual([key, 'string']);
      expect([key, typeof lookup(en as unknown as Tree, key)]).toEqual([key, 'string']);
    }
  });

  it('have the same keys in Spanish and English, none empty', () => {
    expect(keys(en as unknown as Tree).sort()).toEqual(keys(esMX as unknown as Tree).sort());
    for (const key of keys(esMX as unknown as Tree))
      expect([key, String(lookup(esMX as unknown as Tree, key)).length > 0]).toEqual([key, true]);
  });

  it('label every field a resource folder shows or edits (resources.<name>.fields.<source>)', () => {
    const resources = Object.keys(esMX.resources);
    const missing: string[] = [];
    for (const resource of resources) {
      for (const file of files(join(SRC, resource)).filter((f) => f.endsWith('.tsx'))) {
        for (const match of readFileSync(file, 'utf8').matchAll(/\bsource="([a-zA-Z]+)"/g)) {
          const key = `resources.${resource}.fields.${match[1]}`;
          if (typeof lookup(esMX as unknown as Tree, key) !== 'string') missing.push(`${relative(SRC, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('use only keys the catalogue has (every tablero.* key written in the code exists)', () => {
    const missing: string[] = [];
    for (const file of files(SRC).filter((f) => /\.tsx?$/.test(f) && !f.includes('generated') && !f.includes('i18n'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(tablero\.[a-z_]+(?:\.[a-zA-Z_]+)+)'/g)) {
        if (typeof lookup(esMX as unknown as Tree, match[1]) !== 'string')
          missing.push(`${relative(SRC, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { PROJECT_ROOT } from '../common/paths';

/**
 * Where the platform's own clients keep their operations, read recursively (see codegen.yml): the
 * back-office keeps each beside the resource or page that sends it.
 */
const CLIENT_OPERATION_DIRS = ['admin/src', 'widgets/src/operations'];

/**
 * The names of the operations the platform's own clients send (the back-office and the widgets):
 * the only names metrics label by, so anonymous callers cannot fill the label space with junk.
 * Missing folders fail the start, so a moved folder never silently turns every label into "other".
 */
export function clientOperationNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const dir of CLIENT_OPERATION_DIRS) {
    const files = readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.graphql'),
    );
    if (!files.length) throw new Error(`no client operations in ${dir}: metrics would label every request "other"`);
    for (const file of files) {
      for (const definition of parse(readFileSync(join(PROJECT_ROOT, dir, file), 'utf8')).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
      }
    }
  }
  return names;
}

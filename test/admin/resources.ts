import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { resourcesFrom, type ResourceDefinition } from '../../admin/src/defineResource';

const SRC = join(PROJECT_ROOT, 'admin', 'src');

/**
 * The back-office's resources as registry.ts finds them (every folder with a resource.ts), in menu
 * order; node has no import.meta.glob, so the folders are read here.
 */
export const RESOURCES = resourcesFrom(
  Object.fromEntries(
    readdirSync(SRC)
      .filter((folder) => existsSync(join(SRC, folder, 'resource.ts')))
      .map((folder) => [
        `./${folder}/resource.ts`,
        (require(join(SRC, folder, 'resource.ts')) as { default: ResourceDefinition }).default,
      ]),
  ),
);

/** The resources that have a list (in the menu). */
export const LISTED = RESOURCES.filter(({ menu }) => menu);

/** A resource's definition by name. */
export const definitionOf = (name: string) => {
  const found = RESOURCES.find((definition) => definition.name === name);
  if (!found) throw new Error(`No resource ${name}`);
  return found;
};

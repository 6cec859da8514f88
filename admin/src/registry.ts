import { resourcesFrom, type MenuGroup, type ResourceDefinition } from './defineResource';
import type { ResourceSpec } from './providers/resourceSpec';

/**
 * Every resource of the back-office, in menu order: each folder with a `resource.ts` (its
 * defineResource checks the definition whole), found at build time, so a new resource edits no
 * shared file.
 */
export const RESOURCES = resourcesFrom(
  import.meta.glob<ResourceDefinition>('./*/resource.ts', { eager: true, import: 'default' }),
);

/** How the data provider reaches each resource (list, read, write). */
export const RESOURCE_DATA: Record<string, ResourceSpec> = Object.fromEntries(
  RESOURCES.map(({ name, data }) => [name, data]),
);

/** The resources listed under a menu group, in order. */
export const resourcesIn = (group: MenuGroup) =>
  RESOURCES.filter(({ menu }) => menu?.group === group).map(({ name }) => name);

/** The API's name for the kind of record a resource shows (`Commitment`), when staff write it. */
export const kindOf = (resource: string) => RESOURCE_DATA[resource]?.kind;

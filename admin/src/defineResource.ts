import type { ResourceProps } from 'react-admin';
import type { ResourceSpec, WrittenInput } from './providers/resourceSpec';

/** The menu's groups, in menu order (layout.tsx; labelled `tablero.menu.<group>`). */
export const MENU_GROUPS = ['work', 'secretariat', 'plan', 'evaluation', 'catalogs', 'administration'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

/** A resource's labels in one language (react-admin reads `resources.<name>.…`). */
export type ResourceLabels<Field extends string = string> = {
  /** Singular |||| plural. */
  name: string;
  /** What the empty list says to do next. */
  empty: string;
  fields: Record<Field, string>;
};

/** The fields a resource written by staff must label: every field of its write input, and what every record form shows. */
type WrittenFields<Input> = [keyof Input] extends [never]
  ? never
  : Extract<keyof Input, string> | 'publication' | 'version' | 'updatedAt' | 'source';

/** Everything the back-office knows of a resource; its folder's `resource.ts` declares it. */
export interface ResourceDefinition {
  /** The resource's name in URLs and messages: its folder's name. */
  name: string;
  /** Where the menu lists it (`position` orders a group), or null: kept only from another record's page. */
  menu: { group: MenuGroup; position: number } | null;
  /** Its views: list, show, create, edit, icon, representation. */
  views: Omit<ResourceProps, 'name'>;
  /** How the data provider lists, reads and writes it. */
  data: ResourceSpec;
  labels: { 'es-MX': ResourceLabels; en: ResourceLabels };
}

/**
 * A resource's definition, checked whole: its English labels have exactly the keys of its Spanish
 * ones, and these label every field its data spec writes.
 */
export function defineResource<const Name extends string, Input, Es extends ResourceLabels>(definition: {
  name: Name;
  menu: ResourceDefinition['menu'];
  views: ResourceDefinition['views'];
  data: ResourceSpec & WrittenInput<Input>;
  labels: {
    'es-MX': Es & ResourceLabels<WrittenFields<Input>>;
    en: NoInfer<ResourceLabels<Extract<keyof Es['fields'], string>>>;
  };
}): ResourceDefinition & { name: Name } {
  return definition;
}

/**
 * The resources of the folders found (`./<folder>/resource.ts` → its definition), in menu order:
 * group by group, by position within a group, then those without a list. Throws on a resource not
 * named as its folder and on two in one place, so none depends on the order of discovery.
 */
export function resourcesFrom(modules: Record<string, ResourceDefinition>): ResourceDefinition[] {
  const definitions = Object.entries(modules).map(([path, definition]) => {
    if (path !== `./${definition.name}/resource.ts`)
      throw new Error(`${path} defines "${definition.name}": a resource is named as its folder`);
    return definition;
  });
  const rank = ({ menu }: ResourceDefinition) => (menu ? MENU_GROUPS.indexOf(menu.group) : MENU_GROUPS.length);
  const sorted = [...definitions].sort(
    (a, b) => rank(a) - rank(b) || (a.menu?.position ?? 0) - (b.menu?.position ?? 0) || a.name.localeCompare(b.name),
  );
  const places = new Set<string>();
  for (const { menu } of sorted) {
    if (!menu) continue;
    const place = `${menu.group} ${menu.position}`;
    if (places.has(place)) throw new Error(`Two resources are at menu position ${place}`);
    places.add(place);
  }
  return sorted;
}

/** Every resource's labels in a language: react-admin's `resources` messages. */
export const resourceMessages = (
  definitions: readonly ResourceDefinition[],
  locale: keyof ResourceDefinition['labels'],
): Record<string, ResourceLabels> => Object.fromEntries(definitions.map(({ name, labels }) => [name, labels[locale]]));

import type { RaRecord } from 'react-admin';
import type * as G from '../generated/graphql';
import type { TypedDocumentString } from '../generated/graphql';
import { request } from './graphql';
import { changedInput, pickInput, type InputFields } from './inputs';

/** A list page as react-admin asks for it, already in the API's terms. */
export interface ListArgs {
  first: number;
  after: string | null;
  /** How many records come before this page (`after` as a number, for a list served whole). */
  offset: number;
  filter: Record<string, unknown>;
  sort: { field: string; order: string };
}

/**
 * What the data provider can do with one resource. Each resource folder's `resource.ts` builds its
 * own, mostly with `define`; registry.ts assembles them by resource name.
 */
export interface ResourceSpec {
  getList?(args: ListArgs): Promise<{ totalCount: number; nodes: RaRecord[] }>;
  getOne(id: string): Promise<RaRecord>;
  create?(values: Record<string, unknown>): Promise<RaRecord>;
  update?(
    id: string,
    version: number,
    values: Record<string, unknown>,
    previous: Record<string, unknown>,
  ): Promise<RaRecord>;
  delete?(id: string, version: number): Promise<void>;
  /** The API's name for the kind (`Commitment`), as history and the wastebasket name records. */
  kind?: G.RecordKindName;
  /** How a deleted record of the kind comes back (the wastebasket). */
  restore?: RestoreDocument;
}

declare const writtenInput: unique symbol;
/** Type only (never set): the input a spec writes, so defineResource can require a label for each of its fields. */
export interface WrittenInput<Input> {
  readonly [writtenInput]?: Input;
}

export type RestoreDocument = TypedDocumentString<{ record: { id: string } }, { id: string | number }>;

type Conn<Row> = { page: { totalCount: number; nodes: Row[] } };
type One<Rec> = { record: Rec };
type IdVars = { id: string | number };

export function define<Row extends { id: string }, Rec extends Row, LV, Input>(spec: {
  list?: TypedDocumentString<Conn<Row>, LV>;
  listVars?: (args: ListArgs) => LV;
  one: TypedDocumentString<One<Rec>, IdVars>;
  create?: TypedDocumentString<One<Rec>, { input: Input }>;
  update?: TypedDocumentString<One<Rec>, { id: string | number; version: number; input: Input }>;
  remove?: TypedDocumentString<One<{ id: string; version: number }>, { id: string | number; version: number }>;
  kind?: G.RecordKindName;
  restore?: RestoreDocument;
  input?: InputFields<Input, Rec>;
}): ResourceSpec & WrittenInput<Input> {
  const fields = spec.input as InputFields<Input, never> | undefined;
  const forForm = (record: Rec): RaRecord => {
    const values: Record<string, unknown> = {};
    if (spec.input)
      for (const [key, read] of Object.entries(spec.input) as [string, (r: Rec) => unknown][])
        values[key] = read(record);
    return { ...record, ...values };
  };
  const { list, listVars, create, update, remove, kind, restore } = spec;
  return {
    kind,
    restore,
    getList:
      list && listVars
        ? async (args) => {
            const { page } = await request(list, listVars(args));
            return { totalCount: page.totalCount, nodes: page.nodes };
          }
        : undefined,
    getOne: async (id) => forForm((await request(spec.one, { id })).record),
    create:
      create && fields
        ? async (values) => forForm((await request(create, { input: pickInput(fields, values) as Input })).record)
        : undefined,
    update:
      update && fields
        ? async (id, version, values, previous) =>
            forForm(
              (await request(update, { id, version, input: changedInput(fields, values, previous) as Input })).record,
            )
        : undefined,
    delete: remove ? async (id, version) => void (await request(remove, { id, version })) : undefined,
  };
}

// Filters and sorting: react-admin's values, read safely.
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
export const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
export const list = <T extends string>(value: unknown): T[] | undefined =>
  Array.isArray(value) && value.length ? (value as T[]) : typeof value === 'string' && value ? [value as T] : undefined;
const direction = (order: string): G.SortDirection => (order === 'DESC' ? 'DESC' : 'ASC');
export function orderBy<F extends string>(
  sort: ListArgs['sort'],
  fields: Record<string, F>,
): { field: F; direction: G.SortDirection } | undefined {
  const field = fields[sort.field];
  return field ? { field, direction: direction(sort.order) } : undefined;
}
export const pageOf = (args: ListArgs) => ({ first: args.first, after: args.after });
/** A page of records that have a publication state: the list's "Borrador/Publicado" filter goes with it. */
export const page = (args: ListArgs) => ({
  ...pageOf(args),
  publication: str(args.filter.publication) as G.Publication | undefined,
});
export const ids = (items: { id: string }[] | null | undefined) => (items ?? []).map((item) => item.id);

/** The input fields every sourced record shares: its publication state and where it comes from. */
export const sourced = {
  publication: (r: { publication: G.Publication }) => r.publication,
  sourceDocumentId: (r: { source: G.SourceFragment | null }) => r.source?.document?.id ?? null,
  sourceNote: (r: { source: G.SourceFragment | null }) => r.source?.note ?? null,
};

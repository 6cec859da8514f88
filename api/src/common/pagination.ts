import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first N records after \`after\` (0 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the record to start after (from `pageInfo.endCursor`).',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last N records before \`before\` (0 to ${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the record to end before (from `pageInfo.startCursor`).',
  })
  before?: string | null;
}

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether records follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether records precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first record of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last record of the page.' })
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** A Relay connection type for `node`: edges with cursors, the nodes themselves, page info and the total count. */
export function ConnectionType<T extends object>(node: ClassType<T>, nodeName: string) {
  @ObjectType(`${nodeName}Edge`, { description: `A ${nodeName} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this record, for `after` and `before`.' })
    cursor: string;

    @Field(() => node, { description: `The ${nodeName}.` })
    node: T;
  }

  @ObjectType(`${nodeName}Connection`, { description: `A page of ${nodeName} records with the total count.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => Int, { description: 'How many records match the filter, across all pages.' })
    totalCount: number;

    @Field(() => [Edge], { description: 'The records of this page, with cursors.' })
    edges: Edge[];

    @Field(() => [node], { description: 'The records of this page, without cursors.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

export const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function decodeCursor(cursor: string, field: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput(field, 'is not a cursor this API gave out');
  return Number(match[1]);
}

function pageSize(value: number | null | undefined, field: string): number | undefined {
  if (value == null) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)
    throw badInput(field, `must be between 0 and ${MAX_PAGE_SIZE}; got ${value}`);
  return value;
}

export interface PageWindow {
  offset: number;
  limit: number;
  /** `last` without `before` counts back from the end, so the total is needed first. */
  fromEnd: number | undefined;
  /** Upper bound set by `before`. */
  before: number | undefined;
}

/** Turns Relay arguments into an offset window, rejecting bad values with the argument's name. */
export function pageWindow(args: PaginationArgs): PageWindow {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== undefined && last !== undefined) throw badInput('last', 'cannot be combined with first');
  const start = args.after != null ? decodeCursor(args.after, 'after') + 1 : 0;
  const before = args.before != null ? decodeCursor(args.before, 'before') : undefined;
  if (before !== undefined && before < start) return { offset: start, limit: 0, fromEnd: undefined, before };
  const end = before;
  if (last !== undefined) {
    if (end === undefined) return { offset: start, limit: last, fromEnd: last, before };
    const offset = Math.max(start, end - last);
    return { offset, limit: end - offset, fromEnd: undefined, before };
  }
  const limit = first ?? DEFAULT_PAGE_SIZE;
  return { offset: start, limit: end === undefined ? limit : Math.min(limit, end - start), fromEnd: undefined, before };
}

export function toConnection<T>(
  rows: T[],
  offset: number,
  totalCount: number,
  before: number | undefined,
): Connection<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  const end = offset + rows.length;
  return {
    totalCount,
    edges,
    nodes: rows,
    pageInfo: {
      hasPreviousPage: offset > 0,
      hasNextPage: end < (before ?? totalCount) && end < totalCount,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

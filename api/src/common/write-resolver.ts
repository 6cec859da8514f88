import { Arg, Ctx, ID, Int, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';
import type { Context } from './context';
import { RecordWriter, type WriteSpec } from './record-writer';

/** A kind's writer, its spec and its input class (class-validator rules live on the class). */
export interface WritePath<T extends ObjectLiteral & { id: string; version: number }> {
  spec: WriteSpec<T>;
  input: ClassType<object>;
  writer: RecordWriter<T>;
}

/**
 * The names of a kind's mutations, written out where the kind declares its writes (so that
 * `grep createMilestone api/src` finds it), and checked against its type name by the compiler.
 */
export interface MutationNames<N extends string> {
  create: `create${N}`;
  update: `update${N}`;
  delete: `delete${N}`;
  restore: `restore${N}`;
}

/**
 * The writes every kind of record has: create, update (against the version it was based on),
 * delete (softly, refused while other records point at it) and restore. Each runs in one
 * transaction with its audit row, within the viewer's scope.
 */
export function createWriteResolver<T extends ObjectLiteral & { id: string; version: number }, N extends string>(
  spec: WriteSpec<T> & { name: N },
  input: ClassType<object>,
  mutations: MutationNames<NoInfer<N>>,
) {
  const writer = new RecordWriter(spec);
  const { name } = spec;

  @Resolver()
  abstract class WriteResolver {
    /** The same write path for other callers (the data-package import): an import can never write what these mutations refuse. */
    static readonly writePath: WritePath<T> = { spec, input, writer };

    @Mutation(() => spec.entity, {
      name: mutations.create,
      description: `Creates a ${name} (as DRAFT unless publication says otherwise). Fields required on create: ${spec.required.join(', ') || 'none'}.`,
    })
    create(
      @Arg('input', () => input, { description: 'The new record.' }) values: object,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return writer.create(ctx, values);
    }

    @Mutation(() => spec.entity, {
      name: mutations.update,
      description: `Changes the given fields of a ${name}; fields left out stay as they are. CONFLICT when version is stale.`,
    })
    update(
      @Arg('id', () => ID, { description: `Id of the ${name}.` }) id: string,
      @Arg('version', () => Int, { description: 'The version the change is based on.' }) version: number,
      @Arg('input', () => input, { description: 'The fields to change.' }) values: object,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return writer.update(ctx, id, version, values);
    }

    @Mutation(() => spec.entity, {
      name: mutations.delete,
      description: `Deletes a ${name} softly (the institute can restore it); CONFLICT while other records point at it or when version is stale.`,
    })
    delete(
      @Arg('id', () => ID, { description: `Id of the ${name}.` }) id: string,
      @Arg('version', () => Int, { description: 'The version the delete is based on.' }) version: number,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return writer.delete(ctx, id, version);
    }

    @Mutation(() => spec.entity, {
      name: mutations.restore,
      description: `Restores a deleted ${name}: institute admins (their state) and platform admins. CONFLICT while a record it names (its parent) is deleted.`,
    })
    restore(
      @Arg('id', () => ID, { description: `Id of the deleted ${name}.` }) id: string,
      @Ctx() ctx: Context,
    ): Promise<T> {
      return writer.restore(ctx, id);
    }
  }
  return WriteResolver;
}

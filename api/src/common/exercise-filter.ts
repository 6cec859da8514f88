import { Field, ID } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { assertUuid } from './ids';
import type { RecordKind } from './record-kind';

/** How a list's filter names the exercise its records belong to: by id or by slug, the same on every such list. */
export interface ExerciseScope {
  exerciseId?: string | null;
  exerciseSlug?: string | null;
}

/**
 * The `exerciseSlug` field of the filter of a list whose records belong to an exercise, beside its
 * `exerciseId`: `records` says which ("commitments", "sessions", …).
 */
export const ExerciseSlugField = (records: string) =>
  Field(() => String, {
    nullable: true,
    description: `Only ${records} of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request.`,
  });

/**
 * Narrows `qb` (records of `kind`) to the exercise the filter names: the exercise the kind declares
 * its records belong to (directly, or through their plan, secretariat, commitment…), the one
 * scope reads too. An unknown slug matches nothing, like an unknown id.
 */
export function whereExercise<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filter: ExerciseScope,
  kind: RecordKind,
) {
  const exerciseOf = kind.exercise;
  if (!exerciseOf) throw new Error(`${kind.table} declares no exercise to filter by`);
  whereExerciseBy(qb, filter, (exercise) => `${exerciseOf(qb.alias)} = ${exercise}`);
}

/**
 * Narrows `qb` to the exercise the filter names, for records of no exercise that take part in one
 * (organisations): `inExercise` turns an SQL expression for the exercise's id into the condition.
 */
export function whereExerciseBy<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filter: ExerciseScope,
  inExercise: (exercise: string) => string,
) {
  if (filter.exerciseId != null)
    qb.andWhere(inExercise(':filter_exerciseId'), {
      filter_exerciseId: assertUuid(filter.exerciseId, 'filter.exerciseId'),
    });
  if (filter.exerciseSlug != null)
    qb.andWhere(inExercise('(SELECT x.id FROM exercise x WHERE x.slug = :filter_exerciseSlug)'), {
      filter_exerciseSlug: filter.exerciseSlug,
    });
}

/** The `stateId` field of a list's filter: `records` says which ("commitments", "milestones", …). */
export const StateIdField = (records: string) =>
  Field(() => ID, {
    nullable: true,
    description: `Only ${records} of this state (through their exercise), as an institute's dashboard shows its own.`,
  });

/**
 * Narrows `qb` (records of `kind`) to those of the state, by the links the kind declares and scope
 * reads too: the state of the exercise they belong to.
 */
export function whereState<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  kind: RecordKind,
  stateId: string | null | undefined,
) {
  if (stateId == null) return;
  if (!kind.state) throw new Error(`${kind.table} declares no state to filter by`);
  qb.andWhere(`${kind.state(qb.alias)} = :filter_stateId`, { filter_stateId: assertUuid(stateId, 'filter.stateId') });
}

import type { SelectQueryBuilder } from 'typeorm';
import { whereEquals, whereId, whereSearch } from '../../common/filters';
import type { Exercise } from './exercise.entity';
import type { ExerciseFilter } from './exercise.inputs';

/**
 * The one definition of "real data": synthetic (generated) and demonstration (fictitious)
 * exercises are not, so public lists, the open-data index and catalogue, and comparisons leave
 * them out unless the caller asks for them by name or with filter.isSynthetic / filter.isDemo.
 * `alias` names the exercise table in SQL (column names, so raw SQL and query builders share it).
 */
export function unaskedLeftOut(alias: string, filter?: Pick<ExerciseFilter, 'isSynthetic' | 'isDemo'> | null): string {
  return (
    [
      filter?.isSynthetic == null ? `${alias}.is_synthetic = false` : null,
      filter?.isDemo == null ? `${alias}.is_demo = false` : null,
    ]
      .filter(Boolean)
      .join(' AND ') || 'TRUE'
  );
}

/** The same rule for exercises already loaded (a state's exercises), where nothing asks for the others. */
export const isReal = (exercise: Pick<Exercise, 'isSynthetic' | 'isDemo'>): boolean =>
  !exercise.isSynthetic && !exercise.isDemo;

/** The conditions of an ExerciseFilter (each one given narrows the list), on exercises aliased `r`. */
export function applyExerciseFilter(qb: SelectQueryBuilder<Exercise>, filter: ExerciseFilter): void {
  whereId(qb, 'r.stateId', filter.stateId, 'filter.stateId');
  if (filter.stateCode != null)
    qb.andWhere('r.stateId = (SELECT s.id FROM state s WHERE s.code = :stateCode)', {
      stateCode: filter.stateCode.toUpperCase(),
    });
  whereEquals(qb, 'r.isSynthetic', filter.isSynthetic, 'filter.isSynthetic');
  whereEquals(qb, 'r.isDemo', filter.isDemo, 'filter.isDemo');
  whereSearch(qb, ['r.title'], filter.search, 'filter.search');
}

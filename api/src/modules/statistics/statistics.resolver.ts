import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { Exercise } from '../exercise/exercise.entity';
import { statisticsByExercise } from './statistics.loaders';
import { ExerciseStatistics } from './statistics.types';

/** An exercise's figures: counts over its sessions, agreements, events and commitments. */
@Resolver(() => Exercise)
export class ExerciseStatisticsResolver {
  @FieldResolver(() => ExerciseStatistics, {
    description: 'Counts of sessions, agreements by status, events and attendance.',
  })
  statistics(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(statisticsByExercise).load(exercise.id);
  }
}

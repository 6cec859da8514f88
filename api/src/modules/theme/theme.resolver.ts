import { Ctx, FieldResolver, Field, ID, InputType, Resolver, Root, registerEnumType } from 'type-graphql';
import { ExerciseSlugField, whereExercise } from '../../common/exercise-filter';
import { themeKind } from './theme.kind';
import type { Context } from '../../common/context';
import { createReadResolver } from '../../common/read-resolver';
import { Exercise } from '../exercise/exercise.entity';
import { exerciseById } from '../exercise/exercise.loaders';
import { Theme } from './theme.entity';
import { themeById } from './theme.loaders';
import { themesByExercise } from './theme.loaders';

@InputType({ description: 'Conditions on themes.' })
export class ThemeFilter {
  @Field(() => ID, { nullable: true, description: 'Only themes of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('themes')
  exerciseSlug?: string | null;
}

export enum ThemeOrderField {
  NAME = 'NAME',
}
registerEnumType(ThemeOrderField, {
  name: 'ThemeOrderField',
  description: 'Fields themes can be sorted by.',
  valuesConfig: { NAME: { description: 'Name.' } },
});

@Resolver(() => Theme)
export class ThemeResolver extends createReadResolver({
  type: Theme,
  name: 'Theme',
  single: 'theme',
  plural: 'themes',
  listDescription: 'Themes of the working tables.',
  byId: themeById,
  filter: ThemeFilter,
  applyFilter: (qb, filter: ThemeFilter) => whereExercise(qb, filter, themeKind),
  orderFields: ThemeOrderField,
  orderColumns: { NAME: 'r.name' },
  defaultOrder: ThemeOrderField.NAME,
}) {
  @FieldResolver(() => Exercise, { description: 'The exercise.' })
  exercise(@Root() theme: Theme, @Ctx() ctx: Context) {
    return ctx.loaders.get(exerciseById).load(theme.exerciseId);
  }
}

@Resolver(() => Exercise)
export class ExerciseThemesResolver {
  @FieldResolver(() => [Theme], { description: 'Themes of the working tables.' })
  themes(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(themesByExercise).load(exercise.id);
  }
}

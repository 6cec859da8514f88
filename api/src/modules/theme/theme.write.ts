import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Resolver } from 'type-graphql';
import { RecordInput } from '../../common/record-input';
import { SHORT_TEXT } from '../../common/field-limits';
import { createWriteResolver } from '../../common/write-resolver';
import { Theme } from './theme.entity';

@InputType({ description: 'A theme of the working tables.' })
export class ThemeInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The exercise (required on create).' })
  exerciseId?: string;

  @Field({ nullable: true, description: 'Name (required on create).' })
  @MaxLength(SHORT_TEXT)
  name?: string;
}

@Resolver(() => Theme)
export class ThemeWriteResolver extends createWriteResolver(
  { entity: Theme, name: 'Theme', required: ['exerciseId', 'name'] },
  ThemeInput,
  { create: 'createTheme', update: 'updateTheme', delete: 'deleteTheme', restore: 'restoreTheme' },
) {}

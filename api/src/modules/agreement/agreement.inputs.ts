import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ExerciseSlugField, StateIdField } from '../../common/exercise-filter';
import { AgreementStatus } from './agreement.enums';

@InputType({ description: 'Conditions on agreements.' })
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: 'Only agreements of this exercise (its sessions and meetings).' })
  exerciseId?: string | null;

  @ExerciseSlugField('agreements')
  exerciseSlug?: string | null;

  @StateIdField('agreements')
  stateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only agreements of this session.' })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only agreements of this meeting or event.' })
  eventId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only agreements of meetings on this commitment.' })
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only agreements this organisation must carry out.' })
  responsibleId?: string | null;

  @Field(() => [AgreementStatus], { nullable: true, description: 'Only agreements with one of these statuses.' })
  statuses?: AgreementStatus[] | null;
}

export enum AgreementOrderField {
  POSITION = 'POSITION',
  STATUS = 'STATUS',
}
registerEnumType(AgreementOrderField, {
  name: 'AgreementOrderField',
  description: 'Fields agreements can be sorted by.',
  valuesConfig: {
    POSITION: { description: 'Order within their session or meeting.' },
    STATUS: { description: 'Status.' },
  },
});

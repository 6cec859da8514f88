import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Exercise } from '../exercise/exercise.entity';
import { Session } from '../session/session.entity';

@ObjectType({
  implements: SourcedRecord,
  description:
    'A Local Action Plan (Plan de Acción Local, PAL): its commitments and the dates it was agreed, signed, published and started.',
})
@Entity()
@Check('action_plan_dates_valid', partialDatesValid('agreed_on', 'signed_on', 'published_on', 'work_start_on'))
@Check('action_plan_years_in_order', 'start_year IS NULL OR end_year IS NULL OR end_year >= start_year')
export class ActionPlan extends SourcedRecord {
  @Index()
  @Column('uuid')
  exerciseId: string;

  @ManyToOne(() => Exercise, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  exercise?: Relation<Exercise>;

  @Field({ description: 'Title of the plan.' })
  @Column('text')
  title: string;

  @Field(() => Int, { nullable: true, description: "First year of the plan's period." })
  @Column('int', { nullable: true })
  startYear: number | null;

  @Field(() => Int, { nullable: true, description: "Last year of the plan's period." })
  @Column('int', { nullable: true })
  endYear: number | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the Secretariat agreed the plan.' })
  @PartialDateColumn()
  agreedOn: string | null;

  @Column('uuid', { nullable: true })
  agreedAtSessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'RESTRICT' })
  @JoinColumn()
  agreedAtSession?: Relation<Session>;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the plan was presented and signed in public.' })
  @PartialDateColumn()
  signedOn: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When the plan was published in the state's official gazette.",
  })
  @PartialDateColumn()
  publishedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the plan was published, e.g. "Periódico Oficial del Gobierno del Estado".',
  })
  @Column('text', { nullable: true })
  publishedIn: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'The date taken as the start of the work on the commitments.',
  })
  @PartialDateColumn()
  workStartOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the commitments are to be carried out (schedule, periods), as the source states it.',
  })
  @Column('text', { nullable: true })
  methodology: string | null;
}

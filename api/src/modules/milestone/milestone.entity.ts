import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesInOrder, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Commitment } from '../commitment/commitment.entity';
import { MilestoneStatus } from './milestone.enums';

@ObjectType({
  implements: SourcedRecord,
  description:
    "A planned, dated activity (hito) of a commitment, with its weight in the commitment's progress and its evidence.",
})
@Entity()
@Check('milestone_dates_valid', partialDatesValid('start_date', 'due_date', 'completed_on'))
@Check('milestone_dates_in_order', partialDatesInOrder('start_date', 'due_date'))
@Check('milestone_weight_positive', 'weight > 0')
export class Milestone extends SourcedRecord {
  @Index()
  @Column('uuid')
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  commitment?: Relation<Commitment>;

  @Field(() => Int, { description: 'Order of the milestone within its commitment, from 1.' })
  @Column('int')
  position: number;

  @Field({ description: 'What is to be done.' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Details and expected result.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Planned start.' })
  @PartialDateColumn()
  startDate: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Planned end (due date).' })
  @PartialDateColumn()
  dueDate: string | null;

  @Field(() => Float, { description: "Weight in the commitment's progress (relative to its other milestones)." })
  @Column('numeric', {
    precision: 8,
    scale: 3,
    default: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  weight: number;

  @Field(() => MilestoneStatus, { description: 'Current status.' })
  @Index()
  @Column({ type: 'enum', enum: MilestoneStatus, enumName: 'milestone_status', default: MilestoneStatus.NOT_STARTED })
  status: MilestoneStatus;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was finished.' })
  @PartialDateColumn()
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the evidence that it was done.' })
  @Column('text', { nullable: true })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Where the evidence is, when it is not online.' })
  @Column('text', { nullable: true })
  evidenceDescription: string | null;
}

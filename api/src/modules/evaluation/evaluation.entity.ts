import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Commitment } from '../commitment/commitment.entity';
import { Event } from '../event/event.entity';
import { Organization } from '../organization/organization.entity';
import { ActionPlan } from '../plan/action-plan.entity';
import { CriterionDimension } from './evaluation.enums';

@ObjectType({
  implements: SourcedRecord,
  description: "A national evaluator's evaluation of a plan: its rubric and the scores per commitment.",
})
@Entity()
@Check('evaluation_date_valid', partialDatesValid('presented_on'))
export class Evaluation extends SourcedRecord {
  @Index()
  @Column('uuid')
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  plan?: Relation<ActionPlan>;

  @Column('uuid')
  evaluatorId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  evaluator?: Relation<Organization>;

  @Field({ description: 'Title of the evaluation.' })
  @Column('text')
  title: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the results were presented.' })
  @PartialDateColumn()
  presentedOn: string | null;

  @Column('uuid', { nullable: true })
  presentedAtEventId: string | null;

  @ManyToOne(() => Event, { onDelete: 'RESTRICT' })
  @JoinColumn()
  presentedAtEvent?: Relation<Event>;

  @Field(() => String, { nullable: true, description: 'What is known about the scores, e.g. why they are missing.' })
  @Column('text', { nullable: true })
  scoresNote: string | null;
}

@ObjectType({
  implements: SourcedRecord,
  description: 'One criterion of an evaluation rubric, e.g. quality (a): "clearly and simply worded?".',
})
@Entity()
@Index(['evaluationId', 'code'], { unique: true })
export class EvaluationCriterion extends SourcedRecord {
  @Column('uuid')
  evaluationId: string;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  evaluation?: Relation<Evaluation>;

  @Field({ description: 'Stable code, e.g. "QUALITY_A" or "RELEVANCE_TRANSPARENCY".' })
  @Column('text')
  code: string;

  @Field(() => CriterionDimension, { description: 'Quality or potential relevance.' })
  @Column({ type: 'enum', enum: CriterionDimension, enumName: 'criterion_dimension' })
  dimension: CriterionDimension;

  @Field(() => Int, { description: 'Order within the rubric, from 1.' })
  @Column('int')
  position: number;

  @Field({ description: 'Short label, in the source language.' })
  @Column('text')
  label: string;

  @Field(() => String, { nullable: true, description: 'The question the evaluator asked of each commitment.' })
  @Column('text', { nullable: true })
  question: string | null;
}

@ObjectType({ implements: SourcedRecord, description: 'The score a commitment received on one criterion, when known.' })
@Entity()
@Index(['commitmentId', 'criterionId'], { unique: true })
export class EvaluationScore extends SourcedRecord {
  @Index()
  @Column('uuid')
  criterionId: string;

  @ManyToOne(() => EvaluationCriterion, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  criterion?: Relation<EvaluationCriterion>;

  @Column('uuid')
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  commitment?: Relation<Commitment>;

  @Field(() => Float, { nullable: true, description: 'The score; null when unknown.' })
  @Column('numeric', {
    precision: 6,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  score: number | null;
}

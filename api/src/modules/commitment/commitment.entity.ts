import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';
import { ActionPlan } from '../plan/action-plan.entity';

@ObjectType({
  implements: SourcedRecord,
  description:
    'A commitment (compromiso) of a Local Action Plan: its objective, responsible agencies, following organisations and work.',
})
@Entity()
@Index(['planId', 'number'], { unique: true })
@Check('commitment_number_positive', 'number IS NULL OR number > 0')
@Check('commitment_activation_only_when_proactive', 'is_proactive OR activation_condition IS NULL')
export class Commitment extends SourcedRecord {
  @Index()
  @Column('uuid')
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  plan?: Relation<ActionPlan>;

  @Field(() => Int, {
    nullable: true,
    description: 'Number within the plan; null for a proactive commitment the plan does not number.',
  })
  @Column('int', { nullable: true })
  number: number | null;

  @Field({ description: 'Whether this is a proactive commitment, started only under its activation condition.' })
  @Column('boolean', { default: false })
  isProactive: boolean;

  @Field(() => String, { nullable: true, description: 'When a proactive commitment is to start, as the plan says.' })
  @Column('text', { nullable: true })
  activationCondition: string | null;

  @Field({ description: 'Title, in the source language.' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Objective, in the source language.' })
  @Column('text', { nullable: true })
  objective: string | null;

  @Field({
    description:
      'True when the source names no responsible agencies and responsibleAgencies are inferred from who delivered information or was asked for it; the source note says how.',
  })
  @Column('boolean', { default: false })
  responsibleAgenciesInferred: boolean;
}

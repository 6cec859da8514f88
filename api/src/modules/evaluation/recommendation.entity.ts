import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Exercise } from '../exercise/exercise.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../organization/person.entity';
import { Evaluation } from './evaluation.entity';
import { RecommendationKind } from './evaluation.enums';

@ObjectType({
  implements: SourcedRecord,
  description:
    "A recommendation or area of opportunity for an exercise: the evaluator's, or the exercise's own lessons.",
})
@Entity()
@Check('recommendation_date_valid', partialDatesValid('issued_on'))
export class Recommendation extends SourcedRecord {
  @Index()
  @Column('uuid')
  exerciseId: string;

  @ManyToOne(() => Exercise, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  exercise?: Relation<Exercise>;

  @Column('uuid', { nullable: true })
  evaluationId: string | null;

  @ManyToOne(() => Evaluation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  evaluation?: Relation<Evaluation>;

  @Field(() => RecommendationKind, { description: 'Where the recommendation comes from.' })
  @Column({ type: 'enum', enum: RecommendationKind, enumName: 'recommendation_kind' })
  kind: RecommendationKind;

  @Field(() => Int, { description: 'Order among the recommendations of the same kind, from 1.' })
  @Column('int')
  position: number;

  @Field({ description: 'The recommendation, in the source language.' })
  @Column('text')
  text: string;

  @Column('uuid', { nullable: true })
  issuedById: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  issuedBy?: Relation<Organization>;

  @Column('uuid', { nullable: true })
  issuedByPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  issuedByPerson?: Relation<Person>;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was made.' })
  @PartialDateColumn()
  issuedOn: string | null;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesInOrder, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Organization } from '../organization/organization.entity';
import { State } from '../place/state.entity';
import { RecordKind } from './coverage';

@ObjectType({
  implements: SourcedRecord,
  description: "A state's local Open Government exercise (Ejercicio Local de Gobierno Abierto), over years and plans.",
})
@Entity()
@Check('exercise_dates_valid', partialDatesValid('start_date', 'end_date', 'joint_declaration_on'))
@Check('exercise_dates_in_order', partialDatesInOrder('start_date', 'end_date'))
export class Exercise extends SourcedRecord {
  @Field({ description: 'Stable human-readable key used in URLs, e.g. "coahuila-2015-2017".' })
  @Column('text', { unique: true })
  slug: string;

  @Field({ description: 'Title of the exercise.' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Short description of the exercise.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Index()
  @Column('uuid')
  stateId: string;

  @ManyToOne(() => State, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  state?: Relation<State>;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the exercise began.' })
  @PartialDateColumn()
  startDate: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the exercise ended, at the precision known.' })
  @PartialDateColumn()
  endDate: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When the joint declaration (declaratoria conjunta) that opened the exercise was signed.',
  })
  @PartialDateColumn()
  jointDeclarationOn: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The stage the source says the exercise had reached, in its words (e.g. "En proceso de implementación del primer plan de acción."); as of the source, not of today.',
  })
  @Column('text', { nullable: true })
  reportedStatus: string | null;

  @Column('uuid', { nullable: true })
  guarantorId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  guarantor?: Relation<Organization>;

  @Column('uuid', { nullable: true })
  localAuthorityId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  localAuthority?: Relation<Organization>;

  @Column('uuid', { nullable: true })
  evaluatorId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  evaluator?: Relation<Organization>;

  @Field({ description: 'True for generated exercises used in tests and benchmarks; never real data.' })
  @Column('boolean', { default: false })
  isSynthetic: boolean;

  @Field({ description: 'True for demonstration data, clearly apart from real exercises.' })
  @Column('boolean', { default: false })
  isDemo: boolean;

  // Declared from the sources (the seed file says which kinds its document leaves out), not guessed
  // from an empty list: no session recorded is 0 sessions only where the sources cover sessions.
  @Field(() => [RecordKind], {
    description:
      "Kinds of record its sources do not report (a program page never tells the Secretariat's sessions): their counts are null, " +
      'no data, in statistics, compareExercises and the open data, never 0. Empty when the sources cover every kind.',
  })
  @Column({ type: 'enum', enum: RecordKind, enumName: 'record_kind', array: true, default: () => "'{}'" })
  unreportedRecords: RecordKind[];
}

import { Check, Column, Entity, JoinColumn, OneToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Exercise } from '../exercise/exercise.entity';

@ObjectType({
  implements: SourcedRecord,
  description: 'The Technical Secretariat (Secretariado Técnico de Gobierno Abierto) that runs an exercise: its seats, holders and sessions.',
})
@Entity()
@Check('secretariat_dates_valid', partialDatesValid('installed_on'))
export class Secretariat extends SourcedRecord {
  @Column('uuid', { unique: true })
  exerciseId: string;

  @OneToOne(() => Exercise, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  exercise?: Relation<Exercise>;

  @Field({ description: 'Full name.' })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'Abbreviation, e.g. "STGA".' })
  @Column('text', { nullable: true })
  abbreviation: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the Secretariat was formally installed.' })
  @PartialDateColumn()
  installedOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Order in which it was installed among the country\'s secretariats (Coahuila\'s was the 8th).' })
  @Column('int', { nullable: true })
  nationalOrder: number | null;

  @Field(() => String, { nullable: true, description: 'How it takes decisions, as the source states it.' })
  @Column('text', { nullable: true })
  decisionRule: string | null;
}

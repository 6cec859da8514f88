import { Check, Column, Entity, JoinColumn, OneToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Sector } from './secretariat.enums';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Exercise } from '../exercise/exercise.entity';

@ObjectType({ description: 'How many seats the source says a sector has, whatever the bodies it goes on to name.' })
export class DeclaredSeats {
  @Field(() => Sector, { description: 'The sector.' })
  sector: Sector;

  @Field(() => Int, {
    description: 'Seats declared: 2 for "2 representantes del Órgano Garante", even when the source names one body.',
  })
  seats: number;
}

@ObjectType({
  implements: SourcedRecord,
  description:
    'The Technical Secretariat (Secretariado Técnico de Gobierno Abierto) that runs an exercise: its seats, holders and sessions.',
})
@Entity()
@Check('secretariat_dates_valid', partialDatesValid('installed_on'))
@Check('secretariat_declared_seats_valid', "declared_seats IS NULL OR jsonb_typeof(declared_seats) = 'array'")
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

  @Field(() => Int, {
    nullable: true,
    description: "Order in which it was installed among the country's secretariats (Coahuila's was the 8th).",
  })
  @Column('int', { nullable: true })
  nationalOrder: number | null;

  @Field(() => String, { nullable: true, description: 'How it takes decisions, as the source states it.' })
  @Column('text', { nullable: true })
  decisionRule: string | null;

  // The size a source declares per sector is a fact of its own: the bodies it names may be fewer.
  @Field(() => [DeclaredSeats], {
    nullable: true,
    description:
      'Seats per sector as the source declares them; null when it declares none. The seats themselves (posts) are those the source names.',
  })
  @Column('jsonb', { nullable: true })
  declaredSeats: DeclaredSeats[] | null;
}

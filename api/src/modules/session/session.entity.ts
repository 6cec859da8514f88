import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Municipality } from '../place/municipality.entity';
import { Venue } from '../place/venue.entity';
import { Secretariat } from '../secretariat/secretariat.entity';
import { SessionType } from './session.enums';

@ObjectType({
  implements: SourcedRecord,
  description: 'A numbered session of a Secretariat, ordinary or extraordinary, with its agreements.',
})
@Entity()
@Index(['secretariatId', 'type', 'number'], { unique: true })
@Check('session_date_valid', partialDatesValid('date'))
@Check('session_number_positive', 'number > 0')
export class Session extends SourcedRecord {
  @Column('uuid')
  secretariatId: string;

  @ManyToOne(() => Secretariat, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  secretariat?: Relation<Secretariat>;

  @Field(() => SessionType, { description: 'Ordinary or extraordinary.' })
  @Column({ type: 'enum', enum: SessionType, enumName: 'session_type' })
  type: SessionType;

  @Field(() => Int, {
    description: 'Number of the session within its secretariat and type (the "fourth ordinary session" is 4).',
  })
  @Column('int')
  number: number;

  @Field(() => PartialDateScalar, { description: 'Date of the session. Sources give dates, not times.' })
  @PartialDateColumn({ nullable: false })
  date: string;

  @Column('uuid', { nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Relation<Municipality>;

  @Field({
    description:
      'True when the source does not name the city and it is inferred (e.g. from the event just before); the source note says from what.',
  })
  @Column('boolean', { default: false })
  municipalityInferred: boolean;

  @Column('uuid', { nullable: true })
  venueId: string | null;

  @ManyToOne(() => Venue, { onDelete: 'RESTRICT' })
  @JoinColumn()
  venue?: Relation<Venue>;

  @Field(() => String, { nullable: true, description: 'What the session dealt with, in the source language.' })
  @Column('text', { nullable: true })
  summary: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who called the session, when the source says (extraordinary sessions).',
  })
  @Column('text', { nullable: true })
  convenedBy: string | null;
}

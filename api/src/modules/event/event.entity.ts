import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesInOrder, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Exercise } from '../exercise/exercise.entity';
import { Municipality } from '../place/municipality.entity';
import { Region } from '../place/region.entity';
import { Venue } from '../place/venue.entity';
import { CountQualifier, EventKind } from './event.enums';

@ObjectType({
  implements: SourcedRecord,
  description:
    'Something that happened in an exercise other than a Secretariat session: talks, elections, working tables, workshops, ' +
    'commitment meetings, site visits (Popolo Event). A series (the five sensitization talks) is a parent event whose ' +
    'children are its parts; attendance stays at the level the source gives it.',
})
@Entity()
@Check('event_dates_valid', partialDatesValid('start_date', 'end_date'))
@Check('event_dates_in_order', partialDatesInOrder('start_date', 'end_date'))
@Check('event_attendance_not_negative', 'attendee_count IS NULL OR attendee_count >= 0')
@Check('event_attendance_qualified', '(attendee_count IS NULL) = (attendee_count_qualifier IS NULL)')
@Check('event_not_own_parent', 'parent_id IS NULL OR parent_id <> id')
export class Event extends SourcedRecord {
  @Index()
  @Column('uuid')
  exerciseId: string;

  @ManyToOne(() => Exercise, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  exercise?: Relation<Exercise>;

  @Index()
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => Event, { onDelete: 'RESTRICT' })
  @JoinColumn()
  parent?: Relation<Event>;

  @Field(() => EventKind, { description: 'What kind of event.' })
  @Index()
  @Column({ type: 'enum', enum: EventKind, enumName: 'event_kind' })
  kind: EventKind;

  @Field({ description: 'Title, in the source language.' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'What happened, in the source language.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'First day (or month) of the event; null when the source gives no date.',
  })
  @Index()
  @PartialDateColumn()
  startDate: string | null;

  @Field({
    description:
      'True when the source does not state the date and it is inferred from the text around it; the source note says how.',
  })
  @Column('boolean', { default: false })
  startDateInferred: boolean;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Last day of a multi-day event or series (inclusive); null for single-day events.',
  })
  @PartialDateColumn()
  endDate: string | null;

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

  @Index()
  @Column('uuid', { nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn()
  region?: Relation<Region>;

  @Field(() => Int, {
    nullable: true,
    description:
      'People who attended, as the source counts them; null when not given. Read with attendeeCountQualifier.',
  })
  @Column('int', { nullable: true })
  attendeeCount: number | null;

  @Field(() => CountQualifier, {
    nullable: true,
    description: 'Whether attendeeCount is exact or a lower bound ("more than 240").',
  })
  @Column({ type: 'enum', enum: CountQualifier, enumName: 'count_qualifier', nullable: true })
  attendeeCountQualifier: CountQualifier | null;

  @Field(() => String, { nullable: true, description: 'Who attended, as the source describes them.' })
  @Column('text', { nullable: true })
  attendanceNote: string | null;
}

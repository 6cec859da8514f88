import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesStrictlyInOrder, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Organization } from '../organization/organization.entity';
import { Person } from '../organization/person.entity';
import { Post } from './post.entity';

@ObjectType({
  implements: SourcedRecord,
  description:
    'A person holding a seat between two dates, on behalf of an organisation (Popolo Membership). ' +
    'When the source names only the body that holds the seat, the person is null and `onBehalfOf` is that body. ' +
    'The interval is half-open: `startDate` is the first day held, `endDate` the first day no longer held.',
})
@Entity()
@Check('membership_holder_named', 'person_id IS NOT NULL OR on_behalf_of_id IS NOT NULL')
@Check('membership_dates_valid', partialDatesValid('start_date', 'end_date', 'recorded_until'))
@Check('membership_dates_in_order', partialDatesStrictlyInOrder('start_date', 'end_date'))
// Two people never hold the same seat at once (created with btree_gist by the StaffWrites migration).
@Exclusion(
  'membership_no_overlap',
  `USING gist (post_id WITH =, daterange(partial_date_first_day(start_date), partial_date_first_day(end_date), '[)'::text) WITH &&) WHERE (((deleted_at IS NULL) AND (start_date IS NOT NULL)))`,
)
export class Membership extends SourcedRecord {
  @Index()
  @Column('uuid')
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  post?: Relation<Post>;

  // Null when the source names the body holding the seat but no person (the national program's pages).
  @Index()
  @Column('uuid', { nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Relation<Person>;

  @Column('uuid', { nullable: true })
  onBehalfOfId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  onBehalfOf?: Relation<Organization>;

  @Field(() => String, {
    nullable: true,
    description:
      'The holder\'s title as the source gives it, e.g. "Secretario de Fiscalización y Rendición de Cuentas".',
  })
  @Column('text', { nullable: true })
  title: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'First day the seat was held; null when the source does not say.',
  })
  @PartialDateColumn()
  startDate: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'First day the seat was no longer held (exclusive); null while held or when unknown.',
  })
  @PartialDateColumn()
  endDate: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description:
      'With no endDate: the last day the sources cover (inclusive). After it, whether the seat was still held is unknown, ' +
      'so it is not reported as held. Null for a membership kept current on the platform.',
  })
  @PartialDateColumn()
  recordedUntil: string | null;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';
import { Organization } from '../organization/organization.entity';
import { Person } from '../organization/person.entity';
import { Post } from '../secretariat/post.entity';
import { Session } from './session.entity';

/**
 * Who attended a session, at the level the source gives it: a seat of the Secretariat (the
 * report's seventh session names "los representantes de la sociedad civil, el órgano garante, la
 * autoridad local y los enlaces … de las cinco regiones", not people), an organisation, a person,
 * or a group in the source's words. What the source does not say stays empty: a seat recorded as
 * present does not say which person sat in it.
 */
@ObjectType({
  implements: SourcedRecord,
  description:
    'One attendee of a session, as precisely as the source names it: a seat, an organisation, a person and/or a description of a group.',
})
@Entity()
@Check(
  'session_attendance_names_someone',
  'post_id IS NOT NULL OR organization_id IS NOT NULL OR person_id IS NOT NULL OR description IS NOT NULL',
)
export class SessionAttendance extends SourcedRecord {
  @Index()
  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  session?: Relation<Session>;

  @Column('uuid', { nullable: true })
  postId: string | null;

  @ManyToOne(() => Post, { onDelete: 'RESTRICT' })
  @JoinColumn()
  post?: Relation<Post>;

  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('uuid', { nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Relation<Person>;

  @Field(() => String, {
    nullable: true,
    description:
      'Who attended in the source\'s words, when it names a group rather than a seat, organisation or person (e.g. "sociedad civil de la región laguna").',
  })
  @Column('text', { nullable: true })
  description: string | null;
}

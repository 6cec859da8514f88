import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';
import { Event } from '../event/event.entity';
import { Session } from '../session/session.entity';
import { AgreementStatus } from './agreement.enums';

@ObjectType({
  implements: SourcedRecord,
  description:
    'A decision (acuerdo) taken at a Secretariat session or at a commitment meeting, with who must carry it out and its follow-up.',
})
@Entity()
@Check('agreement_has_one_origin', 'num_nonnulls(session_id, event_id) = 1')
export class Agreement extends SourcedRecord {
  @Index()
  @Column('uuid', { nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'RESTRICT' })
  @JoinColumn()
  session?: Relation<Session>;

  @Index()
  @Column('uuid', { nullable: true })
  eventId: string | null;

  @ManyToOne(() => Event, { onDelete: 'RESTRICT' })
  @JoinColumn()
  event?: Relation<Event>;

  @Field(() => Int, { description: 'Order of the agreement among those of the same session or meeting, from 1.' })
  @Column('int')
  position: number;

  @Field({ description: 'What was agreed, in the source language.' })
  @Column('text')
  text: string;

  @Field(() => AgreementStatus, { description: 'Follow-up status; UNKNOWN when the source does not say.' })
  @Index()
  @Column({ type: 'enum', enum: AgreementStatus, enumName: 'agreement_status', default: AgreementStatus.UNKNOWN })
  status: AgreementStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What the status rests on, e.g. where the source says it was carried out.',
  })
  @Column('text', { nullable: true })
  statusNote: string | null;
}

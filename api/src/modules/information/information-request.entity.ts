import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Commitment } from '../commitment/commitment.entity';
import { Organization } from '../organization/organization.entity';
import { RequestResponse } from './information.enums';

@ObjectType({
  implements: SourcedRecord,
  description:
    'Information asked of an agency (or of a group of agencies) for a commitment, and whether it was answered. ' +
    'When the source gives only counts for a group ("38 asked, 34 answered, some partially"), the counts are kept and the response stays UNKNOWN.',
})
@Entity()
@Check('information_request_date_valid', partialDatesValid('requested_on'))
@Check('information_request_counts', 'recipient_count IS NULL OR recipient_count > 0')
@Check(
  'information_request_responded_le_recipients',
  'responded_count IS NULL OR (responded_count >= 0 AND (recipient_count IS NULL OR responded_count <= recipient_count))',
)
@Check('information_request_has_recipient', 'recipient_id IS NOT NULL OR recipient_description IS NOT NULL')
export class InformationRequest extends SourcedRecord {
  @Index()
  @Column('uuid')
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  commitment?: Relation<Commitment>;

  @Index()
  @Column('uuid', { nullable: true })
  recipientId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  recipient?: Relation<Organization>;

  @Field(() => String, {
    nullable: true,
    description: 'Who was asked, as the source describes them, when not one organisation.',
  })
  @Column('text', { nullable: true })
  recipientDescription: string | null;

  @Field({ description: 'What was asked, in the source language.' })
  @Column('text')
  subject: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was asked.' })
  @PartialDateColumn()
  requestedOn: string | null;

  @Field(() => RequestResponse, { description: 'How it was answered; UNKNOWN when the source does not say.' })
  @Index()
  @Column({ type: 'enum', enum: RequestResponse, enumName: 'request_response', default: RequestResponse.UNKNOWN })
  response: RequestResponse;

  @Field(() => Int, { nullable: true, description: 'How many bodies were asked, for a request to a group.' })
  @Column('int', { nullable: true })
  recipientCount: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many of them answered (fully or partially), for a request to a group.',
  })
  @Column('int', { nullable: true })
  respondedCount: number | null;

  @Field(() => String, { nullable: true, description: 'What the source says of the answers.' })
  @Column('text', { nullable: true })
  responseNote: string | null;
}

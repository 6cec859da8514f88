import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Commitment } from '../commitment/commitment.entity';
import { CountQualifier } from '../event/event.enums';
import { Organization } from '../organization/organization.entity';
import { InformationRequest } from './information-request.entity';

@ObjectType({
  implements: SourcedRecord,
  description:
    'Information delivered to civil society for a commitment, counted in pages (fojas) where the source counts it. ' +
    '"More than 2,737 pages" is stored as 2737 with the MORE_THAN qualifier.',
})
@Entity()
@Check('information_delivery_date_valid', partialDatesValid('delivered_on'))
@Check('information_delivery_pages_not_negative', 'pages IS NULL OR pages >= 0')
@Check('information_delivery_pages_qualified', '(pages IS NULL) = (pages_qualifier IS NULL)')
export class InformationDelivery extends SourcedRecord {
  @Index()
  @Column('uuid')
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  commitment?: Relation<Commitment>;

  @Index()
  @Column('uuid', { nullable: true })
  deliveredById: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  deliveredBy?: Relation<Organization>;

  @Field(() => String, {
    nullable: true,
    description: 'Who delivered, as the source describes them, when not one organisation.',
  })
  @Column('text', { nullable: true })
  deliveredByDescription: string | null;

  @Column('uuid', { nullable: true })
  requestId: string | null;

  @ManyToOne(() => InformationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn()
  request?: Relation<InformationRequest>;

  @Field({ description: 'What was delivered, in the source language.' })
  @Column('text')
  description: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was delivered.' })
  @PartialDateColumn()
  deliveredOn: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Pages (fojas) delivered; null when the source does not count them. Read with pagesQualifier.',
  })
  @Column('int', { nullable: true })
  pages: number | null;

  @Field(() => CountQualifier, {
    nullable: true,
    description: 'Whether pages is exact or a lower bound ("more than").',
  })
  @Column({ type: 'enum', enum: CountQualifier, enumName: 'count_qualifier', nullable: true })
  pagesQualifier: CountQualifier | null;
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { StaffAccount } from '../account/staff-account.entity';
import { Organization } from '../organization/organization.entity';
import { Milestone } from './milestone.entity';
import { MilestoneStatus } from './milestone.enums';

export enum ReviewVerdict {
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
}

registerEnumType(ReviewVerdict, {
  name: 'ReviewVerdict',
  description: "Civil society's answer to the status an agency reported for a milestone.",
  valuesConfig: {
    CONFIRMED: { description: 'The reported status is right.' },
    DISPUTED: { description: 'The reported status is not right; the comment says why.' },
  },
});

@ObjectType({
  description:
    "A following organisation's confirmation or dispute of a milestone's reported status, public beside the agency's claim.",
})
@Entity()
@Check('milestone_review_comment_present', `length(btrim(comment)) > 0`)
export class MilestoneReview {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  milestoneId: string;

  @ManyToOne(() => Milestone, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  milestone?: Relation<Milestone>;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  organization?: Relation<Organization>;

  /** Who wrote it; staff-only (the public sees the organisation). */
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => StaffAccount, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  account?: Relation<StaffAccount>;

  @Field(() => ReviewVerdict, { description: 'Confirmed or disputed.' })
  @Column({ type: 'enum', enum: ReviewVerdict, enumName: 'review_verdict' })
  verdict: ReviewVerdict;

  @Field(() => MilestoneStatus, { description: 'The status the agency had reported when it was reviewed.' })
  @Column({ type: 'enum', enum: MilestoneStatus, enumName: 'milestone_status' })
  reviewedStatus: MilestoneStatus;

  @Field({ description: 'Why: what civil society saw.' })
  @Column('text')
  comment: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was written.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

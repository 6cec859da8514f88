import { Ctx, Field, FieldResolver, ID, InputType, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../common/context';
import { StateIdField, whereState } from '../../common/exercise-filter';
import { whereDateRange, whereId } from '../../common/filters';
import { assertUuid } from '../../common/ids';
import { createReadResolver } from '../../common/read-resolver';
import { DateScalar } from '../../common/scalars';
import { Commitment } from '../commitment/commitment.entity';
import { commitmentById } from '../commitment/commitment.loaders';
import { Milestone } from './milestone.entity';
import { MilestoneStatus } from './milestone.enums';
import {
  milestoneById,
  milestonesByCommitment,
  publicReviewsByMilestone,
  publishedMilestonesByCommitment,
  reviewsByMilestone,
} from './milestone.loaders';
import { MilestoneReview } from './milestone-review.entity';
import { milestoneKind } from './milestone.kind';
import { CommitmentProgress, commitmentProgress, disputesStatus } from './progress';

@InputType({ description: 'Conditions on milestones.' })
export class MilestoneFilter {
  @Field(() => ID, { nullable: true, description: 'Only milestones of this commitment.' })
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only milestones of commitments of this plan.' })
  planId?: string | null;

  @StateIdField('milestones')
  stateId?: string | null;

  @Field(() => [MilestoneStatus], { nullable: true, description: 'Only milestones with one of these statuses.' })
  statuses?: MilestoneStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only milestones due on or after this date.' })
  dueFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only milestones due on or before this date.' })
  dueTo?: string | null;
}

export enum MilestoneOrderField {
  POSITION = 'POSITION',
  DUE_DATE = 'DUE_DATE',
  STATUS = 'STATUS',
}
registerEnumType(MilestoneOrderField, {
  name: 'MilestoneOrderField',
  description: 'Fields milestones can be sorted by.',
  valuesConfig: {
    POSITION: { description: 'Order within the commitment.' },
    DUE_DATE: { description: 'Due date.' },
    STATUS: { description: 'Status.' },
  },
});

@Resolver(() => Milestone)
export class MilestoneResolver extends createReadResolver({
  type: Milestone,
  name: 'Milestone',
  single: 'milestone',
  plural: 'milestones',
  listDescription: 'Milestones (planned activities) of commitments.',
  byId: milestoneById,
  filter: MilestoneFilter,
  applyFilter: (qb, filter: MilestoneFilter) => {
    whereId(qb, 'r.commitmentId', filter.commitmentId, 'filter.commitmentId');
    if (filter.planId != null) {
      qb.andWhere('r.commitmentId IN (SELECT c.id FROM commitment c WHERE c.plan_id = :planId)', {
        planId: assertUuid(filter.planId, 'filter.planId'),
      });
    }
    whereState(qb, milestoneKind, filter.stateId);
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    whereDateRange(qb, 'r.dueDate', { from: filter.dueFrom, to: filter.dueTo }, 'filter.due');
  },
  orderFields: MilestoneOrderField,
  orderColumns: { POSITION: 'r.position', DUE_DATE: 'r.dueDate', STATUS: 'r.status' },
  defaultOrder: MilestoneOrderField.POSITION,
}) {
  @FieldResolver(() => Commitment, { description: 'The commitment.' })
  commitment(@Root() milestone: Milestone, @Ctx() ctx: Context) {
    return ctx.loaders.get(commitmentById).load(milestone.commitmentId);
  }

  @FieldResolver(() => [MilestoneReview], {
    description: "Civil society's confirmations and disputes of its reported status, oldest first.",
  })
  reviews(@Root() milestone: Milestone, @Ctx() ctx: Context) {
    return ctx.loaders.get(reviewsByMilestone).load(milestone.id);
  }
}

@Resolver(() => Commitment)
export class CommitmentMilestonesResolver {
  @FieldResolver(() => [Milestone], { description: 'Its planned activities, in order.' })
  milestones(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(milestonesByCommitment).load(commitment.id);
  }

  @FieldResolver(() => CommitmentProgress, {
    description: 'Progress from its published milestones; percent null (with the reason) when it cannot be measured.',
  })
  async progress(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    // For the public the visible milestones are the published ones: one loader serves both fields.
    const published = ctx.viewer.kind === 'public' ? milestonesByCommitment : publishedMilestonesByCommitment;
    const milestones = await ctx.loaders.get(published).load(commitment.id);
    // Reviews are public beside the milestones they review: one statement for every milestone asked for.
    const reviews = await ctx.loaders.get(publicReviewsByMilestone).loadMany(milestones.map((m) => m.id));
    return commitmentProgress(
      milestones.map((m, i) => {
        const found = reviews[i];
        if (found instanceof Error) throw found;
        return { ...m, disputed: disputesStatus(m, found) };
      }),
    );
  }
}

import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { Milestone } from './milestone.entity';
import { milestoneById } from './milestone.loaders';
import { MilestoneReview, ReviewVerdict } from './milestone-review.entity';
import { RecordWriter } from '../../common/record-writer';
import { bind, holdsForNone, readableBy, reviewableBy } from '../../common/scope';
import { REVIEW_COMMENT } from '../../common/field-limits';

/**
 * A review is an act of a civil-society follower on a milestone, written through the shared write
 * path (one transaction, audit row, database errors named): who may review is scope.ts's
 * reviewableBy, the same rule the milestone's `viewerCan.review` answers with.
 */
const reviews = new RecordWriter<MilestoneReview>({
  entity: MilestoneReview,
  name: 'MilestoneReview',
  required: [],
  act: {
    async fill(viewer, { milestoneId, verdict, comment }, manager) {
      const trimmed = String(comment).trim();
      if (!trimmed || trimmed.length > REVIEW_COMMENT)
        throw badInput('comment', `must have 1 to ${REVIEW_COMMENT} characters`);
      const params: unknown[] = [assertUuid(milestoneId as string, 'milestoneId')];
      const [milestone]: { id: string; status: string }[] = await manager.query(
        `SELECT a.id, a.status FROM milestone a WHERE a.id = $1 AND ${bind(readableBy(viewer, 'milestone', 'a'), params)}`,
        params,
      );
      if (!milestone) throw notFound('Milestone', milestoneId as string, 'milestoneId');
      return {
        milestoneId: milestone.id,
        organizationId: viewer.organizationId,
        accountId: viewer.accountId,
        verdict,
        reviewedStatus: milestone.status,
        comment: trimmed,
      };
    },
    by: (viewer, a) => {
      const reviewable = reviewableBy(viewer, 'milestone', 'm');
      return holdsForNone(reviewable)
        ? reviewable
        : {
            sql: `EXISTS (SELECT 1 FROM milestone m WHERE m.id = ${a}.milestone_id AND ${reviewable.sql})`,
            parameters: reviewable.parameters,
          };
    },
    refused: {
      role: 'review milestones (civil-society followers do)',
      row: 'review milestones of commitments your organisation does not follow',
    },
  },
});

@Resolver(() => MilestoneReview)
export class MilestoneReviewResolver {
  @Mutation(() => MilestoneReview, {
    description:
      "Confirms or disputes, with a comment, a milestone's reported status: civil-society followers of the milestone's commitment only.",
  })
  reviewMilestone(
    @Arg('milestoneId', () => ID, { description: 'The milestone.' }) milestoneId: string,
    @Arg('verdict', () => ReviewVerdict, { description: 'Confirmed or disputed.' }) verdict: ReviewVerdict,
    @Arg('comment', { description: `Why (1 to ${REVIEW_COMMENT} characters).` }) comment: string,
    @Ctx() ctx: Context,
  ): Promise<MilestoneReview> {
    return reviews.create(ctx, { milestoneId, verdict, comment });
  }

  @FieldResolver(() => Organization, { description: 'The following organisation that wrote it.' })
  organization(@Root() review: MilestoneReview, @Ctx() ctx: Context) {
    return ctx.loaders.get(organizationById).load(review.organizationId);
  }

  @FieldResolver(() => Milestone, { nullable: true, description: 'The milestone reviewed.' })
  milestone(@Root() review: MilestoneReview, @Ctx() ctx: Context) {
    return ctx.loaders.get(milestoneById).load(review.milestoneId);
  }
}

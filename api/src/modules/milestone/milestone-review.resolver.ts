import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { badInput, forbidden, notFound, unauthenticated } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { Milestone } from './milestone.entity';
import { milestoneById } from './milestone.loaders';
import { MilestoneReview, ReviewVerdict } from './milestone-review.entity';
import { bind, holdsForNone, reviewableBy } from '../../common/scope';
import { AuditAction, writeAudit } from '../../common/audit-trail';

const MAX_COMMENT = 4000;

@Resolver(() => MilestoneReview)
export class MilestoneReviewResolver {
  @Mutation(() => MilestoneReview, {
    description:
      "Confirms or disputes, with a comment, a milestone's reported status: civil-society followers of the milestone's commitment only.",
  })
  async reviewMilestone(
    @Arg('milestoneId', () => ID, { description: 'The milestone.' }) milestoneId: string,
    @Arg('verdict', () => ReviewVerdict, { description: 'Confirmed or disputed.' }) verdict: ReviewVerdict,
    @Arg('comment', { description: 'Why (1 to 4000 characters).' }) comment: string,
    @Ctx() ctx: Context,
  ): Promise<MilestoneReview> {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'staff') throw unauthenticated();
    const trimmed = comment.trim();
    if (!trimmed || trimmed.length > MAX_COMMENT) throw badInput('comment', `must have 1 to ${MAX_COMMENT} characters`);
    const milestone = await ctx.loaders.get(milestoneById).load(assertUuid(milestoneId, 'milestoneId'));
    if (!milestone) throw notFound('Milestone', milestoneId, 'milestoneId');
    const reviewable = reviewableBy(viewer, 'milestone', 'a');
    if (holdsForNone(reviewable)) throw forbidden('review milestones (civil-society followers do)');
    return ctx.manager.transaction(async (manager) => {
      const params: unknown[] = [milestone.id];
      const [{ follows }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM milestone a WHERE a.id = $1 AND ${bind(reviewable, params)}) AS follows`,
        params,
      );
      if (!follows) throw forbidden('review milestones of commitments your organisation does not follow');
      const { identifiers } = await manager.insert(MilestoneReview, {
        milestoneId: milestone.id,
        organizationId: viewer.organizationId as string,
        accountId: viewer.accountId,
        verdict,
        reviewedStatus: milestone.status,
        comment: trimmed,
      });
      const review = await manager.findOneByOrFail(MilestoneReview, { id: identifiers[0].id as string });
      await writeAudit(manager, viewer, ctx.requestId, AuditAction.CREATE, 'MilestoneReview', review.id, null, {
        ...review,
      });
      return review;
    });
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

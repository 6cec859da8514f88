import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { whereExercise, whereState } from '../../common/exercise-filter';
import type { Context } from '../../common/context';
import { whereEquals, whereId, whereLinked, whereSearch } from '../../common/filters';
import { createReadResolver } from '../../common/read-resolver';
import { CriterionScore } from '../evaluation/evaluation.types';
import { scoresByCommitment } from '../evaluation/evaluation.loaders';
import { Event } from '../event/event.entity';
import { eventsByCommitment } from '../event/event.loaders';
import { InformationDelivery } from '../information/information-delivery.entity';
import { InformationRequest } from '../information/information-request.entity';
import { deliveriesByCommitment, pagesByCommitment, requestsByCommitment } from '../information/information.loaders';
import { PagesDelivered } from '../information/information.types';
import { Milestone } from '../milestone/milestone.entity';
import { milestonesByCommitment, publicReviewsByMilestone, publishedMilestonesByCommitment } from '../milestone/milestone.loaders';
import { Organization } from '../organization/organization.entity';
import { ActionPlan } from '../plan/action-plan.entity';
import { actionPlanById } from '../plan/plan.loaders';
import { Theme } from '../theme/theme.entity';
import { themesByCommitment } from '../theme/theme.loaders';
import { Commitment } from './commitment.entity';
import { CommitmentFilter, CommitmentOrderField } from './commitment.inputs';
import { commitmentById, followersByCommitment, participantsByCommitment, responsibleAgenciesByCommitment } from './commitment.loaders';
import { CommitmentProgress, commitmentProgress, disputesStatus } from './progress';
import { commitmentKind } from './commitment.kind';

@Resolver(() => Commitment)
export class CommitmentResolver extends createReadResolver({
  type: Commitment,
  name: 'Commitment',
  single: 'commitment',
  plural: 'commitments',
  listDescription: 'Commitments of the Local Action Plans.',
  byId: commitmentById,
  filter: CommitmentFilter,
  applyFilter: (qb, filter: CommitmentFilter) => {
    whereExercise(qb, filter, (exercise) => `r.planId IN (SELECT p.id FROM action_plan p WHERE p.exercise_id = ${exercise})`);
    whereState(qb, commitmentKind, filter.stateId);
    whereId(qb, 'r.planId', filter.planId, 'filter.planId');
    whereLinked(qb, 'commitment_organization', 'l.commitment_id = r.id', 'organization_id', filter.organizationId, 'filter.organizationId',
      filter.organizationRole ? { role: filter.organizationRole } : {});
    whereLinked(qb, 'commitment_theme', 'l.commitment_id = r.id', 'theme_id', filter.themeId, 'filter.themeId');
    whereEquals(qb, 'r.isProactive', filter.isProactive, 'filter.isProactive');
    whereSearch(qb, ['r.title', 'r.objective'], filter.search, 'filter.search');
  },
  orderFields: CommitmentOrderField,
  orderColumns: { NUMBER: 'r.number', TITLE: 'r.title' },
  defaultOrder: CommitmentOrderField.NUMBER,
}) {
  @FieldResolver(() => ActionPlan, { description: 'The plan the commitment belongs to.' })
  plan(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(actionPlanById).load(commitment.planId);
  }

  @FieldResolver(() => [Organization], { description: 'Public agencies responsible for carrying it out (see responsibleAgenciesInferred).' })
  responsibleAgencies(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(responsibleAgenciesByCommitment).load(commitment.id);
  }

  @FieldResolver(() => [Organization], { description: 'Public bodies that took part in its work (attended, were asked) without the source naming them responsible.' })
  participatingAgencies(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(participantsByCommitment).load(commitment.id);
  }

  @FieldResolver(() => [Organization], { description: 'Civil-society organisations that follow it.' })
  followers(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(followersByCommitment).load(commitment.id);
  }

  @FieldResolver(() => [Theme], { description: 'Themes it belongs to.' })
  themes(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(themesByCommitment).load(commitment.id);
  }

  @FieldResolver(() => [Milestone], { description: 'Its planned activities, in order.' })
  milestones(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(milestonesByCommitment).load(commitment.id);
  }

  @FieldResolver(() => [Event], { description: 'Meetings, working tables and site visits on it, in date order.' })
  meetings(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(eventsByCommitment).load(commitment.id);
  }

  @FieldResolver(() => [InformationRequest], { description: 'Information asked of agencies for it.' })
  informationRequests(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(requestsByCommitment).load(commitment.id);
  }

  @FieldResolver(() => [InformationDelivery], { description: 'Information delivered for it.' })
  informationDeliveries(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(deliveriesByCommitment).load(commitment.id);
  }

  @FieldResolver(() => PagesDelivered, { description: 'Pages (fojas) delivered for it.' })
  pagesDelivered(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(pagesByCommitment).load(commitment.id);
  }

  @FieldResolver(() => CommitmentProgress, { description: 'Progress from its published milestones; percent null (with the reason) when it cannot be measured.' })
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

  @FieldResolver(() => [CriterionScore], { description: "Its score on each criterion of its plan's evaluations; score null where unknown." })
  evaluationScores(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(scoresByCommitment).load(commitment.id);
  }
}

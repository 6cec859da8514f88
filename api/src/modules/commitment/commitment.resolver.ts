import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { whereExercise, whereState } from '../../common/exercise-filter';
import type { Context } from '../../common/context';
import { whereEquals, whereId, whereLinked, whereSearch } from '../../common/filters';
import { createReadResolver } from '../../common/read-resolver';
import { Organization } from '../organization/organization.entity';
import { ActionPlan } from '../plan/action-plan.entity';
import { actionPlanById } from '../plan/plan.loaders';
import { Theme } from '../theme/theme.entity';
import { Commitment } from './commitment.entity';
import { CommitmentFilter, CommitmentOrderField } from './commitment.inputs';
import {
  commitmentById,
  commitmentsByFollower,
  commitmentsByPlan,
  commitmentsByResponsibleAgency,
  followersByCommitment,
  participantsByCommitment,
  responsibleAgenciesByCommitment,
  themesByCommitment,
} from './commitment.loaders';
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
    whereExercise(qb, filter, commitmentKind);
    whereState(qb, commitmentKind, filter.stateId);
    whereId(qb, 'r.planId', filter.planId, 'filter.planId');
    whereLinked(
      qb,
      'commitment_organization',
      'l.commitment_id = r.id',
      'organization_id',
      filter.organizationId,
      'filter.organizationId',
      filter.organizationRole ? { role: filter.organizationRole } : {},
    );
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

  @FieldResolver(() => [Organization], {
    description: 'Public agencies responsible for carrying it out (see responsibleAgenciesInferred).',
  })
  responsibleAgencies(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(responsibleAgenciesByCommitment).load(commitment.id);
  }

  @FieldResolver(() => [Organization], {
    description:
      'Public bodies that took part in its work (attended, were asked) without the source naming them responsible.',
  })
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
}

@Resolver(() => ActionPlan)
export class ActionPlanCommitmentsResolver {
  @FieldResolver(() => [Commitment], { description: 'Its commitments: numbered ones in order, proactive ones last.' })
  commitments(@Root() plan: ActionPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(commitmentsByPlan).load(plan.id);
  }
}

@Resolver(() => Organization)
export class OrganizationCommitmentsResolver {
  @FieldResolver(() => [Commitment], { description: 'Commitments this organisation is responsible for.' })
  responsibleFor(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.get(commitmentsByResponsibleAgency).load(organization.id);
  }

  @FieldResolver(() => [Commitment], {
    description: 'Commitments this organisation follows on behalf of civil society.',
  })
  follows(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.get(commitmentsByFollower).load(organization.id);
  }
}

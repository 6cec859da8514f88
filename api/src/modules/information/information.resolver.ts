import { Ctx, Field, FieldResolver, ID, InputType, Resolver, Root, registerEnumType } from 'type-graphql';
import {
  ExerciseSlugField,
  StateIdField,
  whereExercise,
  whereState,
  type ExerciseScope,
} from '../../common/exercise-filter';
import type { SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../common/context';
import { whereDateRange, whereId } from '../../common/filters';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { DateScalar } from '../../common/scalars';
import { Commitment } from '../commitment/commitment.entity';
import { commitmentById } from '../commitment/commitment.loaders';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { InformationDelivery } from './information-delivery.entity';
import { InformationRequest } from './information-request.entity';
import { RequestResponse } from './information.enums';
import {
  deliveriesByCommitment,
  deliveriesByOrganization,
  deliveriesByRequest,
  informationDeliveryById,
  informationRequestById,
  pagesByCommitment,
  pagesByOrganization,
  requestsByCommitment,
} from './information.loaders';
import { pagesByExercise, pagesByPlan } from './information.loaders';
import { PagesDelivered } from './information.types';
import { Exercise } from '../exercise/exercise.entity';
import { ActionPlan } from '../plan/action-plan.entity';
import { informationDeliveryKind, informationRequestKind } from './information.kind';
import type { RecordKind } from '../../common/record-kind';

/** Both kinds hang off a commitment; these narrow them by the commitment's plan or exercise. */
function whereCommitmentIn(
  qb: SelectQueryBuilder<InformationRequest | InformationDelivery>,
  filter: ExerciseScope & { planId?: string | null },
  kind: RecordKind,
) {
  if (filter.planId != null) {
    qb.andWhere('r.commitmentId IN (SELECT c.id FROM commitment c WHERE c.plan_id = :planId)', {
      planId: assertUuid(filter.planId, 'filter.planId'),
    });
  }
  whereExercise(qb, filter, kind);
}

@InputType({ description: 'Conditions on information requests.' })
export class InformationRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only requests for this commitment.' })
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requests for commitments of this plan.' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requests for commitments of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('requests for commitments')
  exerciseSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requests to this organisation.' })
  recipientId?: string | null;

  @Field(() => [RequestResponse], { nullable: true, description: 'Only requests answered in one of these ways.' })
  responses?: RequestResponse[] | null;
}

export enum InformationRequestOrderField {
  REQUESTED_ON = 'REQUESTED_ON',
  SUBJECT = 'SUBJECT',
}
registerEnumType(InformationRequestOrderField, {
  name: 'InformationRequestOrderField',
  description: 'Fields requests can be sorted by.',
  valuesConfig: { REQUESTED_ON: { description: 'Request date.' }, SUBJECT: { description: 'Subject.' } },
});

@Resolver(() => InformationRequest)
export class InformationRequestResolver extends createReadResolver({
  type: InformationRequest,
  name: 'InformationRequest',
  single: 'informationRequest',
  plural: 'informationRequests',
  listDescription: 'Information asked of agencies for commitments.',
  byId: informationRequestById,
  filter: InformationRequestFilter,
  applyFilter: (qb, filter: InformationRequestFilter) => {
    whereId(qb, 'r.commitmentId', filter.commitmentId, 'filter.commitmentId');
    whereCommitmentIn(qb, filter, informationRequestKind);
    whereId(qb, 'r.recipientId', filter.recipientId, 'filter.recipientId');
    if (filter.responses?.length) qb.andWhere('r.response IN (:...responses)', { responses: filter.responses });
  },
  orderFields: InformationRequestOrderField,
  orderColumns: { REQUESTED_ON: 'r.requestedOn', SUBJECT: 'r.subject' },
  defaultOrder: InformationRequestOrderField.REQUESTED_ON,
}) {
  @FieldResolver(() => Commitment, { description: 'The commitment it serves.' })
  commitment(@Root() request: InformationRequest, @Ctx() ctx: Context) {
    return ctx.loaders.get(commitmentById).load(request.commitmentId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who was asked, when one organisation.' })
  recipient(@Root() request: InformationRequest, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, request.recipientId);
  }

  @FieldResolver(() => [InformationDelivery], { description: 'Deliveries that answered it.' })
  deliveries(@Root() request: InformationRequest, @Ctx() ctx: Context) {
    return ctx.loaders.get(deliveriesByRequest).load(request.id);
  }
}

@InputType({ description: 'Conditions on information deliveries.' })
export class InformationDeliveryFilter {
  @Field(() => ID, { nullable: true, description: 'Only deliveries for this commitment.' })
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only deliveries for commitments of this plan.' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only deliveries for commitments of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('deliveries for commitments')
  exerciseSlug?: string | null;

  @StateIdField('deliveries')
  stateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only deliveries by this organisation alone.' })
  deliveredById?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only deliveries with a page count; false: only those without.',
  })
  hasPageCount?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only deliveries on or after this date.' })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only deliveries on or before this date.' })
  dateTo?: string | null;
}

export enum InformationDeliveryOrderField {
  DELIVERED_ON = 'DELIVERED_ON',
  PAGES = 'PAGES',
}
registerEnumType(InformationDeliveryOrderField, {
  name: 'InformationDeliveryOrderField',
  description: 'Fields deliveries can be sorted by.',
  valuesConfig: { DELIVERED_ON: { description: 'Delivery date.' }, PAGES: { description: 'Pages.' } },
});

@Resolver(() => InformationDelivery)
export class InformationDeliveryResolver extends createReadResolver({
  type: InformationDelivery,
  name: 'InformationDelivery',
  single: 'informationDelivery',
  plural: 'informationDeliveries',
  listDescription: 'Information delivered for commitments, in pages (fojas).',
  byId: informationDeliveryById,
  filter: InformationDeliveryFilter,
  applyFilter: (qb, filter: InformationDeliveryFilter) => {
    whereId(qb, 'r.commitmentId', filter.commitmentId, 'filter.commitmentId');
    whereCommitmentIn(qb, filter, informationDeliveryKind);
    whereState(qb, informationDeliveryKind, filter.stateId);
    whereId(qb, 'r.deliveredById', filter.deliveredById, 'filter.deliveredById');
    if (filter.hasPageCount === true) qb.andWhere('r.pages IS NOT NULL');
    if (filter.hasPageCount === false) qb.andWhere('r.pages IS NULL');
    whereDateRange(qb, 'r.deliveredOn', { from: filter.dateFrom, to: filter.dateTo }, 'filter.date');
  },
  orderFields: InformationDeliveryOrderField,
  orderColumns: { DELIVERED_ON: 'r.deliveredOn', PAGES: 'r.pages' },
  defaultOrder: InformationDeliveryOrderField.DELIVERED_ON,
}) {
  @FieldResolver(() => Commitment, { description: 'The commitment it serves.' })
  commitment(@Root() delivery: InformationDelivery, @Ctx() ctx: Context) {
    return ctx.loaders.get(commitmentById).load(delivery.commitmentId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who delivered it, when one organisation.' })
  deliveredBy(@Root() delivery: InformationDelivery, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, delivery.deliveredById);
  }

  @FieldResolver(() => InformationRequest, { nullable: true, description: 'The request it answered, when known.' })
  request(@Root() delivery: InformationDelivery, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, informationRequestById, delivery.requestId);
  }
}

@Resolver(() => Exercise)
export class ExercisePagesResolver {
  @FieldResolver(() => PagesDelivered, { description: 'Pages delivered across every commitment of the exercise.' })
  pagesDelivered(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(pagesByExercise).load(exercise.id);
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanPagesResolver {
  @FieldResolver(() => PagesDelivered, { description: 'Pages (fojas) delivered across its commitments.' })
  pagesDelivered(@Root() plan: ActionPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(pagesByPlan).load(plan.id);
  }
}

@Resolver(() => Commitment)
export class CommitmentInformationResolver {
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
}

@Resolver(() => Organization)
export class OrganizationDeliveriesResolver {
  @FieldResolver(() => [InformationDelivery], { description: 'Information this organisation delivered on its own.' })
  deliveries(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.get(deliveriesByOrganization).load(organization.id);
  }

  @FieldResolver(() => PagesDelivered, {
    description:
      'Pages this organisation delivered on its own (deliveries by several bodies together are not attributed).',
  })
  pagesDelivered(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.get(pagesByOrganization).load(organization.id);
  }
}

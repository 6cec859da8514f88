import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { whereExercise, whereState } from '../../common/exercise-filter';
import type { Context } from '../../common/context';
import { whereId, whereLinked } from '../../common/filters';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Event } from '../event/event.entity';
import { eventById } from '../event/event.loaders';
import { Organization } from '../organization/organization.entity';
import { Session } from '../session/session.entity';
import { sessionById } from '../session/session.loaders';
import { Agreement } from './agreement.entity';
import { AgreementFilter, AgreementOrderField } from './agreement.inputs';
import { agreementById, agreementsByEvent, agreementsBySession, responsiblesByAgreement } from './agreement.loaders';
import { agreementKind } from './agreement.kind';

@Resolver(() => Agreement)
export class AgreementResolver extends createReadResolver({
  type: Agreement,
  name: 'Agreement',
  single: 'agreement',
  plural: 'agreements',
  listDescription: 'Agreements of sessions and meetings, with their follow-up.',
  byId: agreementById,
  filter: AgreementFilter,
  applyFilter: (qb, filter: AgreementFilter) => {
    whereExercise(qb, filter, agreementKind);
    whereState(qb, agreementKind, filter.stateId);
    whereId(qb, 'r.sessionId', filter.sessionId, 'filter.sessionId');
    whereId(qb, 'r.eventId', filter.eventId, 'filter.eventId');
    whereLinked(
      qb,
      'event_commitment',
      'l.event_id = r.eventId',
      'commitment_id',
      filter.commitmentId,
      'filter.commitmentId',
    );
    whereLinked(
      qb,
      'agreement_responsible',
      'l.agreement_id = r.id',
      'organization_id',
      filter.responsibleId,
      'filter.responsibleId',
    );
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
  },
  orderFields: AgreementOrderField,
  orderColumns: { POSITION: 'r.position', STATUS: 'r.status' },
  defaultOrder: AgreementOrderField.POSITION,
}) {
  @FieldResolver(() => Session, { nullable: true, description: 'The session that took it, if taken at a session.' })
  session(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, sessionById, agreement.sessionId);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The meeting that took it, if taken at a commitment meeting.',
  })
  event(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, eventById, agreement.eventId);
  }

  @FieldResolver(() => [Organization], { description: 'Who must carry it out.' })
  responsible(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.get(responsiblesByAgreement).load(agreement.id);
  }
}

@Resolver(() => Event)
export class EventAgreementsResolver {
  @FieldResolver(() => [Agreement], { description: 'Agreements taken at it, in order.' })
  agreements(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.get(agreementsByEvent).load(event.id);
  }
}

@Resolver(() => Session)
export class SessionAgreementsResolver {
  @FieldResolver(() => [Agreement], { description: 'Agreements taken, in order.' })
  agreements(@Root() session: Session, @Ctx() ctx: Context) {
    return ctx.loaders.get(agreementsBySession).load(session.id);
  }
}

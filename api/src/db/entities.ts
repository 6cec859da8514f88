import { registerKinds } from '../common/record-kind';
import {
  passwordLinkKind,
  signInAttemptKind,
  staffAccountKind,
  staffSessionKind,
} from '../modules/account/account.kind';
import { agreementKind, agreementResponsibleKind } from '../modules/agreement/agreement.kind';
import { auditEventKind } from '../modules/audit/audit.kind';
import { commitmentKind, commitmentOrganizationKind, commitmentThemeKind } from '../modules/commitment/commitment.kind';
import {
  evaluationCriterionKind,
  evaluationKind,
  evaluationScoreKind,
  recommendationKind,
} from '../modules/evaluation/evaluation.kind';
import { eventCommitmentKind, eventKind, eventOrganizationKind, eventThemeKind } from '../modules/event/event.kind';
import { exerciseKind } from '../modules/exercise/exercise.kind';
import { informationDeliveryKind, informationRequestKind } from '../modules/information/information.kind';
import { milestoneKind, milestoneReviewKind } from '../modules/milestone/milestone.kind';
import { organizationKind, personKind } from '../modules/organization/organization.kind';
import { municipalityKind, regionKind, stateKind, venueKind } from '../modules/place/place.kind';
import { actionPlanKind } from '../modules/plan/plan.kind';
import { membershipKind, postKind, secretariatKind } from '../modules/secretariat/secretariat.kind';
import { sessionAttendanceKind, sessionKind } from '../modules/session/session.kind';
import { sourceDocumentKind } from '../modules/source/source.kind';
import { themeKind } from '../modules/theme/theme.kind';
import { documentChunkKind, documentContentKind, documentKind } from '../modules/document/document.kind';

/**
 * Every record kind (one per table, declared in its module's `<kind>.kind.ts`): the one list the
 * platform knows them by. TypeORM maps exactly their entities, and the shared mechanism (read and
 * write scope, public reach, change counters, optional columns, labels) reads their declarations.
 */
export const KINDS = registerKinds([
  sourceDocumentKind,
  stateKind,
  regionKind,
  municipalityKind,
  venueKind,
  organizationKind,
  personKind,
  exerciseKind,
  themeKind,
  secretariatKind,
  postKind,
  membershipKind,
  sessionKind,
  sessionAttendanceKind,
  agreementKind,
  agreementResponsibleKind,
  eventKind,
  eventOrganizationKind,
  eventThemeKind,
  eventCommitmentKind,
  actionPlanKind,
  commitmentKind,
  commitmentOrganizationKind,
  commitmentThemeKind,
  milestoneKind,
  informationRequestKind,
  informationDeliveryKind,
  evaluationKind,
  evaluationCriterionKind,
  evaluationScoreKind,
  recommendationKind,
  staffAccountKind,
  staffSessionKind,
  signInAttemptKind,
  passwordLinkKind,
  auditEventKind,
  milestoneReviewKind,
  documentKind,
  documentContentKind,
  documentChunkKind,
]);

export const ENTITIES = KINDS.map((kind) => kind.entity);

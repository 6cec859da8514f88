import { PasswordLink, SignInAttempt, StaffAccount, StaffSession } from '../modules/account/staff-account.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { MilestoneReview } from '../modules/milestone/milestone-review.entity';
import { AgreementResponsible } from '../modules/agreement/agreement-responsible.entity';
import { Agreement } from '../modules/agreement/agreement.entity';
import { CommitmentOrganization, CommitmentTheme } from '../modules/commitment/commitment-links.entity';
import { Commitment } from '../modules/commitment/commitment.entity';
import { Evaluation, EvaluationCriterion, EvaluationScore } from '../modules/evaluation/evaluation.entity';
import { Recommendation } from '../modules/evaluation/recommendation.entity';
import { EventCommitment, EventOrganization, EventTheme } from '../modules/event/event-links.entity';
import { Event } from '../modules/event/event.entity';
import { Exercise } from '../modules/exercise/exercise.entity';
import { InformationDelivery } from '../modules/information/information-delivery.entity';
import { InformationRequest } from '../modules/information/information-request.entity';
import { Milestone } from '../modules/milestone/milestone.entity';
import { Document, DocumentChunk, DocumentContent } from '../modules/document/document.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Person } from '../modules/organization/person.entity';
import { Municipality } from '../modules/place/municipality.entity';
import { Region } from '../modules/place/region.entity';
import { State } from '../modules/place/state.entity';
import { Venue } from '../modules/place/venue.entity';
import { ActionPlan } from '../modules/plan/action-plan.entity';
import { Membership } from '../modules/secretariat/membership.entity';
import { Post } from '../modules/secretariat/post.entity';
import { Secretariat } from '../modules/secretariat/secretariat.entity';
import { SessionAttendance } from '../modules/session/session-attendance.entity';
import { Session } from '../modules/session/session.entity';
import { SourceDocument } from '../modules/source/source-document.entity';
import { Theme } from '../modules/theme/theme.entity';

export const ENTITIES = [
  SourceDocument, State, Region, Municipality, Venue, Organization, Person, Exercise, Theme,
  Secretariat, Post, Membership, Session, SessionAttendance, Agreement, AgreementResponsible,
  Event, EventOrganization, EventTheme, EventCommitment,
  ActionPlan, Commitment, CommitmentOrganization, CommitmentTheme, Milestone,
  InformationRequest, InformationDelivery, Evaluation, EvaluationCriterion, EvaluationScore, Recommendation,
  StaffAccount, StaffSession, SignInAttempt, PasswordLink, AuditEvent, MilestoneReview,
  Document, DocumentContent, DocumentChunk,
];

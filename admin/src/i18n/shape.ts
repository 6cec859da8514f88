import type englishMessages from 'ra-language-english';
import type * as G from '../generated/graphql';

/** The same keys as T, every leaf a string: what a translation of T must provide. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every message react-admin itself uses (ra-language-english 5.15 has 164 keys). */
export type RaMessages = Shape<(typeof englishMessages)['ra']>;

/** Labels of every value of the API's enums. */
export interface EnumMessages {
  Publication: Record<G.Publication, string>;
  MilestoneStatus: Record<G.MilestoneStatus, string>;
  AgreementStatus: Record<G.AgreementStatus, string>;
  RequestResponse: Record<G.RequestResponse, string>;
  CountQualifier: Record<G.CountQualifier, string>;
  EventKind: Record<G.EventKind, string>;
  OrganizationKind: Record<G.OrganizationKind, string>;
  SeatRole: Record<G.SeatRole, string>;
  Sector: Record<G.Sector, string>;
  ExerciseStage: Record<G.ExerciseStage, string>;
  SessionType: Record<G.SessionType, string>;
  CriterionDimension: Record<G.CriterionDimension, string>;
  RecommendationKind: Record<G.RecommendationKind, string>;
  ReviewVerdict: Record<G.ReviewVerdict, string>;
  StaffRole: Record<G.StaffRole, string>;
  ProgressUnknownReason: Record<G.ProgressUnknownReason, string>;
  AuditAction: Record<G.AuditAction, string>;
  CommitmentOrganizationRole: Record<G.CommitmentOrganizationRole, string>;
  EventOrganizationRole: Record<G.EventOrganizationRole, string>;
  DocumentKind: Record<G.DocumentKind, string>;
}

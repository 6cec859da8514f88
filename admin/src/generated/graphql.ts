/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Conditions on action plans. */
export type ActionPlanFilter = {
  /** Only plans of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only plans of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
};

/** A Local Action Plan. */
export type ActionPlanInput = {
  /** The session that agreed it. */
  agreedAtSessionId?: string | number | null | undefined;
  /** When it was agreed. */
  agreedOn?: string | null | undefined;
  /** Last year. */
  endYear?: number | null | undefined;
  /** The exercise (required on create). */
  exerciseId?: string | number | null | undefined;
  /** How it is carried out. */
  methodology?: string | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** Where it was published. */
  publishedIn?: string | null | undefined;
  /** When it was published. */
  publishedOn?: string | null | undefined;
  /** When it was signed. */
  signedOn?: string | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** First year. */
  startYear?: number | null | undefined;
  /** Title (required on create). */
  title?: string | null | undefined;
  /** When work on it started. */
  workStartOn?: string | null | undefined;
};

/** How to sort ActionPlan records. */
export type ActionPlanOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: ActionPlanOrderField;
};

/** Fields plans can be sorted by. */
export type ActionPlanOrderField =
  /** First year. */
  | 'START_YEAR'
  /** Title. */
  | 'TITLE';

/** Conditions on agreements. */
export type AgreementFilter = {
  /** Only agreements of meetings on this commitment. */
  commitmentId?: string | number | null | undefined;
  /** Only agreements of this meeting or event. */
  eventId?: string | number | null | undefined;
  /** Only agreements of this exercise (its sessions and meetings). */
  exerciseId?: string | number | null | undefined;
  /** Only agreements of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** Only agreements this organisation must carry out. */
  responsibleId?: string | number | null | undefined;
  /** Only agreements of this session. */
  sessionId?: string | number | null | undefined;
  /** Only agreements of this state (through their exercise), as an institute's dashboard shows its own. */
  stateId?: string | number | null | undefined;
  /** Only agreements with one of these statuses. */
  statuses?: Array<AgreementStatus> | null | undefined;
};

/** An agreement of a session or of a meeting (give exactly one of sessionId and eventId). */
export type AgreementInput = {
  /** The meeting that took it. */
  eventId?: string | number | null | undefined;
  /** Order among the agreements of its session or meeting (required on create). */
  position?: number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** Organisations that must carry it out (replaces the list). */
  responsibleIds?: Array<string | number> | null | undefined;
  /** The session that took it. */
  sessionId?: string | number | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** Follow-up status. */
  status?: AgreementStatus | null | undefined;
  /** What the status rests on. */
  statusNote?: string | null | undefined;
  /** What was agreed (required on create). */
  text?: string | null | undefined;
};

/** How to sort Agreement records. */
export type AgreementOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: AgreementOrderField;
};

/** Fields agreements can be sorted by. */
export type AgreementOrderField =
  /** Order within their session or meeting. */
  | 'POSITION'
  /** Status. */
  | 'STATUS';

/** Follow-up status of an agreement (acuerdo). */
export type AgreementStatus =
  /** Dropped by a later decision. */
  | 'CANCELLED'
  /** Carried out; the source or the follow-up says so. */
  | 'DONE'
  /** Being carried out. */
  | 'IN_PROGRESS'
  /** Not started yet. */
  | 'PENDING'
  /** The source does not say whether the agreement was carried out. */
  | 'UNKNOWN';

/** What a write did to a record. */
export type AuditAction =
  /** Created it. */
  | 'CREATE'
  /** Deleted it (softly: it can be restored). */
  | 'DELETE'
  /** Restored it after a delete. */
  | 'RESTORE'
  /** Changed some of its fields (publication included). */
  | 'UPDATE';

/** Conditions on commitments. */
export type CommitmentFilter = {
  /** Only commitments of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only commitments of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** true: only proactive commitments; false: none of them. */
  isProactive?: boolean | null | undefined;
  /** Only commitments this organisation is responsible for or follows (see organizationRole). */
  organizationId?: string | number | null | undefined;
  /** With organizationId: only as responsible agency, or only as follower. */
  organizationRole?: CommitmentOrganizationRole | null | undefined;
  /** Only commitments of this plan. */
  planId?: string | number | null | undefined;
  /** Part of the title or objective, ignoring case. */
  search?: string | null | undefined;
  /** Only commitments of this state (through their exercise), as an institute's dashboard shows its own. */
  stateId?: string | number | null | undefined;
  /** Only commitments under this theme. */
  themeId?: string | number | null | undefined;
};

/** A commitment of a plan. */
export type CommitmentInput = {
  /** When a proactive commitment starts. */
  activationCondition?: string | null | undefined;
  /** Following civil-society organisations (replaces the list). */
  followerIds?: Array<string | number> | null | undefined;
  /** Whether it is proactive. */
  isProactive?: boolean | null | undefined;
  /** Number within the plan (unique); empty for an unnumbered proactive commitment. */
  number?: number | null | undefined;
  /** Objective. */
  objective?: string | null | undefined;
  /** Public bodies that took part in its work without the source naming them responsible (replaces the list). */
  participatingAgencyIds?: Array<string | number> | null | undefined;
  /** The plan (required on create). */
  planId?: string | number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** True when the source names no responsible agencies and these are inferred (the source note says from what). */
  responsibleAgenciesInferred?: boolean | null | undefined;
  /** Responsible agencies (replaces the list). */
  responsibleAgencyIds?: Array<string | number> | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** Themes (replaces the list). */
  themeIds?: Array<string | number> | null | undefined;
  /** Title (required on create). */
  title?: string | null | undefined;
};

/** How to sort Commitment records. */
export type CommitmentOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: CommitmentOrderField;
};

/** Fields commitments can be sorted by. */
export type CommitmentOrderField =
  /** Number (the unnumbered proactive commitment last). */
  | 'NUMBER'
  /** Title. */
  | 'TITLE';

/** How an organisation takes part in a commitment. */
export type CommitmentOrganizationRole =
  /** A civil-society organisation that follows the commitment (da seguimiento). */
  | 'FOLLOWER'
  /** A public body that took part in its work (attended its meetings, was asked for information) but that the source does not name responsible. */
  | 'PARTICIPANT'
  /** A public agency responsible for carrying out the commitment. */
  | 'RESPONSIBLE';

/** How a reported count is to be read: exactly, or as a lower bound ("more than N"). */
export type CountQualifier =
  /** The count is exact. */
  | 'EXACT'
  /** The source says "more than N" (más de N): N is a lower bound. */
  | 'MORE_THAN';

/** The attribute of a commitment an evaluation criterion belongs to. */
export type CriterionDimension =
  /** Quality of the commitment (calidad). */
  | 'QUALITY'
  /** Potential relevance of the commitment (relevancia potencial). */
  | 'RELEVANCE';

/** How many seats the source says a sector has. */
export type DeclaredSeatsInput = {
  /** Seats declared, e.g. 2 for "2 representantes del Órgano Garante". */
  seats: number;
  /** The sector. */
  sector: Sector;
};

/** Conditions on documents. */
export type DocumentFilter = {
  /** Only documents of this evaluation. */
  evaluationId?: string | number | null | undefined;
  /** Only documents of this event or meeting. */
  eventId?: string | number | null | undefined;
  /** Only documents of this exercise (of the exercise itself or of any of its records). */
  exerciseId?: string | number | null | undefined;
  /** Only documents of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** Only documents of this information delivery. */
  informationDeliveryId?: string | number | null | undefined;
  /** Only documents of one of these kinds. */
  kinds?: Array<DocumentKind> | null | undefined;
  /** Only documents of this milestone. */
  milestoneId?: string | number | null | undefined;
  /** Part of the title or file name, ignoring case. */
  search?: string | null | undefined;
  /** Only documents of this session. */
  sessionId?: string | number | null | undefined;
  /** Only documents of this state (through their exercise), as an institute's dashboard shows its own. */
  stateId?: string | number | null | undefined;
};

/** A document: its metadata, the record it belongs to (exactly one), and its file, uploaded first with POST /documents/upload. */
export type DocumentInput = {
  /** SHA-256 of the file, as POST /documents/upload answered (required on create). */
  contentSha256?: string | null | undefined;
  /** Date of the document, at the precision known. */
  date?: string | null | undefined;
  /** The evaluation it belongs to. */
  evaluationId?: string | number | null | undefined;
  /** The event or meeting it belongs to. */
  eventId?: string | number | null | undefined;
  /** The exercise it belongs to (a report of the whole exercise). */
  exerciseId?: string | number | null | undefined;
  /** The file name shown on download (required on create). */
  fileName?: string | null | undefined;
  /** The information delivery it belongs to. */
  informationDeliveryId?: string | number | null | undefined;
  /** What the document is (required on create). */
  kind?: DocumentKind | null | undefined;
  /** The milestone it belongs to (its evidence, for example). */
  milestoneId?: string | number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The session it belongs to (its minutes, for example). */
  sessionId?: string | number | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** Title (required on create). */
  title?: string | null | undefined;
};

/** What a document is. */
export type DocumentKind =
  /** Minutes (acta) of a session or meeting. */
  | 'ACTA'
  /** Evidence that a milestone or delivery took place. */
  | 'EVIDENCE'
  /** An official letter (oficio). */
  | 'OFICIO'
  /** Any other document. */
  | 'OTHER'
  /** A report, such as the closing report of an exercise. */
  | 'REPORT';

/** Conditions on evaluation criteria. */
export type EvaluationCriterionFilter = {
  /** Only quality or only relevance criteria. */
  dimension?: CriterionDimension | null | undefined;
  /** Only criteria of this evaluation. */
  evaluationId?: string | number | null | undefined;
};

/** A criterion of an evaluation rubric. */
export type EvaluationCriterionInput = {
  /** Code, upper case (required on create). */
  code?: string | null | undefined;
  /** Quality or relevance (required on create). */
  dimension?: CriterionDimension | null | undefined;
  /** The evaluation (required on create). */
  evaluationId?: string | number | null | undefined;
  /** Label (required on create). */
  label?: string | null | undefined;
  /** Order in the rubric (required on create). */
  position?: number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The question asked. */
  question?: string | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
};

/** How to sort EvaluationCriterion records. */
export type EvaluationCriterionOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: EvaluationCriterionOrderField;
};

/** Fields criteria can be sorted by. */
export type EvaluationCriterionOrderField =
  /** Code. */
  | 'CODE'
  /** Order within the rubric. */
  | 'POSITION';

/** Conditions on evaluations. */
export type EvaluationFilter = {
  /** Only evaluations by this evaluator. */
  evaluatorId?: string | number | null | undefined;
  /** Only evaluations of plans of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only evaluations of plans of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** Only evaluations of this plan. */
  planId?: string | number | null | undefined;
};

/** An evaluation of a plan. */
export type EvaluationInput = {
  /** The evaluator (required on create). */
  evaluatorId?: string | number | null | undefined;
  /** The plan (required on create). */
  planId?: string | number | null | undefined;
  /** Where they were presented. */
  presentedAtEventId?: string | number | null | undefined;
  /** When the results were presented. */
  presentedOn?: string | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** What is known of the scores. */
  scoresNote?: string | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** Title (required on create). */
  title?: string | null | undefined;
};

/** How to sort Evaluation records. */
export type EvaluationOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: EvaluationOrderField;
};

/** Fields evaluations can be sorted by. */
export type EvaluationOrderField =
  /** Presentation date. */
  | 'PRESENTED_ON';

/** A commitment's score on a criterion; one per commitment and criterion. */
export type EvaluationScoreInput = {
  /** The commitment (required on create). */
  commitmentId?: string | number | null | undefined;
  /** The criterion (required on create). */
  criterionId?: string | number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The score; empty when unknown. */
  score?: number | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
};

/** Conditions on events. */
export type EventFilter = {
  /** Only events on this commitment (its meetings, tables and visits). */
  commitmentId?: string | number | null | undefined;
  /** Only events on or after this date (a month-precision event counts if its month reaches it). */
  dateFrom?: string | null | undefined;
  /** Only events on or before this date. */
  dateTo?: string | null | undefined;
  /** Only events of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only events of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** Whether a series whose parts are recorded is listed beside its parts. Default: no (each event counted once, as the report counts them: five talks, not six), except with topLevel: true. */
  includeSeries?: boolean | null | undefined;
  /** Only events of these kinds. */
  kinds?: Array<EventKind> | null | undefined;
  /** Only events held in this municipality. */
  municipalityId?: string | number | null | undefined;
  /** Only events where this organisation took part (any role). */
  organizationId?: string | number | null | undefined;
  /** Only the parts of this series. */
  parentId?: string | number | null | undefined;
  /** Only events in this region. */
  regionId?: string | number | null | undefined;
  /** true: only events that are not part of a series (series included). */
  topLevel?: boolean | null | undefined;
};

/** An event of an exercise; a meeting on commitments names them in commitmentIds. */
export type EventInput = {
  /** Who attended, in words. */
  attendanceNote?: string | null | undefined;
  /** People who attended (give attendeeCountQualifier with it). */
  attendeeCount?: number | null | undefined;
  /** Whether attendeeCount is exact or a lower bound. */
  attendeeCountQualifier?: CountQualifier | null | undefined;
  /** Commitments it worked on (replaces the list). */
  commitmentIds?: Array<string | number> | null | undefined;
  /** What happened. */
  description?: string | null | undefined;
  /** Last day, for several days. */
  endDate?: string | null | undefined;
  /** The exercise (required on create). */
  exerciseId?: string | number | null | undefined;
  /** Organisations that lent the venue (replaces the list). */
  hostIds?: Array<string | number> | null | undefined;
  /** Organisations that gave it (replaces the list). */
  instructorIds?: Array<string | number> | null | undefined;
  /** Kind (required on create). */
  kind?: EventKind | null | undefined;
  /** Municipality. */
  municipalityId?: string | number | null | undefined;
  /** True when the municipality is inferred, not stated by the source (the source note says from what). */
  municipalityInferred?: boolean | null | undefined;
  /** Organisations that organised it (replaces the list). */
  organizerIds?: Array<string | number> | null | undefined;
  /** The series it is part of. */
  parentId?: string | number | null | undefined;
  /** Organisations that took part (replaces the list). */
  participantIds?: Array<string | number> | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** Region. */
  regionId?: string | number | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** First day. */
  startDate?: string | null | undefined;
  /** True when startDate is inferred, not stated by the source (the source note says from what). */
  startDateInferred?: boolean | null | undefined;
  /** Themes it dealt with (replaces the list). */
  themeIds?: Array<string | number> | null | undefined;
  /** Title (required on create). */
  title?: string | null | undefined;
  /** Venue. */
  venueId?: string | number | null | undefined;
};

/** What kind of event of an exercise this is (sessions of the Secretariat are their own type). */
export type EventKind =
  /** Signing of a collaboration agreement (convenio) between bodies. */
  | 'COLLABORATION_AGREEMENT'
  /** Working table per commitment with civil society and the responsible agencies. */
  | 'COMMITMENT_WORKING_TABLE'
  /** Signing of the joint declaration that opens the exercise (declaratoria conjunta). */
  | 'JOINT_DECLARATION'
  /** Public call for the election of regional liaisons (convocatoria). */
  | 'LIAISON_CALL'
  /** Meeting where civil society elects its regional liaison and alternate. */
  | 'LIAISON_ELECTION'
  /** Meeting among civil society's regional liaisons. */
  | 'LIAISON_MEETING'
  /** Public presentation and signing of the Local Action Plan. */
  | 'PLAN_PRESENTATION'
  /** Publication of the Local Action Plan in the state's official gazette. */
  | 'PLAN_PUBLICATION'
  /** Press conference (rueda de prensa). */
  | 'PRESS_CONFERENCE'
  /** Regional working table collecting problems by theme (mesa de trabajo regional). */
  | 'REGIONAL_WORKING_TABLE'
  /** Formal installation of the Technical Secretariat. */
  | 'SECRETARIAT_INSTALLATION'
  /** Meeting that presents the plan to the public servants responsible for it (reunión de sensibilización). */
  | 'SENSITIZATION_MEETING'
  /** Outreach talk for civil society and the public (plática de sensibilización). */
  | 'SENSITIZATION_TALK'
  /** Visit to a site or facility (visita en sitio). */
  | 'SITE_VISIT'
  /** Working meeting (reunión de trabajo) on one or more commitments. */
  | 'WORKING_MEETING'
  /** Training workshop (taller), given by one or more organisations. */
  | 'WORKSHOP';

/** How to sort Event records. */
export type EventOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: EventOrderField;
};

/** Fields events can be sorted by. */
export type EventOrderField =
  /** Kind. */
  | 'KIND'
  /** Start date (undated events last). */
  | 'START_DATE'
  /** Title. */
  | 'TITLE';

/** The part an organisation played in an event. */
export type EventOrganizationRole =
  /** Lent the venue. */
  | 'HOST'
  /** Gave the workshop or talk. */
  | 'INSTRUCTOR'
  /** Convened or organised the event. */
  | 'ORGANIZER'
  /** Was represented among those present. */
  | 'PARTICIPANT';

/** Conditions on exercises. */
export type ExerciseFilter = {
  /** true: only demonstration exercises; false: none of them. */
  isDemo?: boolean | null | undefined;
  /** true: only synthetic (generated) exercises; false: none of them. */
  isSynthetic?: boolean | null | undefined;
  /** Part of the title, ignoring case. */
  search?: string | null | undefined;
  /** Only exercises of the state with this ISO 3166-2 code, e.g. "MX-COA". */
  stateCode?: string | null | undefined;
  /** Only exercises of this state. */
  stateId?: string | number | null | undefined;
};

/** A state's Open Government exercise. */
export type ExerciseInput = {
  /** Description. */
  description?: string | null | undefined;
  /** End. */
  endDate?: string | null | undefined;
  /** The national evaluator. */
  evaluatorId?: string | number | null | undefined;
  /** The guarantor body. */
  guarantorId?: string | number | null | undefined;
  /** Demonstration data, kept apart from real exercises. */
  isDemo?: boolean | null | undefined;
  /** When the joint declaration was signed. */
  jointDeclarationOn?: string | null | undefined;
  /** The local authority. */
  localAuthorityId?: string | number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The stage the source says the exercise had reached, in its words. */
  reportedStatus?: string | null | undefined;
  /** Stable key used in URLs (required on create). */
  slug?: string | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** Start. */
  startDate?: string | null | undefined;
  /** The state (required on create). */
  stateId?: string | number | null | undefined;
  /** Title (required on create). */
  title?: string | null | undefined;
};

/** How to sort Exercise records. */
export type ExerciseOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: ExerciseOrderField;
};

/** Fields exercises can be sorted by. */
export type ExerciseOrderField =
  /** Start date. */
  | 'START_DATE'
  /** Title. */
  | 'TITLE';

/** The furthest step an exercise's public records show, whatever words its source uses for it (see reportedStatus). */
export type ExerciseStage =
  /** The joint declaration is signed; no Secretariat is recorded as installed yet. */
  | 'DECLARATION_SIGNED'
  /** A Local Action Plan is published. */
  | 'PLAN_PUBLISHED'
  /** The Technical Secretariat is installed; no plan is recorded as published yet. */
  | 'SECRETARIAT_INSTALLED';

/** Conditions on information deliveries. */
export type InformationDeliveryFilter = {
  /** Only deliveries for this commitment. */
  commitmentId?: string | number | null | undefined;
  /** Only deliveries on or after this date. */
  dateFrom?: string | null | undefined;
  /** Only deliveries on or before this date. */
  dateTo?: string | null | undefined;
  /** Only deliveries by this organisation alone. */
  deliveredById?: string | number | null | undefined;
  /** Only deliveries for commitments of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only deliveries for commitments of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** true: only deliveries with a page count; false: only those without. */
  hasPageCount?: boolean | null | undefined;
  /** Only deliveries for commitments of this plan. */
  planId?: string | number | null | undefined;
  /** Only deliveries of this state (through their exercise), as an institute's dashboard shows its own. */
  stateId?: string | number | null | undefined;
};

/** Information delivered for a commitment, in pages (fojas). */
export type InformationDeliveryInput = {
  /** The commitment (required on create). */
  commitmentId?: string | number | null | undefined;
  /** Who delivered it, in words, when several. */
  deliveredByDescription?: string | null | undefined;
  /** The organisation that delivered it alone. */
  deliveredById?: string | number | null | undefined;
  /** When. */
  deliveredOn?: string | null | undefined;
  /** What was delivered (required on create). */
  description?: string | null | undefined;
  /** Pages (0 or more); give pagesQualifier with it. */
  pages?: number | null | undefined;
  /** EXACT, or MORE_THAN for "more than N pages". */
  pagesQualifier?: CountQualifier | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The request it answers. */
  requestId?: string | number | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
};

/** How to sort InformationDelivery records. */
export type InformationDeliveryOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: InformationDeliveryOrderField;
};

/** Fields deliveries can be sorted by. */
export type InformationDeliveryOrderField =
  /** Delivery date. */
  | 'DELIVERED_ON'
  /** Pages. */
  | 'PAGES';

/** Conditions on information requests. */
export type InformationRequestFilter = {
  /** Only requests for this commitment. */
  commitmentId?: string | number | null | undefined;
  /** Only requests for commitments of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only requests for commitments of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** Only requests for commitments of this plan. */
  planId?: string | number | null | undefined;
  /** Only requests to this organisation. */
  recipientId?: string | number | null | undefined;
  /** Only requests answered in one of these ways. */
  responses?: Array<RequestResponse> | null | undefined;
};

/** Information asked of an agency (recipientId) or of a group (recipientDescription) for a commitment. */
export type InformationRequestInput = {
  /** The commitment (required on create). */
  commitmentId?: string | number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** How many bodies were asked. */
  recipientCount?: number | null | undefined;
  /** Who was asked, in words, for a group. */
  recipientDescription?: string | null | undefined;
  /** The organisation asked. */
  recipientId?: string | number | null | undefined;
  /** When. */
  requestedOn?: string | null | undefined;
  /** How many answered; not more than recipientCount. */
  respondedCount?: number | null | undefined;
  /** How it was answered. */
  response?: RequestResponse | null | undefined;
  /** What is known of the answers. */
  responseNote?: string | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** What was asked (required on create). */
  subject?: string | null | undefined;
};

/** How to sort InformationRequest records. */
export type InformationRequestOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: InformationRequestOrderField;
};

/** Fields requests can be sorted by. */
export type InformationRequestOrderField =
  /** Request date. */
  | 'REQUESTED_ON'
  /** Subject. */
  | 'SUBJECT';

/** Conditions on memberships. */
export type MembershipFilter = {
  /** Only memberships held on this date (its first day, for a month or year). */
  heldOn?: string | null | undefined;
  /** Only memberships held on behalf of this organisation. */
  onBehalfOfId?: string | number | null | undefined;
  /** Only memberships of this person. */
  personId?: string | number | null | undefined;
  /** Only memberships of this seat. */
  postId?: string | number | null | undefined;
  /** Only memberships of seats of this secretariat. */
  secretariatId?: string | number | null | undefined;
};

/** A person holding a seat over [startDate, endDate). */
export type MembershipInput = {
  /** First day no longer held; must come after startDate. Two holders of one seat may not overlap. */
  endDate?: string | null | undefined;
  /** The organisation the holder sits for. */
  onBehalfOfId?: string | number | null | undefined;
  /** The holder; may be null when the source names only the body (then onBehalfOfId is required). */
  personId?: string | number | null | undefined;
  /** The seat (required on create). */
  postId?: string | number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** With no endDate: the last day the sources cover (inclusive). */
  recordedUntil?: string | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** First day held. */
  startDate?: string | null | undefined;
  /** The holder's title. */
  title?: string | null | undefined;
};

/** How to sort Membership records. */
export type MembershipOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: MembershipOrderField;
};

/** Fields memberships can be sorted by. */
export type MembershipOrderField =
  /** Start date. */
  | 'START_DATE';

/** Conditions on milestones. */
export type MilestoneFilter = {
  /** Only milestones of this commitment. */
  commitmentId?: string | number | null | undefined;
  /** Only milestones due on or after this date. */
  dueFrom?: string | null | undefined;
  /** Only milestones due on or before this date. */
  dueTo?: string | null | undefined;
  /** Only milestones of commitments of this plan. */
  planId?: string | number | null | undefined;
  /** Only milestones of this state (through their exercise), as an institute's dashboard shows its own. */
  stateId?: string | number | null | undefined;
  /** Only milestones with one of these statuses. */
  statuses?: Array<MilestoneStatus> | null | undefined;
};

/** A milestone of a commitment. DONE needs evidence: a link, a document of the milestone, or a description of where it is. */
export type MilestoneInput = {
  /** The commitment (required on create). */
  commitmentId?: string | number | null | undefined;
  /** When it was finished. */
  completedOn?: string | null | undefined;
  /** Details and expected result. */
  description?: string | null | undefined;
  /** Due date; not before the start. */
  dueDate?: string | null | undefined;
  /** Where the evidence is, when not online. */
  evidenceDescription?: string | null | undefined;
  /** Link to the evidence. */
  evidenceUrl?: string | null | undefined;
  /** Order within the commitment (required on create). */
  position?: number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** Planned start. */
  startDate?: string | null | undefined;
  /** Status. */
  status?: MilestoneStatus | null | undefined;
  /** What is to be done (required on create). */
  title?: string | null | undefined;
  /** Weight in the commitment's progress (more than 0; default 1). */
  weight?: number | null | undefined;
};

/** How to sort Milestone records. */
export type MilestoneOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: MilestoneOrderField;
};

/** Fields milestones can be sorted by. */
export type MilestoneOrderField =
  /** Due date. */
  | 'DUE_DATE'
  /** Order within the commitment. */
  | 'POSITION'
  /** Status. */
  | 'STATUS';

/** Status of a planned activity (milestone) of a commitment. */
export type MilestoneStatus =
  /** Dropped; excluded from progress. */
  | 'CANCELLED'
  /** Finished, with evidence (a link, a document of the milestone, or a description of where the evidence is). */
  | 'DONE'
  /** Started, not finished. */
  | 'IN_PROGRESS'
  /** Planned, not started. */
  | 'NOT_STARTED';

/** Conditions on municipalities. */
export type MunicipalityFilter = {
  /** Only municipalities of this region. */
  regionId?: string | number | null | undefined;
  /** Part of the name, ignoring case. */
  search?: string | null | undefined;
  /** Only municipalities of the state with this ISO 3166-2 code, e.g. "MX-COA". */
  stateCode?: string | null | undefined;
  /** Only municipalities of this state. */
  stateId?: string | number | null | undefined;
  /** Only municipalities in this IANA time zone, e.g. "America/Matamoros". */
  timeZone?: string | null | undefined;
};

/** How to sort Municipality records. */
export type MunicipalityOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: MunicipalityOrderField;
};

/** Fields municipalities can be sorted by. */
export type MunicipalityOrderField =
  /** INEGI geostatistical key. */
  | 'CVEGEO'
  /** Name. */
  | 'NAME';

/** Conditions on organisations. */
export type OrganizationFilter = {
  /** Only organisations responsible for or following a commitment of this exercise, or taking part in its events or agreements. */
  exerciseId?: string | number | null | undefined;
  /** Only organisations involved (as for exerciseId) in any part of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** Only organisations of these kinds. */
  kinds?: Array<OrganizationKind> | null | undefined;
  /** Only organisations that are part of this one. */
  parentId?: string | number | null | undefined;
  /** Part of the name or abbreviation, ignoring case. */
  search?: string | null | undefined;
};

/** An organisation. */
export type OrganizationInput = {
  /** Abbreviation. */
  abbreviation?: string | null | undefined;
  /** When it was abolished. */
  dissolutionDate?: string | null | undefined;
  /** When it was created. */
  foundingDate?: string | null | undefined;
  /** Kind of body (required on create). */
  kind?: OrganizationKind | null | undefined;
  /** For municipal bodies, the municipality. */
  municipalityId?: string | number | null | undefined;
  /** Full name (required on create). */
  name?: string | null | undefined;
  /** The organisation it is part of. */
  parentId?: string | number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** Stable key, lowercase words joined by hyphens (required on create). */
  slug?: string | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** The state it belongs to; empty for national bodies. */
  stateId?: string | number | null | undefined;
};

/** What kind of body an organisation is. */
export type OrganizationKind =
  /** A constitutionally autonomous public body, e.g. a state audit office. */
  | 'AUTONOMOUS_BODY'
  /** A chamber of commerce or business organisation. */
  | 'CHAMBER'
  /** A civil-society organisation (OSC, asociación civil, union or movement). */
  | 'CIVIL_SOCIETY_ORGANIZATION'
  /** A collegiate body made up of other organisations, e.g. a Technical Secretariat. */
  | 'COLLEGIATE_BODY'
  /** A federal public agency (dependencia federal), e.g. CONAGUA. */
  | 'FEDERAL_AGENCY'
  /** A state's transparency guarantor body (órgano garante), e.g. ICAI. */
  | 'GUARANTOR_BODY'
  /** An international organisation, e.g. Global Integrity. */
  | 'INTERNATIONAL_ORGANIZATION'
  /** A judicial body. */
  | 'JUDICIARY'
  /** A legislative body, e.g. the state congress. */
  | 'LEGISLATURE'
  /** The state government's body that represents the local authority in the Secretariat. */
  | 'LOCAL_AUTHORITY'
  /** A municipal government (ayuntamiento) or one of its agencies. */
  | 'MUNICIPAL_AGENCY'
  /** The national transparency guarantor and evaluator of the exercises (INAI until 2025). */
  | 'NATIONAL_GUARANTOR_BODY'
  /** A private company, e.g. a water concessionaire. */
  | 'PRIVATE_COMPANY'
  /** A state public agency (dependencia estatal), e.g. the state finance ministry. */
  | 'STATE_AGENCY'
  /** A university or school. */
  | 'UNIVERSITY'
  /** A municipal water and sanitation operator (organismo operador de agua, SIMAS). */
  | 'WATER_OPERATOR';

/** How to sort Organization records. */
export type OrganizationOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: OrganizationOrderField;
};

/** Fields organisations can be sorted by. */
export type OrganizationOrderField =
  /** Kind. */
  | 'KIND'
  /** Name. */
  | 'NAME';

/** How a one-time link reaches its person. */
export type PasswordLinkDelivery =
  /** Sent by e-mail through the configured SMTP server; the admin never sees the link. */
  | 'EMAIL'
  /** No e-mail was sent (no SMTP server configured, or it failed): the admin passes the link on. */
  | 'LINK';

/** Why a one-time link to set a password was issued. */
export type PasswordLinkPurpose =
  /** A new account, invited to set its first password. */
  | 'INVITATION'
  /** An existing account whose password an admin reset. */
  | 'PASSWORD_RESET';

/** Conditions on people. */
export type PersonFilter = {
  /** Part of the name, ignoring case. */
  search?: string | null | undefined;
  /** Only people who held a seat of this secretariat. */
  secretariatId?: string | number | null | undefined;
};

/** A person. */
export type PersonInput = {
  /** Honorific, e.g. "Lic.". */
  honorificPrefix?: string | null | undefined;
  /** Full name without honorific (required on create). */
  name?: string | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** The state whose exercise names the person. */
  stateId?: string | number | null | undefined;
};

/** How to sort Person records. */
export type PersonOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: PersonOrderField;
};

/** Fields people can be sorted by. */
export type PersonOrderField =
  /** Name. */
  | 'NAME';

/** Conditions on seats. */
export type PostFilter = {
  /** Only seats for this region (regional liaisons). */
  regionId?: string | number | null | undefined;
  /** Only seats of this kind. */
  role?: SeatRole | null | undefined;
  /** Only seats of this secretariat. */
  secretariatId?: string | number | null | undefined;
  /** Only seats of this sector. */
  sector?: Sector | null | undefined;
};

/** A seat of a Secretariat. */
export type PostInput = {
  /** Label (required on create). */
  label?: string | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** Region, for regional liaisons. */
  regionId?: string | number | null | undefined;
  /** Kind of seat (required on create). */
  role?: SeatRole | null | undefined;
  /** The Secretariat (required on create). */
  secretariatId?: string | number | null | undefined;
  /** Sector. */
  sector?: Sector | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** Whether the seat votes; null when the source does not say. */
  voting?: boolean | null | undefined;
};

/** How to sort Post records. */
export type PostOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: PostOrderField;
};

/** Fields seats can be sorted by. */
export type PostOrderField =
  /** Label. */
  | 'LABEL'
  /** Kind of seat. */
  | 'ROLE';

/** Why a commitment's progress cannot be computed. */
export type ProgressUnknownReason =
  /** The commitment has no plan of milestones to measure progress against. */
  | 'NO_MILESTONES'
  /** Every milestone is cancelled, so no weight is left to measure against. */
  | 'NO_WEIGHTED_MILESTONES';

/** Whether a record is visible to the public. */
export type Publication =
  /** Seen only by staff whose scope covers it. */
  | 'DRAFT'
  /** Seen by everyone. */
  | 'PUBLISHED';

/** Conditions on recommendations. */
export type RecommendationFilter = {
  /** Only recommendations from this evaluation. */
  evaluationId?: string | number | null | undefined;
  /** Only recommendations for this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only recommendations of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** Only recommendations of these kinds. */
  kinds?: Array<RecommendationKind> | null | undefined;
};

/** A recommendation or area of opportunity. */
export type RecommendationInput = {
  /** The evaluation it arose from. */
  evaluationId?: string | number | null | undefined;
  /** The exercise (required on create). */
  exerciseId?: string | number | null | undefined;
  /** The organisation that made it. */
  issuedById?: string | number | null | undefined;
  /** The person who made it. */
  issuedByPersonId?: string | number | null | undefined;
  /** When. */
  issuedOn?: string | null | undefined;
  /** Kind (required on create). */
  kind?: RecommendationKind | null | undefined;
  /** Order within its kind (required on create). */
  position?: number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** The recommendation (required on create). */
  text?: string | null | undefined;
};

/** Where a recommendation or lesson comes from. */
export type RecommendationKind =
  /** An area of opportunity (área de oportunidad) the exercise found in itself. */
  | 'AREA_OF_OPPORTUNITY'
  /** A recommendation arising from the national evaluator's evaluation of the plan. */
  | 'EVALUATOR_RECOMMENDATION'
  /** A recommendation for continuing the exercise after this plan. */
  | 'NEXT_EXERCISE_RECOMMENDATION';

/** How to sort Recommendation records. */
export type RecommendationOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: RecommendationOrderField;
};

/** Fields recommendations can be sorted by. */
export type RecommendationOrderField =
  /** Kind. */
  | 'KIND'
  /** Order within their kind. */
  | 'POSITION';

/** A kind of record staff write, by its type name (its mutations are `create<Name>`, `update<Name>`…). */
export type RecordKindName =
  /** ActionPlan records: `createActionPlan`, `updateActionPlan`… */
  | 'ActionPlan'
  /** Agreement records: `createAgreement`, `updateAgreement`… */
  | 'Agreement'
  /** Commitment records: `createCommitment`, `updateCommitment`… */
  | 'Commitment'
  /** Document records: `createDocument`, `updateDocument`… */
  | 'Document'
  /** Evaluation records: `createEvaluation`, `updateEvaluation`… */
  | 'Evaluation'
  /** EvaluationCriterion records: `createEvaluationCriterion`, `updateEvaluationCriterion`… */
  | 'EvaluationCriterion'
  /** EvaluationScore records: `createEvaluationScore`, `updateEvaluationScore`… */
  | 'EvaluationScore'
  /** Event records: `createEvent`, `updateEvent`… */
  | 'Event'
  /** Exercise records: `createExercise`, `updateExercise`… */
  | 'Exercise'
  /** InformationDelivery records: `createInformationDelivery`, `updateInformationDelivery`… */
  | 'InformationDelivery'
  /** InformationRequest records: `createInformationRequest`, `updateInformationRequest`… */
  | 'InformationRequest'
  /** Membership records: `createMembership`, `updateMembership`… */
  | 'Membership'
  /** Milestone records: `createMilestone`, `updateMilestone`… */
  | 'Milestone'
  /** Organization records: `createOrganization`, `updateOrganization`… */
  | 'Organization'
  /** Person records: `createPerson`, `updatePerson`… */
  | 'Person'
  /** Post records: `createPost`, `updatePost`… */
  | 'Post'
  /** Recommendation records: `createRecommendation`, `updateRecommendation`… */
  | 'Recommendation'
  /** Region records: `createRegion`, `updateRegion`… */
  | 'Region'
  /** Secretariat records: `createSecretariat`, `updateSecretariat`… */
  | 'Secretariat'
  /** Session records: `createSession`, `updateSession`… */
  | 'Session'
  /** SessionAttendance records: `createSessionAttendance`, `updateSessionAttendance`… */
  | 'SessionAttendance'
  /** Theme records: `createTheme`, `updateTheme`… */
  | 'Theme'
  /** Venue records: `createVenue`, `updateVenue`… */
  | 'Venue';

/** Conditions on regions. */
export type RegionFilter = {
  /** Only regions of the state with this ISO 3166-2 code, e.g. "MX-COA". */
  stateCode?: string | null | undefined;
  /** Only regions of this state. */
  stateId?: string | number | null | undefined;
};

/** A region of a state. */
export type RegionInput = {
  /** Name of the region (required on create). */
  name?: string | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The region's seat (main municipality). */
  seatMunicipalityId?: string | number | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** The state (required on create). */
  stateId?: string | number | null | undefined;
};

/** How to sort Region records. */
export type RegionOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: RegionOrderField;
};

/** Fields regions can be sorted by. */
export type RegionOrderField =
  /** Name. */
  | 'NAME';

/** How an information request was answered. */
export type RequestResponse =
  /** Answered fully. */
  | 'FULL'
  /** Not answered. */
  | 'NONE'
  /** Answered in part (for a group of recipients: some did not answer, or answered in part, as in "34 de los 38 Oos enviaron, algunos de manera parcial"). */
  | 'PARTIAL'
  /** The source does not say. */
  | 'UNKNOWN';

/** Civil society's answer to the status an agency reported for a milestone. */
export type ReviewVerdict =
  /** The reported status is right. */
  | 'CONFIRMED'
  /** The reported status is not right; the comment says why. */
  | 'DISPUTED';

/** The kind of seat (post) in a Technical Secretariat. */
export type SeatRole =
  /** A sector's alternate (suplente), who votes in the representative's absence. */
  | 'ALTERNATE'
  /** Chairs the sessions, writes the minutes and keeps the list of agreements (facilitador). */
  | 'FACILITATOR'
  /** Presides over the Secretariat (presidente del Secretariado). */
  | 'PRESIDENT'
  /** Civil society's liaison for a region (enlace regional): voice, no vote. */
  | 'REGIONAL_LIAISON'
  /** A regional liaison's alternate (suplente del enlace). */
  | 'REGIONAL_LIAISON_ALTERNATE'
  /** A sector's voting representative (representante). */
  | 'REPRESENTATIVE';

/** Conditions on secretariats. */
export type SecretariatFilter = {
  /** Only the secretariat of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only the secretariat of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
};

/** A Technical Secretariat. */
export type SecretariatInput = {
  /** Abbreviation. */
  abbreviation?: string | null | undefined;
  /** How it decides. */
  decisionRule?: string | null | undefined;
  /** Seats per sector as the source declares them; sectors it gives no figure for are left out. */
  declaredSeats?: Array<DeclaredSeatsInput> | null | undefined;
  /** The exercise it runs (required on create). */
  exerciseId?: string | number | null | undefined;
  /** When it was installed. */
  installedOn?: string | null | undefined;
  /** Name (required on create). */
  name?: string | null | undefined;
  /** Order of installation in the country. */
  nationalOrder?: number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
};

/** How to sort Secretariat records. */
export type SecretariatOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: SecretariatOrderField;
};

/** Fields secretariats can be sorted by. */
export type SecretariatOrderField =
  /** Installation date. */
  | 'INSTALLED_ON'
  /** Name. */
  | 'NAME';

/** The three sectors seated in a Technical Secretariat. */
export type Sector =
  /** Civil society (sociedad civil). */
  | 'CIVIL_SOCIETY'
  /** The state transparency guarantor body (órgano garante). */
  | 'GUARANTOR_BODY'
  /** The local authority (autoridad local), the state government. */
  | 'LOCAL_AUTHORITY';

/** An attendee of a session: at least one of a seat, an organisation, a person or a description. */
export type SessionAttendanceInput = {
  /** Who attended, in the source's words, when it names a group. */
  description?: string | null | undefined;
  /** An organisation that attended. */
  organizationId?: string | number | null | undefined;
  /** A person who attended. */
  personId?: string | number | null | undefined;
  /** A seat of the session's Secretariat that was present. */
  postId?: string | number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The session (required on create). */
  sessionId?: string | number | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
};

/** Conditions on sessions. */
export type SessionFilter = {
  /** Only sessions on or after this date. */
  dateFrom?: string | null | undefined;
  /** Only sessions on or before this date. */
  dateTo?: string | null | undefined;
  /** Only sessions of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only sessions of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
  /** Only sessions held in this municipality. */
  municipalityId?: string | number | null | undefined;
  /** Only sessions held in a municipality of this region. */
  regionId?: string | number | null | undefined;
  /** Only sessions of this secretariat. */
  secretariatId?: string | number | null | undefined;
  /** Only ordinary or only extraordinary sessions. */
  type?: SessionType | null | undefined;
};

/** A session of a Secretariat. Its number is unique within the Secretariat and type. */
export type SessionInput = {
  /** Who called it. */
  convenedBy?: string | null | undefined;
  /** Date (required on create). */
  date?: string | null | undefined;
  /** Municipality (city). */
  municipalityId?: string | number | null | undefined;
  /** True when the municipality is inferred, not stated by the source (the source note says from what). */
  municipalityInferred?: boolean | null | undefined;
  /** Number within the Secretariat and type (required on create). */
  number?: number | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The Secretariat (required on create). */
  secretariatId?: string | number | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
  /** What it dealt with. */
  summary?: string | null | undefined;
  /** Ordinary or extraordinary (required on create). */
  type?: SessionType | null | undefined;
  /** Venue. */
  venueId?: string | number | null | undefined;
};

/** How to sort Session records. */
export type SessionOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: SessionOrderField;
};

/** Fields sessions can be sorted by. */
export type SessionOrderField =
  /** Date. */
  | 'DATE'
  /** Number (ordinary and extraordinary interleave). */
  | 'NUMBER';

/** Whether a Secretariat session was ordinary (scheduled) or extraordinary (called ad hoc). */
export type SessionType =
  /** An extraordinary session (sesión extraordinaria), called when needed. */
  | 'EXTRAORDINARY'
  /** An ordinary session (sesión ordinaria), on the agreed calendar. */
  | 'ORDINARY';

/** Sort order. */
export type SortDirection =
  /** Ascending (A to Z, oldest first). */
  | 'ASC'
  /** Descending (Z to A, newest first). */
  | 'DESC';

/** Conditions on source documents. */
export type SourceDocumentFilter = {
  /** Part of the title, ignoring case. */
  search?: string | null | undefined;
};

/** How to sort SourceDocument records. */
export type SourceDocumentOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: SourceDocumentOrderField;
};

/** Fields documents can be sorted by. */
export type SourceDocumentOrderField =
  /** Key. */
  | 'KEY'
  /** Title. */
  | 'TITLE';

/** A new staff account with an initial password. */
export type StaffAccountInput = {
  /** Name shown to other staff. */
  displayName: string;
  /** Sign-in email. */
  email: string;
  /** Its organisation: required for agency editors and civil-society followers. */
  organizationId?: string | number | null | undefined;
  /** Initial password (at least 12 characters); the person changes it after signing in. */
  password: string;
  /** What the account may do. */
  role: StaffRole;
  /** The state it works in, only where its organisation has none: an institute admin's own state, or the state a national body's local office is limited to (platform admin). Otherwise the state is its organisation's; a different one is refused. */
  stateId?: string | number | null | undefined;
};

/** A new staff account invited to set its own password (by e-mail when SMTP is configured, else through a link the admin passes on). */
export type StaffAccountInvitationInput = {
  /** Name shown to other staff. */
  displayName: string;
  /** Sign-in email. */
  email: string;
  /** Its organisation: required for agency editors and civil-society followers. */
  organizationId?: string | number | null | undefined;
  /** What the account may do. */
  role: StaffRole;
  /** The state it works in, only where its organisation has none: an institute admin's own state, or the state a national body's local office is limited to (platform admin). Otherwise the state is its organisation's; a different one is refused. */
  stateId?: string | number | null | undefined;
};

/** Changes to a staff account; fields left out stay as they are. The same rules as for a new account apply to the result. */
export type StaffAccountUpdateInput = {
  /** Name shown to other staff. */
  displayName?: string | null | undefined;
  /** Sign-in email (to fix a typo: the account keeps its history and sessions). */
  email?: string | null | undefined;
  /** Its organisation (null to clear it). */
  organizationId?: string | number | null | undefined;
  /** What the account may do. */
  role?: StaffRole | null | undefined;
  /** Its state (null to clear it). */
  stateId?: string | number | null | undefined;
};

/** What a staff account may do. Scope always comes from the records themselves, never from the client. */
export type StaffRole =
  /** Keeps the milestones, information requests and deliveries, meetings and agreement follow-up of the commitments its organisation is responsible for. */
  | 'AGENCY_EDITOR'
  /** Confirms or disputes, with a comment, the reported status of milestones of the commitments its organisation follows. */
  | 'CIVIL_SOCIETY_FOLLOWER'
  /** Keeps everything of its state's exercises, staff accounts of its state included. */
  | 'INSTITUTE_ADMIN'
  /** Reads everything of every state; writes nothing but evaluations (rubric scores and recommendations). */
  | 'NATIONAL_EVALUATOR'
  /** Everything; creates the institutes' admins. */
  | 'PLATFORM_ADMIN';

/** Conditions on states. */
export type StateFilter = {
  /** Part of the name, ignoring case. */
  search?: string | null | undefined;
};

/** How to sort State records. */
export type StateOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: StateOrderField;
};

/** Fields states can be sorted by. */
export type StateOrderField =
  /** ISO 3166-2 code. */
  | 'CODE'
  /** INEGI key. */
  | 'INEGI_KEY'
  /** Name. */
  | 'NAME';

/** Conditions on themes. */
export type ThemeFilter = {
  /** Only themes of this exercise. */
  exerciseId?: string | number | null | undefined;
  /** Only themes of the exercise with this slug (e.g. "coahuila-2015-2017"), so a page that knows only the slug needs no second request. */
  exerciseSlug?: string | null | undefined;
};

/** A theme of the working tables. */
export type ThemeInput = {
  /** The exercise (required on create). */
  exerciseId?: string | number | null | undefined;
  /** Name (required on create). */
  name?: string | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
};

/** How to sort Theme records. */
export type ThemeOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: ThemeOrderField;
};

/** Fields themes can be sorted by. */
export type ThemeOrderField =
  /** Name. */
  | 'NAME';

/** How a total is to be read: exact, a lower bound, or unknown because the source counts nothing it adds up. */
export type TotalQualifier =
  /** Every delivery is counted exactly: the total is exact. */
  | 'EXACT'
  /** The total is a lower bound: a count added is "more than N", or some deliveries are not counted. */
  | 'MORE_THAN'
  /** The source gives no count (or no delivery is recorded): the total is null, never 0. */
  | 'UNKNOWN';

/** Conditions on venues. */
export type VenueFilter = {
  /** Only venues in this municipality. */
  municipalityId?: string | number | null | undefined;
  /** Part of the name, ignoring case. */
  search?: string | null | undefined;
};

/** A venue where sessions and events are held. */
export type VenueInput = {
  /** The municipality it is in (required on create). */
  municipalityId?: string | number | null | undefined;
  /** Name of the venue (required on create). */
  name?: string | null | undefined;
  /** DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise. */
  publication?: Publication | null | undefined;
  /** The source document the record comes from. */
  sourceDocumentId?: string | number | null | undefined;
  /** The section or sentence of the source the record comes from. */
  sourceNote?: string | null | undefined;
};

/** How to sort Venue records. */
export type VenueOrder = {
  /** Sort direction. */
  direction?: SortDirection;
  /** Field to sort by. */
  field?: VenueOrderField;
};

/** Fields venues can be sorted by. */
export type VenueOrderField =
  /** Name. */
  | 'NAME';

export type ActionPlanRowFragment = { id: string, version: number, publication: Publication, title: string, startYear: number | null, endYear: number | null, publishedOn: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } };

export type ActionPlanRecordFragment = { agreedOn: string | null, signedOn: string | null, publishedIn: string | null, workStartOn: string | null, methodology: string | null, updatedAt: string, id: string, version: number, publication: Publication, title: string, startYear: number | null, endYear: number | null, publishedOn: string | null, agreedAtSession: { id: string, number: number, type: SessionType, date: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, commitments: Array<{ id: string, number: number | null, title: string, isProactive: boolean, publication: Publication, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } }>, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } };

export type ListActionPlansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ActionPlanFilter | null | undefined;
  orderBy?: ActionPlanOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListActionPlansQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, title: string, startYear: number | null, endYear: number | null, publishedOn: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } }> } };

export type GetActionPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type GetActionPlanQuery = { record: { agreedOn: string | null, signedOn: string | null, publishedIn: string | null, workStartOn: string | null, methodology: string | null, updatedAt: string, id: string, version: number, publication: Publication, title: string, startYear: number | null, endYear: number | null, publishedOn: string | null, agreedAtSession: { id: string, number: number, type: SessionType, date: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, commitments: Array<{ id: string, number: number | null, title: string, isProactive: boolean, publication: Publication, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } }>, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } } };

export type CreateActionPlanMutationVariables = Exact<{
  input: ActionPlanInput;
}>;


export type CreateActionPlanMutation = { record: { agreedOn: string | null, signedOn: string | null, publishedIn: string | null, workStartOn: string | null, methodology: string | null, updatedAt: string, id: string, version: number, publication: Publication, title: string, startYear: number | null, endYear: number | null, publishedOn: string | null, agreedAtSession: { id: string, number: number, type: SessionType, date: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, commitments: Array<{ id: string, number: number | null, title: string, isProactive: boolean, publication: Publication, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } }>, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } } };

export type UpdateActionPlanMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ActionPlanInput;
}>;


export type UpdateActionPlanMutation = { record: { agreedOn: string | null, signedOn: string | null, publishedIn: string | null, workStartOn: string | null, methodology: string | null, updatedAt: string, id: string, version: number, publication: Publication, title: string, startYear: number | null, endYear: number | null, publishedOn: string | null, agreedAtSession: { id: string, number: number, type: SessionType, date: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, commitments: Array<{ id: string, number: number | null, title: string, isProactive: boolean, publication: Publication, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } }>, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier } } };

export type DeleteActionPlanMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteActionPlanMutation = { record: { id: string, version: number } };

export type RestoreActionPlanMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreActionPlanMutation = { record: { id: string } };

export type ActivityQueryVariables = Exact<{
  recordId?: string | number | null | undefined;
  entity?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActivityQuery = { page: { totalCount: number, nodes: Array<{ id: string, action: AuditAction, at: string, entity: string, recordId: string, role: StaffRole | null, account: { id: string, displayName: string } | null, organization: { id: string, name: string, abbreviation: string | null } | null, changes: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type AgreementRowFragment = { id: string, version: number, publication: Publication, position: number, text: string, status: AgreementStatus, statusNote: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, responsible: Array<{ id: string, name: string, abbreviation: string | null }>, session: { id: string, number: number, type: SessionType, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } | null, event: { id: string, title: string, kind: EventKind, startDate: string | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } | null };

export type AgreementRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, position: number, text: string, status: AgreementStatus, statusNote: string | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, responsible: Array<{ id: string, name: string, abbreviation: string | null }>, session: { id: string, number: number, type: SessionType, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } | null, event: { id: string, title: string, kind: EventKind, startDate: string | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } | null };

export type ListAgreementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AgreementFilter | null | undefined;
  orderBy?: AgreementOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListAgreementsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, position: number, text: string, status: AgreementStatus, statusNote: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, responsible: Array<{ id: string, name: string, abbreviation: string | null }>, session: { id: string, number: number, type: SessionType, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } | null, event: { id: string, title: string, kind: EventKind, startDate: string | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } | null }> } };

export type GetAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type GetAgreementQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, position: number, text: string, status: AgreementStatus, statusNote: string | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, responsible: Array<{ id: string, name: string, abbreviation: string | null }>, session: { id: string, number: number, type: SessionType, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } | null, event: { id: string, title: string, kind: EventKind, startDate: string | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } | null } };

export type CreateAgreementMutationVariables = Exact<{
  input: AgreementInput;
}>;


export type CreateAgreementMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, position: number, text: string, status: AgreementStatus, statusNote: string | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, responsible: Array<{ id: string, name: string, abbreviation: string | null }>, session: { id: string, number: number, type: SessionType, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } | null, event: { id: string, title: string, kind: EventKind, startDate: string | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } | null } };

export type UpdateAgreementMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: AgreementInput;
}>;


export type UpdateAgreementMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, position: number, text: string, status: AgreementStatus, statusNote: string | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, responsible: Array<{ id: string, name: string, abbreviation: string | null }>, session: { id: string, number: number, type: SessionType, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } | null, event: { id: string, title: string, kind: EventKind, startDate: string | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } | null } };

export type DeleteAgreementMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteAgreementMutation = { record: { id: string, version: number } };

export type RestoreAgreementMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreAgreementMutation = { record: { id: string } };

export type CommitmentRowFragment = { version: number, publication: Publication, isProactive: boolean, id: string, number: number | null, title: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> };

export type CommitmentRecordFragment = { objective: string | null, activationCondition: string | null, responsibleAgenciesInferred: boolean, updatedAt: string, version: number, publication: Publication, isProactive: boolean, id: string, number: number | null, title: string, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, participatingAgencies: Array<{ id: string }>, themes: Array<{ id: string, name: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> };

export type ListCommitmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CommitmentFilter | null | undefined;
  orderBy?: CommitmentOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListCommitmentsQuery = { page: { totalCount: number, nodes: Array<{ version: number, publication: Publication, isProactive: boolean, id: string, number: number | null, title: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } };

export type GetCommitmentQueryVariables = Exact<{
  id: string | number;
}>;


export type GetCommitmentQuery = { record: { objective: string | null, activationCondition: string | null, responsibleAgenciesInferred: boolean, updatedAt: string, version: number, publication: Publication, isProactive: boolean, id: string, number: number | null, title: string, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, participatingAgencies: Array<{ id: string }>, themes: Array<{ id: string, name: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type CreateCommitmentMutationVariables = Exact<{
  input: CommitmentInput;
}>;


export type CreateCommitmentMutation = { record: { objective: string | null, activationCondition: string | null, responsibleAgenciesInferred: boolean, updatedAt: string, version: number, publication: Publication, isProactive: boolean, id: string, number: number | null, title: string, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, participatingAgencies: Array<{ id: string }>, themes: Array<{ id: string, name: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type UpdateCommitmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CommitmentInput;
}>;


export type UpdateCommitmentMutation = { record: { objective: string | null, activationCondition: string | null, responsibleAgenciesInferred: boolean, updatedAt: string, version: number, publication: Publication, isProactive: boolean, id: string, number: number | null, title: string, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, participatingAgencies: Array<{ id: string }>, themes: Array<{ id: string, name: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type DeleteCommitmentMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteCommitmentMutation = { record: { id: string, version: number } };

export type RestoreCommitmentMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreCommitmentMutation = { record: { id: string } };

export type CommitmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitmentDetailQuery = { commitment: { objective: string | null, activationCondition: string | null, responsibleAgenciesInferred: boolean, updatedAt: string, version: number, publication: Publication, isProactive: boolean, id: string, number: number | null, title: string, plan: { id: string, title: string, exercise: { id: string, title: string } }, milestones: Array<{ id: string, version: number, publication: Publication, position: number, title: string, description: string | null, status: MilestoneStatus, weight: number, startDate: string | null, dueDate: string | null, completedOn: string | null, evidenceUrl: string | null, evidenceDescription: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, reviews: Array<{ id: string, verdict: ReviewVerdict, comment: string, reviewedStatus: MilestoneStatus, createdAt: string, organization: { id: string, name: string, abbreviation: string | null } }> }>, meetings: Array<{ id: string, version: number, publication: Publication, kind: EventKind, title: string, startDate: string | null, endDate: string | null, municipality: { id: string, name: string } | null, agreements: Array<{ id: string, status: AgreementStatus, text: string }> }>, informationRequests: Array<{ id: string, version: number, publication: Publication, subject: string, requestedOn: string | null, response: RequestResponse, recipientDescription: string | null, recipientCount: number | null, respondedCount: number | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, recipient: { id: string, name: string, abbreviation: string | null } | null }>, informationDeliveries: Array<{ id: string, version: number, publication: Publication, description: string, deliveredOn: string | null, pages: number | null, pagesQualifier: CountQualifier | null, deliveredByDescription: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, deliveredBy: { id: string, name: string, abbreviation: string | null } | null }>, evaluationScores: Array<{ score: number | null, criterion: { id: string, code: string, label: string, dimension: CriterionDimension, position: number } }>, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, participatingAgencies: Array<{ id: string }>, themes: Array<{ id: string, name: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type AbilitiesFragment = { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> };

export type ExerciseRefFragment = { id: string, title: string };

export type CommitmentRefFragment = { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> };

export type SecretariatRefFragment = { id: string, name: string, exercise: { id: string, title: string } };

export type SourceFragment = { note: string | null, document: { id: string, title: string } | null };

export type OrgNameFragment = { id: string, name: string, abbreviation: string | null };

export type RecordHistoryQueryVariables = Exact<{
  recordId: string | number;
}>;


export type RecordHistoryQuery = { recordHistory: Array<{ id: string, action: AuditAction, at: string, entity: string, role: StaffRole | null, requestId: string | null, account: { id: string, displayName: string, email: string } | null, organization: { id: string, name: string, abbreviation: string | null } | null, changes: Array<{ field: string, before: unknown, after: unknown }> }> };

export type PublicHistoryQueryVariables = Exact<{
  recordId: string | number;
}>;


export type PublicHistoryQuery = { publicHistory: Array<{ action: AuditAction, at: string, entity: string, organization: { id: string, name: string, abbreviation: string | null } | null, changes: Array<{ field: string, before: unknown, after: unknown }> }> };

export type CompareExercisesQueryVariables = Exact<{
  filter?: ExerciseFilter | null | undefined;
}>;


export type CompareExercisesQuery = { compareExercises: Array<{ exerciseId: string, slug: string, title: string, stateCode: string, isSynthetic: boolean, isDemo: boolean, stage: ExerciseStage | null, reportedStatus: string | null, secretariat: { installedOn: string | null, sectors: Array<{ sector: Sector, declaredSeats: number | null, seatsListed: number, seatsOpen: number, bodiesNamed: number }> } | null, commitments: { plans: number, regular: number | null, proactive: number | null, total: number, withMeasuredProgress: number, withUnknownProgress: number, complete: number | null, averageProgressPercent: number | null }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesWithoutPageCount: number }, informationRequests: { total: number, answeredFully: number, answeredPartially: number, notAnswered: number, responseUnknown: number } | null, sessions: { total: number, ordinary: number, extraordinary: number } | null, agreements: { total: number, done: number, pending: number } | null, attendance: { value: number, qualifier: CountQualifier } | null, daysToSecretariatInstallation: { days: number | null, atLeast: number | null, atMost: number | null }, daysToPlanPublication: { days: number | null, atLeast: number | null, atMost: number | null }, evaluation: { scoresKnown: number, scoresExpected: number, averageQualityScore: number | null, averageRelevanceScore: number | null } }> };

export type DashboardCommitmentsQueryVariables = Exact<{
  filter?: CommitmentFilter | null | undefined;
  withMilestones: boolean;
}>;


export type DashboardCommitmentsQuery = { commitments: { totalCount: number, nodes: Array<{ id: string, number: number | null, title: string, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, milestones?: Array<{ id: string, title: string, status: MilestoneStatus, dueDate: string | null }> }> } };

export type OverdueMilestonesQueryVariables = Exact<{
  today: string;
  stateId?: string | number | null | undefined;
}>;


export type OverdueMilestonesQuery = { milestones: { totalCount: number, nodes: Array<{ id: string, title: string, status: MilestoneStatus, dueDate: string | null, commitment: { id: string, number: number | null, title: string } }> } };

export type PendingAgreementsQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
}>;


export type PendingAgreementsQuery = { agreements: { totalCount: number, nodes: Array<{ id: string, position: number, text: string, status: AgreementStatus, session: { id: string, number: number, type: SessionType, date: string } | null, event: { id: string, title: string } | null, responsible: Array<{ id: string, name: string, abbreviation: string | null }> }> } };

export type DeliveriesTimelineQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: InformationDeliveryFilter | null | undefined;
}>;


export type DeliveriesTimelineQuery = { page: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, deliveredOn: string | null, pages: number | null, pagesQualifier: CountQualifier | null, publication: Publication }> } };

export type DocumentsOfQueryVariables = Exact<{
  filter: DocumentFilter;
}>;


export type DocumentsOfQuery = { page: { nodes: Array<{ id: string, version: number, publication: Publication, title: string, kind: DocumentKind, date: string | null, fileName: string, downloadPath: string, size: number, mediaType: string }> } };

export type CreateDocumentForMutationVariables = Exact<{
  input: DocumentInput;
}>;


export type CreateDocumentForMutation = { record: { id: string } };

export type EvaluationCriterionRowFragment = { id: string, version: number, publication: Publication, code: string, label: string, dimension: CriterionDimension, position: number, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluation: { id: string, title: string, plan: { id: string, exercise: { id: string, title: string } } } };

export type EvaluationCriterionRecordFragment = { question: string | null, updatedAt: string, id: string, version: number, publication: Publication, code: string, label: string, dimension: CriterionDimension, position: number, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluation: { id: string, title: string, plan: { id: string, exercise: { id: string, title: string } } } };

export type ListEvaluationCriteriaQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EvaluationCriterionFilter | null | undefined;
  orderBy?: EvaluationCriterionOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListEvaluationCriteriaQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, code: string, label: string, dimension: CriterionDimension, position: number, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluation: { id: string, title: string, plan: { id: string, exercise: { id: string, title: string } } } }> } };

export type GetEvaluationCriterionQueryVariables = Exact<{
  id: string | number;
}>;


export type GetEvaluationCriterionQuery = { record: { question: string | null, updatedAt: string, id: string, version: number, publication: Publication, code: string, label: string, dimension: CriterionDimension, position: number, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluation: { id: string, title: string, plan: { id: string, exercise: { id: string, title: string } } } } };

export type CreateEvaluationCriterionMutationVariables = Exact<{
  input: EvaluationCriterionInput;
}>;


export type CreateEvaluationCriterionMutation = { record: { question: string | null, updatedAt: string, id: string, version: number, publication: Publication, code: string, label: string, dimension: CriterionDimension, position: number, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluation: { id: string, title: string, plan: { id: string, exercise: { id: string, title: string } } } } };

export type UpdateEvaluationCriterionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: EvaluationCriterionInput;
}>;


export type UpdateEvaluationCriterionMutation = { record: { question: string | null, updatedAt: string, id: string, version: number, publication: Publication, code: string, label: string, dimension: CriterionDimension, position: number, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluation: { id: string, title: string, plan: { id: string, exercise: { id: string, title: string } } } } };

export type DeleteEvaluationCriterionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteEvaluationCriterionMutation = { record: { id: string, version: number } };

export type RestoreEvaluationCriterionMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreEvaluationCriterionMutation = { record: { id: string } };

export type EvaluationRowFragment = { id: string, version: number, publication: Publication, title: string, presentedOn: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluator: { id: string, name: string, abbreviation: string | null }, plan: { id: string, title: string, exercise: { id: string, title: string } } };

export type EvaluationRecordFragment = { scoresNote: string | null, updatedAt: string, id: string, version: number, publication: Publication, title: string, presentedOn: string | null, presentedAt: { id: string, title: string } | null, criteria: Array<{ id: string, code: string, label: string, dimension: CriterionDimension, position: number, question: string | null }>, recommendations: Array<{ id: string, kind: RecommendationKind, position: number, text: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluator: { id: string, name: string, abbreviation: string | null }, plan: { id: string, title: string, exercise: { id: string, title: string } } };

export type ListEvaluationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EvaluationFilter | null | undefined;
  orderBy?: EvaluationOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListEvaluationsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, title: string, presentedOn: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluator: { id: string, name: string, abbreviation: string | null }, plan: { id: string, title: string, exercise: { id: string, title: string } } }> } };

export type GetEvaluationQueryVariables = Exact<{
  id: string | number;
}>;


export type GetEvaluationQuery = { record: { scoresNote: string | null, updatedAt: string, id: string, version: number, publication: Publication, title: string, presentedOn: string | null, presentedAt: { id: string, title: string } | null, criteria: Array<{ id: string, code: string, label: string, dimension: CriterionDimension, position: number, question: string | null }>, recommendations: Array<{ id: string, kind: RecommendationKind, position: number, text: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluator: { id: string, name: string, abbreviation: string | null }, plan: { id: string, title: string, exercise: { id: string, title: string } } } };

export type CreateEvaluationMutationVariables = Exact<{
  input: EvaluationInput;
}>;


export type CreateEvaluationMutation = { record: { scoresNote: string | null, updatedAt: string, id: string, version: number, publication: Publication, title: string, presentedOn: string | null, presentedAt: { id: string, title: string } | null, criteria: Array<{ id: string, code: string, label: string, dimension: CriterionDimension, position: number, question: string | null }>, recommendations: Array<{ id: string, kind: RecommendationKind, position: number, text: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluator: { id: string, name: string, abbreviation: string | null }, plan: { id: string, title: string, exercise: { id: string, title: string } } } };

export type UpdateEvaluationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: EvaluationInput;
}>;


export type UpdateEvaluationMutation = { record: { scoresNote: string | null, updatedAt: string, id: string, version: number, publication: Publication, title: string, presentedOn: string | null, presentedAt: { id: string, title: string } | null, criteria: Array<{ id: string, code: string, label: string, dimension: CriterionDimension, position: number, question: string | null }>, recommendations: Array<{ id: string, kind: RecommendationKind, position: number, text: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, evaluator: { id: string, name: string, abbreviation: string | null }, plan: { id: string, title: string, exercise: { id: string, title: string } } } };

export type DeleteEvaluationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteEvaluationMutation = { record: { id: string, version: number } };

export type RestoreEvaluationMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreEvaluationMutation = { record: { id: string } };

export type CreateEvaluationScoreMutationVariables = Exact<{
  input: EvaluationScoreInput;
}>;


export type CreateEvaluationScoreMutation = { record: { id: string, version: number, score: number | null, publication: Publication } };

export type UpdateEvaluationScoreMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: EvaluationScoreInput;
}>;


export type UpdateEvaluationScoreMutation = { record: { id: string, version: number, score: number | null, publication: Publication } };

export type EvaluationRubricQueryVariables = Exact<{
  id: string | number;
}>;


export type EvaluationRubricQuery = { evaluation: { id: string, title: string, scoresNote: string | null, presentedOn: string | null, evaluator: { id: string, name: string, abbreviation: string | null }, criteria: Array<{ id: string, code: string, label: string, dimension: CriterionDimension, position: number, question: string | null }>, plan: { id: string, title: string, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, isProactive: boolean, viewerCan: { create: Array<RecordKindName> }, evaluationScores: Array<{ score: number | null, criterion: { id: string }, record: { id: string, version: number, score: number | null, publication: Publication, viewerCan: { update: boolean } } | null }> }> } } };

export type EventRowFragment = { id: string, version: number, publication: Publication, kind: EventKind, title: string, startDate: string | null, endDate: string | null, attendeeCount: number | null, attendeeCountQualifier: CountQualifier | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> };

export type EventRecordFragment = { description: string | null, attendanceNote: string | null, startDateInferred: boolean, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, kind: EventKind, title: string, startDate: string | null, endDate: string | null, attendeeCount: number | null, attendeeCountQualifier: CountQualifier | null, parent: { id: string, title: string } | null, region: { id: string, name: string } | null, venue: { id: string, name: string } | null, themes: Array<{ id: string, name: string }>, organizations: Array<{ role: EventOrganizationRole, organization: { id: string, name: string, abbreviation: string | null } }>, agreements: Array<{ id: string, version: number, position: number, text: string, status: AgreementStatus, statusNote: string | null, responsible: Array<{ id: string, name: string, abbreviation: string | null }> }>, children: Array<{ id: string, title: string, startDate: string | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> };

export type ListEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EventFilter | null | undefined;
  orderBy?: EventOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListEventsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, kind: EventKind, title: string, startDate: string | null, endDate: string | null, attendeeCount: number | null, attendeeCountQualifier: CountQualifier | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> }> } };

export type GetEventQueryVariables = Exact<{
  id: string | number;
}>;


export type GetEventQuery = { record: { description: string | null, attendanceNote: string | null, startDateInferred: boolean, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, kind: EventKind, title: string, startDate: string | null, endDate: string | null, attendeeCount: number | null, attendeeCountQualifier: CountQualifier | null, parent: { id: string, title: string } | null, region: { id: string, name: string } | null, venue: { id: string, name: string } | null, themes: Array<{ id: string, name: string }>, organizations: Array<{ role: EventOrganizationRole, organization: { id: string, name: string, abbreviation: string | null } }>, agreements: Array<{ id: string, version: number, position: number, text: string, status: AgreementStatus, statusNote: string | null, responsible: Array<{ id: string, name: string, abbreviation: string | null }> }>, children: Array<{ id: string, title: string, startDate: string | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } };

export type CreateEventMutationVariables = Exact<{
  input: EventInput;
}>;


export type CreateEventMutation = { record: { description: string | null, attendanceNote: string | null, startDateInferred: boolean, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, kind: EventKind, title: string, startDate: string | null, endDate: string | null, attendeeCount: number | null, attendeeCountQualifier: CountQualifier | null, parent: { id: string, title: string } | null, region: { id: string, name: string } | null, venue: { id: string, name: string } | null, themes: Array<{ id: string, name: string }>, organizations: Array<{ role: EventOrganizationRole, organization: { id: string, name: string, abbreviation: string | null } }>, agreements: Array<{ id: string, version: number, position: number, text: string, status: AgreementStatus, statusNote: string | null, responsible: Array<{ id: string, name: string, abbreviation: string | null }> }>, children: Array<{ id: string, title: string, startDate: string | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: EventInput;
}>;


export type UpdateEventMutation = { record: { description: string | null, attendanceNote: string | null, startDateInferred: boolean, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, kind: EventKind, title: string, startDate: string | null, endDate: string | null, attendeeCount: number | null, attendeeCountQualifier: CountQualifier | null, parent: { id: string, title: string } | null, region: { id: string, name: string } | null, venue: { id: string, name: string } | null, themes: Array<{ id: string, name: string }>, organizations: Array<{ role: EventOrganizationRole, organization: { id: string, name: string, abbreviation: string | null } }>, agreements: Array<{ id: string, version: number, position: number, text: string, status: AgreementStatus, statusNote: string | null, responsible: Array<{ id: string, name: string, abbreviation: string | null }> }>, children: Array<{ id: string, title: string, startDate: string | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, exercise: { id: string, title: string }, commitments: Array<{ id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> }> } };

export type DeleteEventMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteEventMutation = { record: { id: string, version: number } };

export type RestoreEventMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreEventMutation = { record: { id: string } };

export type ExerciseRowFragment = { id: string, version: number, publication: Publication, slug: string, title: string, startDate: string | null, endDate: string | null, isDemo: boolean, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string } };

export type ExerciseRecordFragment = { description: string | null, jointDeclarationOn: string | null, reportedStatus: string | null, isSynthetic: boolean, updatedAt: string, id: string, version: number, publication: Publication, slug: string, title: string, startDate: string | null, endDate: string | null, isDemo: boolean, evaluator: { id: string, name: string, abbreviation: string | null } | null, guarantor: { id: string, name: string, abbreviation: string | null } | null, localAuthority: { id: string, name: string, abbreviation: string | null } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, statistics: { sessions: number | null, ordinarySessions: number | null, extraordinarySessions: number | null, commitments: number, events: number, agreements: number | null, agreementsByStatus: Array<{ status: AgreementStatus, count: number }> | null, attendance: { value: number, qualifier: CountQualifier } | null }, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string } };

export type ListExercisesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ExerciseFilter | null | undefined;
  orderBy?: ExerciseOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListExercisesQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, slug: string, title: string, startDate: string | null, endDate: string | null, isDemo: boolean, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string } }> } };

export type GetExerciseQueryVariables = Exact<{
  id: string | number;
}>;


export type GetExerciseQuery = { record: { description: string | null, jointDeclarationOn: string | null, reportedStatus: string | null, isSynthetic: boolean, updatedAt: string, id: string, version: number, publication: Publication, slug: string, title: string, startDate: string | null, endDate: string | null, isDemo: boolean, evaluator: { id: string, name: string, abbreviation: string | null } | null, guarantor: { id: string, name: string, abbreviation: string | null } | null, localAuthority: { id: string, name: string, abbreviation: string | null } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, statistics: { sessions: number | null, ordinarySessions: number | null, extraordinarySessions: number | null, commitments: number, events: number, agreements: number | null, agreementsByStatus: Array<{ status: AgreementStatus, count: number }> | null, attendance: { value: number, qualifier: CountQualifier } | null }, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string } } };

export type CreateExerciseMutationVariables = Exact<{
  input: ExerciseInput;
}>;


export type CreateExerciseMutation = { record: { description: string | null, jointDeclarationOn: string | null, reportedStatus: string | null, isSynthetic: boolean, updatedAt: string, id: string, version: number, publication: Publication, slug: string, title: string, startDate: string | null, endDate: string | null, isDemo: boolean, evaluator: { id: string, name: string, abbreviation: string | null } | null, guarantor: { id: string, name: string, abbreviation: string | null } | null, localAuthority: { id: string, name: string, abbreviation: string | null } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, statistics: { sessions: number | null, ordinarySessions: number | null, extraordinarySessions: number | null, commitments: number, events: number, agreements: number | null, agreementsByStatus: Array<{ status: AgreementStatus, count: number }> | null, attendance: { value: number, qualifier: CountQualifier } | null }, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string } } };

export type UpdateExerciseMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ExerciseInput;
}>;


export type UpdateExerciseMutation = { record: { description: string | null, jointDeclarationOn: string | null, reportedStatus: string | null, isSynthetic: boolean, updatedAt: string, id: string, version: number, publication: Publication, slug: string, title: string, startDate: string | null, endDate: string | null, isDemo: boolean, evaluator: { id: string, name: string, abbreviation: string | null } | null, guarantor: { id: string, name: string, abbreviation: string | null } | null, localAuthority: { id: string, name: string, abbreviation: string | null } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesCounted: number, deliveriesWithoutPageCount: number }, statistics: { sessions: number | null, ordinarySessions: number | null, extraordinarySessions: number | null, commitments: number, events: number, agreements: number | null, agreementsByStatus: Array<{ status: AgreementStatus, count: number }> | null, attendance: { value: number, qualifier: CountQualifier } | null }, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string } } };

export type DeleteExerciseMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteExerciseMutation = { record: { id: string, version: number } };

export type RestoreExerciseMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreExerciseMutation = { record: { id: string } };

export type InformationDeliveryRowFragment = { id: string, version: number, publication: Publication, description: string, deliveredOn: string | null, pages: number | null, pagesQualifier: CountQualifier | null, deliveredByDescription: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, deliveredBy: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type InformationDeliveryRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, description: string, deliveredOn: string | null, pages: number | null, pagesQualifier: CountQualifier | null, deliveredByDescription: string | null, request: { id: string, subject: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, deliveredBy: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type ListInformationDeliveriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InformationDeliveryFilter | null | undefined;
  orderBy?: InformationDeliveryOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListInformationDeliveriesQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, description: string, deliveredOn: string | null, pages: number | null, pagesQualifier: CountQualifier | null, deliveredByDescription: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, deliveredBy: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } }> } };

export type GetInformationDeliveryQueryVariables = Exact<{
  id: string | number;
}>;


export type GetInformationDeliveryQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, description: string, deliveredOn: string | null, pages: number | null, pagesQualifier: CountQualifier | null, deliveredByDescription: string | null, request: { id: string, subject: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, deliveredBy: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type CreateInformationDeliveryMutationVariables = Exact<{
  input: InformationDeliveryInput;
}>;


export type CreateInformationDeliveryMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, description: string, deliveredOn: string | null, pages: number | null, pagesQualifier: CountQualifier | null, deliveredByDescription: string | null, request: { id: string, subject: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, deliveredBy: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type UpdateInformationDeliveryMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: InformationDeliveryInput;
}>;


export type UpdateInformationDeliveryMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, description: string, deliveredOn: string | null, pages: number | null, pagesQualifier: CountQualifier | null, deliveredByDescription: string | null, request: { id: string, subject: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, deliveredBy: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type DeleteInformationDeliveryMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteInformationDeliveryMutation = { record: { id: string, version: number } };

export type RestoreInformationDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreInformationDeliveryMutation = { record: { id: string } };

export type InformationRequestRowFragment = { id: string, version: number, publication: Publication, subject: string, requestedOn: string | null, response: RequestResponse, recipientDescription: string | null, recipientCount: number | null, respondedCount: number | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, recipient: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type InformationRequestRecordFragment = { responseNote: string | null, updatedAt: string, id: string, version: number, publication: Publication, subject: string, requestedOn: string | null, response: RequestResponse, recipientDescription: string | null, recipientCount: number | null, respondedCount: number | null, deliveries: Array<{ id: string, description: string, pages: number | null, pagesQualifier: CountQualifier | null, deliveredOn: string | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, recipient: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type ListInformationRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: InformationRequestFilter | null | undefined;
  orderBy?: InformationRequestOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListInformationRequestsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, subject: string, requestedOn: string | null, response: RequestResponse, recipientDescription: string | null, recipientCount: number | null, respondedCount: number | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, recipient: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } }> } };

export type GetInformationRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type GetInformationRequestQuery = { record: { responseNote: string | null, updatedAt: string, id: string, version: number, publication: Publication, subject: string, requestedOn: string | null, response: RequestResponse, recipientDescription: string | null, recipientCount: number | null, respondedCount: number | null, deliveries: Array<{ id: string, description: string, pages: number | null, pagesQualifier: CountQualifier | null, deliveredOn: string | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, recipient: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type CreateInformationRequestMutationVariables = Exact<{
  input: InformationRequestInput;
}>;


export type CreateInformationRequestMutation = { record: { responseNote: string | null, updatedAt: string, id: string, version: number, publication: Publication, subject: string, requestedOn: string | null, response: RequestResponse, recipientDescription: string | null, recipientCount: number | null, respondedCount: number | null, deliveries: Array<{ id: string, description: string, pages: number | null, pagesQualifier: CountQualifier | null, deliveredOn: string | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, recipient: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type UpdateInformationRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: InformationRequestInput;
}>;


export type UpdateInformationRequestMutation = { record: { responseNote: string | null, updatedAt: string, id: string, version: number, publication: Publication, subject: string, requestedOn: string | null, response: RequestResponse, recipientDescription: string | null, recipientCount: number | null, respondedCount: number | null, deliveries: Array<{ id: string, description: string, pages: number | null, pagesQualifier: CountQualifier | null, deliveredOn: string | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, recipient: { id: string, name: string, abbreviation: string | null } | null, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type DeleteInformationRequestMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteInformationRequestMutation = { record: { id: string, version: number } };

export type RestoreInformationRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreInformationRequestMutation = { record: { id: string } };

export type MembershipRowFragment = { id: string, version: number, publication: Publication, startDate: string | null, endDate: string | null, title: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, person: { id: string, name: string, honorificPrefix: string | null } | null, onBehalfOf: { id: string, name: string, abbreviation: string | null } | null, post: { id: string, label: string, role: SeatRole, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type MembershipRecordFragment = { recordedUntil: string | null, updatedAt: string, id: string, version: number, publication: Publication, startDate: string | null, endDate: string | null, title: string | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, person: { id: string, name: string, honorificPrefix: string | null } | null, onBehalfOf: { id: string, name: string, abbreviation: string | null } | null, post: { id: string, label: string, role: SeatRole, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type ListMembershipsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MembershipFilter | null | undefined;
  orderBy?: MembershipOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListMembershipsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, startDate: string | null, endDate: string | null, title: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, person: { id: string, name: string, honorificPrefix: string | null } | null, onBehalfOf: { id: string, name: string, abbreviation: string | null } | null, post: { id: string, label: string, role: SeatRole, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } }> } };

export type GetMembershipQueryVariables = Exact<{
  id: string | number;
}>;


export type GetMembershipQuery = { record: { recordedUntil: string | null, updatedAt: string, id: string, version: number, publication: Publication, startDate: string | null, endDate: string | null, title: string | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, person: { id: string, name: string, honorificPrefix: string | null } | null, onBehalfOf: { id: string, name: string, abbreviation: string | null } | null, post: { id: string, label: string, role: SeatRole, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } } };

export type CreateMembershipMutationVariables = Exact<{
  input: MembershipInput;
}>;


export type CreateMembershipMutation = { record: { recordedUntil: string | null, updatedAt: string, id: string, version: number, publication: Publication, startDate: string | null, endDate: string | null, title: string | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, person: { id: string, name: string, honorificPrefix: string | null } | null, onBehalfOf: { id: string, name: string, abbreviation: string | null } | null, post: { id: string, label: string, role: SeatRole, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } } };

export type UpdateMembershipMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: MembershipInput;
}>;


export type UpdateMembershipMutation = { record: { recordedUntil: string | null, updatedAt: string, id: string, version: number, publication: Publication, startDate: string | null, endDate: string | null, title: string | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, person: { id: string, name: string, honorificPrefix: string | null } | null, onBehalfOf: { id: string, name: string, abbreviation: string | null } | null, post: { id: string, label: string, role: SeatRole, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } } };

export type DeleteMembershipMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteMembershipMutation = { record: { id: string, version: number } };

export type RestoreMembershipMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreMembershipMutation = { record: { id: string } };

export type MilestoneRowFragment = { id: string, version: number, publication: Publication, position: number, title: string, status: MilestoneStatus, weight: number, startDate: string | null, dueDate: string | null, completedOn: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type MilestoneRecordFragment = { description: string | null, evidenceUrl: string | null, evidenceDescription: string | null, updatedAt: string, id: string, version: number, publication: Publication, position: number, title: string, status: MilestoneStatus, weight: number, startDate: string | null, dueDate: string | null, completedOn: string | null, documents: Array<{ id: string }>, reviews: Array<{ id: string, verdict: ReviewVerdict, comment: string, reviewedStatus: MilestoneStatus, createdAt: string, organization: { id: string, name: string, abbreviation: string | null } }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } };

export type ListMilestonesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MilestoneFilter | null | undefined;
  orderBy?: MilestoneOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListMilestonesQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, position: number, title: string, status: MilestoneStatus, weight: number, startDate: string | null, dueDate: string | null, completedOn: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } }> } };

export type GetMilestoneQueryVariables = Exact<{
  id: string | number;
}>;


export type GetMilestoneQuery = { record: { description: string | null, evidenceUrl: string | null, evidenceDescription: string | null, updatedAt: string, id: string, version: number, publication: Publication, position: number, title: string, status: MilestoneStatus, weight: number, startDate: string | null, dueDate: string | null, completedOn: string | null, documents: Array<{ id: string }>, reviews: Array<{ id: string, verdict: ReviewVerdict, comment: string, reviewedStatus: MilestoneStatus, createdAt: string, organization: { id: string, name: string, abbreviation: string | null } }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type CreateMilestoneMutationVariables = Exact<{
  input: MilestoneInput;
}>;


export type CreateMilestoneMutation = { record: { description: string | null, evidenceUrl: string | null, evidenceDescription: string | null, updatedAt: string, id: string, version: number, publication: Publication, position: number, title: string, status: MilestoneStatus, weight: number, startDate: string | null, dueDate: string | null, completedOn: string | null, documents: Array<{ id: string }>, reviews: Array<{ id: string, verdict: ReviewVerdict, comment: string, reviewedStatus: MilestoneStatus, createdAt: string, organization: { id: string, name: string, abbreviation: string | null } }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type UpdateMilestoneMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: MilestoneInput;
}>;


export type UpdateMilestoneMutation = { record: { description: string | null, evidenceUrl: string | null, evidenceDescription: string | null, updatedAt: string, id: string, version: number, publication: Publication, position: number, title: string, status: MilestoneStatus, weight: number, startDate: string | null, dueDate: string | null, completedOn: string | null, documents: Array<{ id: string }>, reviews: Array<{ id: string, verdict: ReviewVerdict, comment: string, reviewedStatus: MilestoneStatus, createdAt: string, organization: { id: string, name: string, abbreviation: string | null } }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, commitment: { id: string, number: number | null, title: string, plan: { id: string, exercise: { id: string, title: string } }, responsibleAgencies: Array<{ id: string, name: string, abbreviation: string | null }>, followers: Array<{ id: string, name: string, abbreviation: string | null }> } } };

export type DeleteMilestoneMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteMilestoneMutation = { record: { id: string, version: number } };

export type RestoreMilestoneMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreMilestoneMutation = { record: { id: string } };

export type ReviewMilestoneMutationVariables = Exact<{
  milestoneId: string | number;
  verdict: ReviewVerdict;
  comment: string;
}>;


export type ReviewMilestoneMutation = { reviewMilestone: { id: string, verdict: ReviewVerdict, comment: string, reviewedStatus: MilestoneStatus, createdAt: string, organization: { id: string, name: string, abbreviation: string | null } } };

export type MunicipalityRowFragment = { id: string, name: string, cvegeo: string, inegiKey: string, timeZone: string, region: { id: string, name: string } | null, state: { id: string, code: string, name: string } };

export type ListMunicipalitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MunicipalityFilter | null | undefined;
  orderBy?: MunicipalityOrder | null | undefined;
}>;


export type ListMunicipalitiesQuery = { page: { totalCount: number, nodes: Array<{ id: string, name: string, cvegeo: string, inegiKey: string, timeZone: string, region: { id: string, name: string } | null, state: { id: string, code: string, name: string } }> } };

export type GetMunicipalityQueryVariables = Exact<{
  id: string | number;
}>;


export type GetMunicipalityQuery = { record: { id: string, name: string, cvegeo: string, inegiKey: string, timeZone: string, region: { id: string, name: string } | null, state: { id: string, code: string, name: string } } };

export type OrganizationRowFragment = { id: string, version: number, publication: Publication, slug: string, name: string, abbreviation: string | null, kind: OrganizationKind, foundingDate: string | null, dissolutionDate: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, state: { id: string, code: string } } | null, parent: { id: string, name: string, abbreviation: string | null } | null };

export type OrganizationRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, slug: string, name: string, abbreviation: string | null, kind: OrganizationKind, foundingDate: string | null, dissolutionDate: string | null, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, responsibleFor: Array<{ id: string, number: number | null, title: string }>, follows: Array<{ id: string, number: number | null, title: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, state: { id: string, code: string } } | null, parent: { id: string, name: string, abbreviation: string | null } | null };

export type ListOrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListOrganizationsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, slug: string, name: string, abbreviation: string | null, kind: OrganizationKind, foundingDate: string | null, dissolutionDate: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, state: { id: string, code: string } } | null, parent: { id: string, name: string, abbreviation: string | null } | null }> } };

export type GetOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type GetOrganizationQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, slug: string, name: string, abbreviation: string | null, kind: OrganizationKind, foundingDate: string | null, dissolutionDate: string | null, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, responsibleFor: Array<{ id: string, number: number | null, title: string }>, follows: Array<{ id: string, number: number | null, title: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, state: { id: string, code: string } } | null, parent: { id: string, name: string, abbreviation: string | null } | null } };

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, slug: string, name: string, abbreviation: string | null, kind: OrganizationKind, foundingDate: string | null, dissolutionDate: string | null, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, responsibleFor: Array<{ id: string, number: number | null, title: string }>, follows: Array<{ id: string, number: number | null, title: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, state: { id: string, code: string } } | null, parent: { id: string, name: string, abbreviation: string | null } | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, slug: string, name: string, abbreviation: string | null, kind: OrganizationKind, foundingDate: string | null, dissolutionDate: string | null, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, responsibleFor: Array<{ id: string, number: number | null, title: string }>, follows: Array<{ id: string, number: number | null, title: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, state: { id: string, code: string } } | null, parent: { id: string, name: string, abbreviation: string | null } | null } };

export type DeleteOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteOrganizationMutation = { record: { id: string, version: number } };

export type RestoreOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreOrganizationMutation = { record: { id: string } };

export type PersonRowFragment = { id: string, version: number, publication: Publication, name: string, honorificPrefix: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> } };

export type PersonRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, name: string, honorificPrefix: string | null, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, title: string | null, post: { id: string, label: string, secretariat: { id: string, name: string } } }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> } };

export type ListPeopleQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
  orderBy?: PersonOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListPeopleQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, name: string, honorificPrefix: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> } }> } };

export type GetPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type GetPersonQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, honorificPrefix: string | null, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, title: string | null, post: { id: string, label: string, secretariat: { id: string, name: string } } }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> } } };

export type CreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type CreatePersonMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, honorificPrefix: string | null, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, title: string | null, post: { id: string, label: string, secretariat: { id: string, name: string } } }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> } } };

export type UpdatePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: PersonInput;
}>;


export type UpdatePersonMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, honorificPrefix: string | null, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, title: string | null, post: { id: string, label: string, secretariat: { id: string, name: string } } }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> } } };

export type DeletePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePersonMutation = { record: { id: string, version: number } };

export type RestorePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type RestorePersonMutation = { record: { id: string } };

export type PostRowFragment = { id: string, version: number, publication: Publication, label: string, role: SeatRole, sector: Sector | null, voting: boolean | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, region: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } };

export type PostRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, label: string, role: SeatRole, sector: Sector | null, voting: boolean | null, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, person: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, region: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } };

export type ListPostsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PostFilter | null | undefined;
  orderBy?: PostOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListPostsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, label: string, role: SeatRole, sector: Sector | null, voting: boolean | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, region: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } }> } };

export type GetPostQueryVariables = Exact<{
  id: string | number;
}>;


export type GetPostQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, label: string, role: SeatRole, sector: Sector | null, voting: boolean | null, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, person: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, region: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type CreatePostMutationVariables = Exact<{
  input: PostInput;
}>;


export type CreatePostMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, label: string, role: SeatRole, sector: Sector | null, voting: boolean | null, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, person: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, region: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type UpdatePostMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: PostInput;
}>;


export type UpdatePostMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, label: string, role: SeatRole, sector: Sector | null, voting: boolean | null, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, person: { id: string, name: string } | null, onBehalfOf: { id: string, name: string } | null }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, region: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type DeletePostMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePostMutation = { record: { id: string, version: number } };

export type RestorePostMutationVariables = Exact<{
  id: string | number;
}>;


export type RestorePostMutation = { record: { id: string } };

export type IdentityFragment = { id: string, email: string, displayName: string, role: StaffRole, canCreate: Array<RecordKindName>, canRestore: Array<RecordKindName>, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, email: string, displayName: string, role: StaffRole, canCreate: Array<RecordKindName>, canRestore: Array<RecordKindName>, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: StaffRole, canCreate: Array<RecordKindName>, canRestore: Array<RecordKindName>, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type PasswordLinkQueryVariables = Exact<{
  token: string;
}>;


export type PasswordLinkQuery = { link: { purpose: PasswordLinkPurpose, email: string, displayName: string, expiresAt: string } | null };

export type SetPasswordWithLinkMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type SetPasswordWithLinkMutation = { done: boolean };

export type RecommendationRowFragment = { id: string, version: number, publication: Publication, kind: RecommendationKind, position: number, text: string, issuedOn: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, issuedBy: { id: string, name: string, abbreviation: string | null } | null, exercise: { id: string, title: string } };

export type RecommendationRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, kind: RecommendationKind, position: number, text: string, issuedOn: string | null, evaluation: { id: string, title: string } | null, issuedByPerson: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, issuedBy: { id: string, name: string, abbreviation: string | null } | null, exercise: { id: string, title: string } };

export type ListRecommendationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: RecommendationFilter | null | undefined;
  orderBy?: RecommendationOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListRecommendationsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, kind: RecommendationKind, position: number, text: string, issuedOn: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, issuedBy: { id: string, name: string, abbreviation: string | null } | null, exercise: { id: string, title: string } }> } };

export type GetRecommendationQueryVariables = Exact<{
  id: string | number;
}>;


export type GetRecommendationQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, kind: RecommendationKind, position: number, text: string, issuedOn: string | null, evaluation: { id: string, title: string } | null, issuedByPerson: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, issuedBy: { id: string, name: string, abbreviation: string | null } | null, exercise: { id: string, title: string } } };

export type CreateRecommendationMutationVariables = Exact<{
  input: RecommendationInput;
}>;


export type CreateRecommendationMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, kind: RecommendationKind, position: number, text: string, issuedOn: string | null, evaluation: { id: string, title: string } | null, issuedByPerson: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, issuedBy: { id: string, name: string, abbreviation: string | null } | null, exercise: { id: string, title: string } } };

export type UpdateRecommendationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RecommendationInput;
}>;


export type UpdateRecommendationMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, kind: RecommendationKind, position: number, text: string, issuedOn: string | null, evaluation: { id: string, title: string } | null, issuedByPerson: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, issuedBy: { id: string, name: string, abbreviation: string | null } | null, exercise: { id: string, title: string } } };

export type DeleteRecommendationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteRecommendationMutation = { record: { id: string, version: number } };

export type RestoreRecommendationMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreRecommendationMutation = { record: { id: string } };

export type RegionRowFragment = { id: string, version: number, publication: Publication, name: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string }, seat: { id: string, name: string } | null };

export type RegionRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, name: string, municipalities: Array<{ id: string, name: string, cvegeo: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string }, seat: { id: string, name: string } | null };

export type ListRegionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: RegionFilter | null | undefined;
  orderBy?: RegionOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListRegionsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, name: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string }, seat: { id: string, name: string } | null }> } };

export type GetRegionQueryVariables = Exact<{
  id: string | number;
}>;


export type GetRegionQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, municipalities: Array<{ id: string, name: string, cvegeo: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string }, seat: { id: string, name: string } | null } };

export type CreateRegionMutationVariables = Exact<{
  input: RegionInput;
}>;


export type CreateRegionMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, municipalities: Array<{ id: string, name: string, cvegeo: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string }, seat: { id: string, name: string } | null } };

export type UpdateRegionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RegionInput;
}>;


export type UpdateRegionMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, municipalities: Array<{ id: string, name: string, cvegeo: string }>, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, state: { id: string, code: string, name: string }, seat: { id: string, name: string } | null } };

export type DeleteRegionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteRegionMutation = { record: { id: string, version: number } };

export type RestoreRegionMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreRegionMutation = { record: { id: string } };

export type SecretariatRowFragment = { version: number, publication: Publication, abbreviation: string | null, installedOn: string | null, nationalOrder: number | null, id: string, name: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } };

export type SecretariatRecordFragment = { decisionRule: string | null, updatedAt: string, version: number, publication: Publication, abbreviation: string | null, installedOn: string | null, nationalOrder: number | null, id: string, name: string, declaredSeats: Array<{ sector: Sector, seats: number }> | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } };

export type ListSecretariatsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SecretariatFilter | null | undefined;
  orderBy?: SecretariatOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListSecretariatsQuery = { page: { totalCount: number, nodes: Array<{ version: number, publication: Publication, abbreviation: string | null, installedOn: string | null, nationalOrder: number | null, id: string, name: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } }> } };

export type GetSecretariatQueryVariables = Exact<{
  id: string | number;
}>;


export type GetSecretariatQuery = { record: { decisionRule: string | null, updatedAt: string, version: number, publication: Publication, abbreviation: string | null, installedOn: string | null, nationalOrder: number | null, id: string, name: string, declaredSeats: Array<{ sector: Sector, seats: number }> | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } } };

export type CreateSecretariatMutationVariables = Exact<{
  input: SecretariatInput;
}>;


export type CreateSecretariatMutation = { record: { decisionRule: string | null, updatedAt: string, version: number, publication: Publication, abbreviation: string | null, installedOn: string | null, nationalOrder: number | null, id: string, name: string, declaredSeats: Array<{ sector: Sector, seats: number }> | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } } };

export type UpdateSecretariatMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SecretariatInput;
}>;


export type UpdateSecretariatMutation = { record: { decisionRule: string | null, updatedAt: string, version: number, publication: Publication, abbreviation: string | null, installedOn: string | null, nationalOrder: number | null, id: string, name: string, declaredSeats: Array<{ sector: Sector, seats: number }> | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } } };

export type DeleteSecretariatMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSecretariatMutation = { record: { id: string, version: number } };

export type RestoreSecretariatMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreSecretariatMutation = { record: { id: string } };

export type SecretariatTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type SecretariatTimelineQuery = { secretariat: { installedOn: string | null, id: string, name: string, posts: Array<{ id: string, label: string, role: SeatRole, sector: Sector | null, voting: boolean | null, region: { id: string, name: string } | null }>, memberships: Array<{ id: string, startDate: string | null, endDate: string | null, title: string | null, publication: Publication, post: { id: string }, person: { id: string, name: string, honorificPrefix: string | null } | null, onBehalfOf: { id: string, name: string, abbreviation: string | null } | null }>, sessions: Array<{ id: string, type: SessionType, number: number, date: string }>, exercise: { id: string, title: string } } };

export type SessionAttendanceRecordFragment = { id: string, version: number, publication: Publication, description: string | null, updatedAt: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, session: { id: string, type: SessionType, number: number, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } }, post: { id: string, label: string } | null, organization: { id: string, name: string, abbreviation: string | null } | null, person: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null };

export type GetSessionAttendanceQueryVariables = Exact<{
  id: string | number;
}>;


export type GetSessionAttendanceQuery = { record: { id: string, version: number, publication: Publication, description: string | null, updatedAt: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, session: { id: string, type: SessionType, number: number, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } }, post: { id: string, label: string } | null, organization: { id: string, name: string, abbreviation: string | null } | null, person: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null } };

export type CreateSessionAttendanceMutationVariables = Exact<{
  input: SessionAttendanceInput;
}>;


export type CreateSessionAttendanceMutation = { record: { id: string, version: number, publication: Publication, description: string | null, updatedAt: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, session: { id: string, type: SessionType, number: number, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } }, post: { id: string, label: string } | null, organization: { id: string, name: string, abbreviation: string | null } | null, person: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null } };

export type UpdateSessionAttendanceMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SessionAttendanceInput;
}>;


export type UpdateSessionAttendanceMutation = { record: { id: string, version: number, publication: Publication, description: string | null, updatedAt: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, session: { id: string, type: SessionType, number: number, date: string, secretariat: { id: string, name: string, exercise: { id: string, title: string } } }, post: { id: string, label: string } | null, organization: { id: string, name: string, abbreviation: string | null } | null, person: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null } };

export type DeleteSessionAttendanceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSessionAttendanceMutation = { record: { id: string, version: number } };

export type RestoreSessionAttendanceMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreSessionAttendanceMutation = { record: { id: string } };

export type SessionRowFragment = { id: string, version: number, publication: Publication, type: SessionType, number: number, date: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } };

export type SessionRecordFragment = { summary: string | null, convenedBy: string | null, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, type: SessionType, number: number, date: string, venue: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } };

export type ListSessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SessionFilter | null | undefined;
  orderBy?: SessionOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListSessionsQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, type: SessionType, number: number, date: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } }> } };

export type GetSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type GetSessionQuery = { record: { summary: string | null, convenedBy: string | null, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, type: SessionType, number: number, date: string, venue: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type CreateSessionMutationVariables = Exact<{
  input: SessionInput;
}>;


export type CreateSessionMutation = { record: { summary: string | null, convenedBy: string | null, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, type: SessionType, number: number, date: string, venue: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type UpdateSessionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: SessionInput;
}>;


export type UpdateSessionMutation = { record: { summary: string | null, convenedBy: string | null, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, type: SessionType, number: number, date: string, venue: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type DeleteSessionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSessionMutation = { record: { id: string, version: number } };

export type RestoreSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreSessionMutation = { record: { id: string } };

export type SessionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionDetailQuery = { session: { summary: string | null, convenedBy: string | null, municipalityInferred: boolean, updatedAt: string, id: string, version: number, publication: Publication, type: SessionType, number: number, date: string, agreements: Array<{ id: string, version: number, publication: Publication, position: number, text: string, status: AgreementStatus, statusNote: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, responsible: Array<{ id: string, name: string, abbreviation: string | null }> }>, attendance: Array<{ id: string, version: number, publication: Publication, description: string | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, post: { id: string, label: string } | null, organization: { id: string, name: string, abbreviation: string | null } | null, person: { id: string, name: string } | null }>, seatHolders: Array<{ id: string, title: string | null, startDate: string | null, endDate: string | null, person: { id: string, name: string, honorificPrefix: string | null } | null, onBehalfOf: { id: string, name: string, abbreviation: string | null } | null, post: { id: string, label: string, role: SeatRole, sector: Sector | null, voting: boolean | null } }>, venue: { id: string, name: string } | null, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string } | null, secretariat: { id: string, name: string, exercise: { id: string, title: string } } } };

export type SourceDocumentRowFragment = { id: string, key: string, title: string, url: string | null, publishedOn: string | null, publishedBy: { id: string, name: string, abbreviation: string | null } | null };

export type ListSourceDocumentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SourceDocumentFilter | null | undefined;
  orderBy?: SourceDocumentOrder | null | undefined;
}>;


export type ListSourceDocumentsQuery = { page: { totalCount: number, nodes: Array<{ id: string, key: string, title: string, url: string | null, publishedOn: string | null, publishedBy: { id: string, name: string, abbreviation: string | null } | null }> } };

export type GetSourceDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type GetSourceDocumentQuery = { record: { id: string, key: string, title: string, url: string | null, publishedOn: string | null, publishedBy: { id: string, name: string, abbreviation: string | null } | null } };

export type StaffAccountRowFragment = { id: string, version: number, email: string, displayName: string, role: StaffRole, disabledAt: string | null, createdAt: string, invitationPending: boolean, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null };

export type IssuedLinkFragment = { purpose: PasswordLinkPurpose, delivery: PasswordLinkDelivery, link: string | null, expiresAt: string, emailError: string | null, account: { id: string, version: number, email: string, displayName: string, role: StaffRole, disabledAt: string | null, createdAt: string, invitationPending: boolean, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null } };

export type ListStaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListStaffAccountsQuery = { accounts: Array<{ id: string, version: number, email: string, displayName: string, role: StaffRole, disabledAt: string | null, createdAt: string, invitationPending: boolean, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null }> };

export type CreateStaffAccountMutationVariables = Exact<{
  input: StaffAccountInput;
}>;


export type CreateStaffAccountMutation = { record: { id: string, version: number, email: string, displayName: string, role: StaffRole, disabledAt: string | null, createdAt: string, invitationPending: boolean, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null } };

export type InviteStaffAccountMutationVariables = Exact<{
  input: StaffAccountInvitationInput;
}>;


export type InviteStaffAccountMutation = { issued: { purpose: PasswordLinkPurpose, delivery: PasswordLinkDelivery, link: string | null, expiresAt: string, emailError: string | null, account: { id: string, version: number, email: string, displayName: string, role: StaffRole, disabledAt: string | null, createdAt: string, invitationPending: boolean, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null } } };

export type UpdateStaffAccountMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: StaffAccountUpdateInput;
}>;


export type UpdateStaffAccountMutation = { record: { id: string, version: number, email: string, displayName: string, role: StaffRole, disabledAt: string | null, createdAt: string, invitationPending: boolean, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null } };

export type SetStaffAccountDisabledMutationVariables = Exact<{
  id: string | number;
  disabled: boolean;
}>;


export type SetStaffAccountDisabledMutation = { record: { id: string, version: number, email: string, displayName: string, role: StaffRole, disabledAt: string | null, createdAt: string, invitationPending: boolean, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null } };

export type SendPasswordLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type SendPasswordLinkMutation = { issued: { purpose: PasswordLinkPurpose, delivery: PasswordLinkDelivery, link: string | null, expiresAt: string, emailError: string | null, account: { id: string, version: number, email: string, displayName: string, role: StaffRole, disabledAt: string | null, createdAt: string, invitationPending: boolean, organization: { id: string, name: string, abbreviation: string | null } | null, state: { id: string, code: string, name: string } | null } } };

export type StateRowFragment = { id: string, code: string, name: string, inegiKey: string, ocdId: string | null };

export type ListStatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StateFilter | null | undefined;
  orderBy?: StateOrder | null | undefined;
}>;


export type ListStatesQuery = { page: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, inegiKey: string, ocdId: string | null }> } };

export type GetStateQueryVariables = Exact<{
  id: string | number;
}>;


export type GetStateQuery = { record: { id: string, code: string, name: string, inegiKey: string, ocdId: string | null, regions: Array<{ id: string, name: string }>, exercises: Array<{ id: string, title: string, slug: string }> } };

export type ThemeRowFragment = { id: string, version: number, publication: Publication, name: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } };

export type ThemeRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, name: string, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } };

export type ListThemesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ThemeFilter | null | undefined;
  orderBy?: ThemeOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListThemesQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, name: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } }> } };

export type GetThemeQueryVariables = Exact<{
  id: string | number;
}>;


export type GetThemeQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } } };

export type CreateThemeMutationVariables = Exact<{
  input: ThemeInput;
}>;


export type CreateThemeMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } } };

export type UpdateThemeMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ThemeInput;
}>;


export type UpdateThemeMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, exercise: { id: string, title: string } } };

export type DeleteThemeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteThemeMutation = { record: { id: string, version: number } };

export type RestoreThemeMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreThemeMutation = { record: { id: string } };

export type DeletedRecordsQueryVariables = Exact<{
  entity?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeletedRecordsQuery = { page: { totalCount: number, nodes: Array<{ entity: string, recordId: string, label: string | null, deletedAt: string, account: { displayName: string } | null, organization: { id: string, name: string, abbreviation: string | null } | null }> } };

export type RecordLabelsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RecordLabelsQuery = { labels: Array<{ id: string, entity: string, label: string | null, deleted: boolean }> };

export type RestoreEvaluationScoreMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreEvaluationScoreMutation = { record: { id: string } };

export type VenueRowFragment = { id: string, version: number, publication: Publication, name: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, cvegeo: string, timeZone: string, state: { id: string, code: string } } };

export type VenueRecordFragment = { updatedAt: string, id: string, version: number, publication: Publication, name: string, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, cvegeo: string, timeZone: string, state: { id: string, code: string } } };

export type ListVenuesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: VenueFilter | null | undefined;
  orderBy?: VenueOrder | null | undefined;
  publication?: Publication | null | undefined;
}>;


export type ListVenuesQuery = { page: { totalCount: number, nodes: Array<{ id: string, version: number, publication: Publication, name: string, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, cvegeo: string, timeZone: string, state: { id: string, code: string } } }> } };

export type GetVenueQueryVariables = Exact<{
  id: string | number;
}>;


export type GetVenueQuery = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, cvegeo: string, timeZone: string, state: { id: string, code: string } } } };

export type CreateVenueMutationVariables = Exact<{
  input: VenueInput;
}>;


export type CreateVenueMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, cvegeo: string, timeZone: string, state: { id: string, code: string } } } };

export type UpdateVenueMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: VenueInput;
}>;


export type UpdateVenueMutation = { record: { updatedAt: string, id: string, version: number, publication: Publication, name: string, source: { note: string | null, document: { id: string, title: string } | null } | null, viewerCan: { update: boolean, onlyFields: Array<string> | null, delete: boolean, restore: boolean, history: boolean, review: boolean, create: Array<RecordKindName> }, municipality: { id: string, name: string, cvegeo: string, timeZone: string, state: { id: string, code: string } } } };

export type DeleteVenueMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteVenueMutation = { record: { id: string, version: number } };

export type RestoreVenueMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreVenueMutation = { record: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AbilitiesFragmentDoc = new TypedDocumentString(`
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
    `, {"fragmentName":"Abilities"}) as unknown as TypedDocumentString<AbilitiesFragment, unknown>;
export const ExerciseRefFragmentDoc = new TypedDocumentString(`
    fragment ExerciseRef on Exercise {
  id
  title
}
    `, {"fragmentName":"ExerciseRef"}) as unknown as TypedDocumentString<ExerciseRefFragment, unknown>;
export const ActionPlanRowFragmentDoc = new TypedDocumentString(`
    fragment ActionPlanRow on ActionPlan {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  startYear
  endYear
  publishedOn
  exercise {
    ...ExerciseRef
  }
  pagesDelivered {
    pages
    qualifier
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}`, {"fragmentName":"ActionPlanRow"}) as unknown as TypedDocumentString<ActionPlanRowFragment, unknown>;
export const SourceFragmentDoc = new TypedDocumentString(`
    fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
    `, {"fragmentName":"Source"}) as unknown as TypedDocumentString<SourceFragment, unknown>;
export const ActionPlanRecordFragmentDoc = new TypedDocumentString(`
    fragment ActionPlanRecord on ActionPlan {
  ...ActionPlanRow
  agreedOn
  signedOn
  publishedIn
  workStartOn
  methodology
  agreedAtSession {
    id
    number
    type
    date
  }
  source {
    ...Source
  }
  commitments {
    id
    number
    title
    isProactive
    publication
    progress {
      percent
      unknownReason
      milestonesDone
      milestonesTotal
      milestonesDisputed
    }
    pagesDelivered {
      pages
      qualifier
    }
  }
  updatedAt
}
    fragment ActionPlanRow on ActionPlan {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  startYear
  endYear
  publishedOn
  exercise {
    ...ExerciseRef
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}`, {"fragmentName":"ActionPlanRecord"}) as unknown as TypedDocumentString<ActionPlanRecordFragment, unknown>;
export const OrgNameFragmentDoc = new TypedDocumentString(`
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
    `, {"fragmentName":"OrgName"}) as unknown as TypedDocumentString<OrgNameFragment, unknown>;
export const SecretariatRefFragmentDoc = new TypedDocumentString(`
    fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
    fragment ExerciseRef on Exercise {
  id
  title
}`, {"fragmentName":"SecretariatRef"}) as unknown as TypedDocumentString<SecretariatRefFragment, unknown>;
export const CommitmentRefFragmentDoc = new TypedDocumentString(`
    fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
    fragment ExerciseRef on Exercise {
  id
  title
}`, {"fragmentName":"CommitmentRef"}) as unknown as TypedDocumentString<CommitmentRefFragment, unknown>;
export const AgreementRowFragmentDoc = new TypedDocumentString(`
    fragment AgreementRow on Agreement {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  text
  status
  statusNote
  responsible {
    ...OrgName
  }
  session {
    id
    number
    type
    date
    secretariat {
      ...SecretariatRef
    }
  }
  event {
    id
    title
    kind
    startDate
    exercise {
      ...ExerciseRef
    }
    commitments {
      ...CommitmentRef
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"AgreementRow"}) as unknown as TypedDocumentString<AgreementRowFragment, unknown>;
export const AgreementRecordFragmentDoc = new TypedDocumentString(`
    fragment AgreementRecord on Agreement {
  ...AgreementRow
  source {
    ...Source
  }
  updatedAt
}
    fragment AgreementRow on Agreement {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  text
  status
  statusNote
  responsible {
    ...OrgName
  }
  session {
    id
    number
    type
    date
    secretariat {
      ...SecretariatRef
    }
  }
  event {
    id
    title
    kind
    startDate
    exercise {
      ...ExerciseRef
    }
    commitments {
      ...CommitmentRef
    }
  }
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"AgreementRecord"}) as unknown as TypedDocumentString<AgreementRecordFragment, unknown>;
export const CommitmentRowFragmentDoc = new TypedDocumentString(`
    fragment CommitmentRow on Commitment {
  viewerCan {
    ...Abilities
  }
  ...CommitmentRef
  version
  publication
  isProactive
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
  }
  pagesDelivered {
    pages
    qualifier
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}`, {"fragmentName":"CommitmentRow"}) as unknown as TypedDocumentString<CommitmentRowFragment, unknown>;
export const CommitmentRecordFragmentDoc = new TypedDocumentString(`
    fragment CommitmentRecord on Commitment {
  ...CommitmentRow
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  objective
  activationCondition
  responsibleAgenciesInferred
  participatingAgencies {
    id
  }
  themes {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment CommitmentRow on Commitment {
  viewerCan {
    ...Abilities
  }
  ...CommitmentRef
  version
  publication
  isProactive
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}`, {"fragmentName":"CommitmentRecord"}) as unknown as TypedDocumentString<CommitmentRecordFragment, unknown>;
export const EvaluationCriterionRowFragmentDoc = new TypedDocumentString(`
    fragment EvaluationCriterionRow on EvaluationCriterion {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  code
  label
  dimension
  position
  evaluation {
    id
    title
    plan {
      id
      exercise {
        ...ExerciseRef
      }
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}`, {"fragmentName":"EvaluationCriterionRow"}) as unknown as TypedDocumentString<EvaluationCriterionRowFragment, unknown>;
export const EvaluationCriterionRecordFragmentDoc = new TypedDocumentString(`
    fragment EvaluationCriterionRecord on EvaluationCriterion {
  ...EvaluationCriterionRow
  question
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment EvaluationCriterionRow on EvaluationCriterion {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  code
  label
  dimension
  position
  evaluation {
    id
    title
    plan {
      id
      exercise {
        ...ExerciseRef
      }
    }
  }
}`, {"fragmentName":"EvaluationCriterionRecord"}) as unknown as TypedDocumentString<EvaluationCriterionRecordFragment, unknown>;
export const EvaluationRowFragmentDoc = new TypedDocumentString(`
    fragment EvaluationRow on Evaluation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  presentedOn
  evaluator {
    ...OrgName
  }
  plan {
    id
    title
    exercise {
      ...ExerciseRef
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"EvaluationRow"}) as unknown as TypedDocumentString<EvaluationRowFragment, unknown>;
export const EvaluationRecordFragmentDoc = new TypedDocumentString(`
    fragment EvaluationRecord on Evaluation {
  ...EvaluationRow
  scoresNote
  presentedAt {
    id
    title
  }
  criteria {
    id
    code
    label
    dimension
    position
    question
  }
  recommendations {
    id
    kind
    position
    text
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EvaluationRow on Evaluation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  presentedOn
  evaluator {
    ...OrgName
  }
  plan {
    id
    title
    exercise {
      ...ExerciseRef
    }
  }
}`, {"fragmentName":"EvaluationRecord"}) as unknown as TypedDocumentString<EvaluationRecordFragment, unknown>;
export const EventRowFragmentDoc = new TypedDocumentString(`
    fragment EventRow on Event {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  title
  startDate
  endDate
  attendeeCount
  attendeeCountQualifier
  municipality {
    id
    name
  }
  exercise {
    ...ExerciseRef
  }
  commitments {
    ...CommitmentRef
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}`, {"fragmentName":"EventRow"}) as unknown as TypedDocumentString<EventRowFragment, unknown>;
export const EventRecordFragmentDoc = new TypedDocumentString(`
    fragment EventRecord on Event {
  ...EventRow
  description
  attendanceNote
  startDateInferred
  municipalityInferred
  parent {
    id
    title
  }
  region {
    id
    name
  }
  venue {
    id
    name
  }
  themes {
    id
    name
  }
  organizations {
    role
    organization {
      ...OrgName
    }
  }
  agreements {
    id
    version
    position
    text
    status
    statusNote
    responsible {
      ...OrgName
    }
  }
  children {
    id
    title
    startDate
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EventRow on Event {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  title
  startDate
  endDate
  attendeeCount
  attendeeCountQualifier
  municipality {
    id
    name
  }
  exercise {
    ...ExerciseRef
  }
  commitments {
    ...CommitmentRef
  }
}`, {"fragmentName":"EventRecord"}) as unknown as TypedDocumentString<EventRecordFragment, unknown>;
export const ExerciseRowFragmentDoc = new TypedDocumentString(`
    fragment ExerciseRow on Exercise {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  title
  startDate
  endDate
  isDemo
  state {
    id
    code
    name
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}`, {"fragmentName":"ExerciseRow"}) as unknown as TypedDocumentString<ExerciseRowFragment, unknown>;
export const ExerciseRecordFragmentDoc = new TypedDocumentString(`
    fragment ExerciseRecord on Exercise {
  ...ExerciseRow
  description
  jointDeclarationOn
  reportedStatus
  isSynthetic
  evaluator {
    ...OrgName
  }
  guarantor {
    ...OrgName
  }
  localAuthority {
    ...OrgName
  }
  source {
    ...Source
  }
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  statistics {
    sessions
    ordinarySessions
    extraordinarySessions
    commitments
    events
    agreements
    agreementsByStatus {
      status
      count
    }
    attendance {
      value
      qualifier
    }
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment ExerciseRow on Exercise {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  title
  startDate
  endDate
  isDemo
  state {
    id
    code
    name
  }
}`, {"fragmentName":"ExerciseRecord"}) as unknown as TypedDocumentString<ExerciseRecordFragment, unknown>;
export const InformationDeliveryRowFragmentDoc = new TypedDocumentString(`
    fragment InformationDeliveryRow on InformationDelivery {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  deliveredOn
  pages
  pagesQualifier
  deliveredBy {
    ...OrgName
  }
  deliveredByDescription
  commitment {
    ...CommitmentRef
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"InformationDeliveryRow"}) as unknown as TypedDocumentString<InformationDeliveryRowFragment, unknown>;
export const InformationDeliveryRecordFragmentDoc = new TypedDocumentString(`
    fragment InformationDeliveryRecord on InformationDelivery {
  ...InformationDeliveryRow
  request {
    id
    subject
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationDeliveryRow on InformationDelivery {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  deliveredOn
  pages
  pagesQualifier
  deliveredBy {
    ...OrgName
  }
  deliveredByDescription
  commitment {
    ...CommitmentRef
  }
}`, {"fragmentName":"InformationDeliveryRecord"}) as unknown as TypedDocumentString<InformationDeliveryRecordFragment, unknown>;
export const InformationRequestRowFragmentDoc = new TypedDocumentString(`
    fragment InformationRequestRow on InformationRequest {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  subject
  requestedOn
  response
  recipient {
    ...OrgName
  }
  recipientDescription
  recipientCount
  respondedCount
  commitment {
    ...CommitmentRef
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"InformationRequestRow"}) as unknown as TypedDocumentString<InformationRequestRowFragment, unknown>;
export const InformationRequestRecordFragmentDoc = new TypedDocumentString(`
    fragment InformationRequestRecord on InformationRequest {
  ...InformationRequestRow
  responseNote
  deliveries {
    id
    description
    pages
    pagesQualifier
    deliveredOn
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationRequestRow on InformationRequest {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  subject
  requestedOn
  response
  recipient {
    ...OrgName
  }
  recipientDescription
  recipientCount
  respondedCount
  commitment {
    ...CommitmentRef
  }
}`, {"fragmentName":"InformationRequestRecord"}) as unknown as TypedDocumentString<InformationRequestRecordFragment, unknown>;
export const MembershipRowFragmentDoc = new TypedDocumentString(`
    fragment MembershipRow on Membership {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  startDate
  endDate
  title
  person {
    id
    name
    honorificPrefix
  }
  onBehalfOf {
    ...OrgName
  }
  post {
    id
    label
    role
    secretariat {
      ...SecretariatRef
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"MembershipRow"}) as unknown as TypedDocumentString<MembershipRowFragment, unknown>;
export const MembershipRecordFragmentDoc = new TypedDocumentString(`
    fragment MembershipRecord on Membership {
  ...MembershipRow
  recordedUntil
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MembershipRow on Membership {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  startDate
  endDate
  title
  person {
    id
    name
    honorificPrefix
  }
  onBehalfOf {
    ...OrgName
  }
  post {
    id
    label
    role
    secretariat {
      ...SecretariatRef
    }
  }
}`, {"fragmentName":"MembershipRecord"}) as unknown as TypedDocumentString<MembershipRecordFragment, unknown>;
export const MilestoneRowFragmentDoc = new TypedDocumentString(`
    fragment MilestoneRow on Milestone {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  title
  status
  weight
  startDate
  dueDate
  completedOn
  commitment {
    ...CommitmentRef
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}`, {"fragmentName":"MilestoneRow"}) as unknown as TypedDocumentString<MilestoneRowFragment, unknown>;
export const MilestoneRecordFragmentDoc = new TypedDocumentString(`
    fragment MilestoneRecord on Milestone {
  ...MilestoneRow
  description
  evidenceUrl
  evidenceDescription
  documents {
    id
  }
  reviews {
    id
    verdict
    comment
    reviewedStatus
    createdAt
    organization {
      ...OrgName
    }
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MilestoneRow on Milestone {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  title
  status
  weight
  startDate
  dueDate
  completedOn
  commitment {
    ...CommitmentRef
  }
}`, {"fragmentName":"MilestoneRecord"}) as unknown as TypedDocumentString<MilestoneRecordFragment, unknown>;
export const MunicipalityRowFragmentDoc = new TypedDocumentString(`
    fragment MunicipalityRow on Municipality {
  id
  name
  cvegeo
  inegiKey
  timeZone
  region {
    id
    name
  }
  state {
    id
    code
    name
  }
}
    `, {"fragmentName":"MunicipalityRow"}) as unknown as TypedDocumentString<MunicipalityRowFragment, unknown>;
export const OrganizationRowFragmentDoc = new TypedDocumentString(`
    fragment OrganizationRow on Organization {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  name
  abbreviation
  kind
  foundingDate
  dissolutionDate
  municipality {
    id
    name
    state {
      id
      code
    }
  }
  parent {
    ...OrgName
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"OrganizationRow"}) as unknown as TypedDocumentString<OrganizationRowFragment, unknown>;
export const OrganizationRecordFragmentDoc = new TypedDocumentString(`
    fragment OrganizationRecord on Organization {
  ...OrganizationRow
  pagesDelivered {
    pages
    qualifier
  }
  responsibleFor {
    id
    number
    title
  }
  follows {
    id
    number
    title
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment OrganizationRow on Organization {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  name
  abbreviation
  kind
  foundingDate
  dissolutionDate
  municipality {
    id
    name
    state {
      id
      code
    }
  }
  parent {
    ...OrgName
  }
}`, {"fragmentName":"OrganizationRecord"}) as unknown as TypedDocumentString<OrganizationRecordFragment, unknown>;
export const PersonRowFragmentDoc = new TypedDocumentString(`
    fragment PersonRow on Person {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  honorificPrefix
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}`, {"fragmentName":"PersonRow"}) as unknown as TypedDocumentString<PersonRowFragment, unknown>;
export const PersonRecordFragmentDoc = new TypedDocumentString(`
    fragment PersonRecord on Person {
  ...PersonRow
  memberships {
    id
    startDate
    endDate
    title
    post {
      id
      label
      secretariat {
        id
        name
      }
    }
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment PersonRow on Person {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  honorificPrefix
}`, {"fragmentName":"PersonRecord"}) as unknown as TypedDocumentString<PersonRecordFragment, unknown>;
export const PostRowFragmentDoc = new TypedDocumentString(`
    fragment PostRow on Post {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  label
  role
  sector
  voting
  region {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}`, {"fragmentName":"PostRow"}) as unknown as TypedDocumentString<PostRowFragment, unknown>;
export const PostRecordFragmentDoc = new TypedDocumentString(`
    fragment PostRecord on Post {
  ...PostRow
  memberships {
    id
    startDate
    endDate
    person {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment PostRow on Post {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  label
  role
  sector
  voting
  region {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}`, {"fragmentName":"PostRecord"}) as unknown as TypedDocumentString<PostRecordFragment, unknown>;
export const IdentityFragmentDoc = new TypedDocumentString(`
    fragment Identity on StaffAccount {
  id
  email
  displayName
  role
  organization {
    id
    name
    abbreviation
  }
  state {
    id
    code
    name
  }
  canCreate
  canRestore
}
    `, {"fragmentName":"Identity"}) as unknown as TypedDocumentString<IdentityFragment, unknown>;
export const RecommendationRowFragmentDoc = new TypedDocumentString(`
    fragment RecommendationRow on Recommendation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  position
  text
  issuedOn
  issuedBy {
    ...OrgName
  }
  exercise {
    ...ExerciseRef
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"RecommendationRow"}) as unknown as TypedDocumentString<RecommendationRowFragment, unknown>;
export const RecommendationRecordFragmentDoc = new TypedDocumentString(`
    fragment RecommendationRecord on Recommendation {
  ...RecommendationRow
  evaluation {
    id
    title
  }
  issuedByPerson {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment RecommendationRow on Recommendation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  position
  text
  issuedOn
  issuedBy {
    ...OrgName
  }
  exercise {
    ...ExerciseRef
  }
}`, {"fragmentName":"RecommendationRecord"}) as unknown as TypedDocumentString<RecommendationRecordFragment, unknown>;
export const RegionRowFragmentDoc = new TypedDocumentString(`
    fragment RegionRow on Region {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  state {
    id
    code
    name
  }
  seat {
    id
    name
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}`, {"fragmentName":"RegionRow"}) as unknown as TypedDocumentString<RegionRowFragment, unknown>;
export const RegionRecordFragmentDoc = new TypedDocumentString(`
    fragment RegionRecord on Region {
  ...RegionRow
  municipalities {
    id
    name
    cvegeo
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment RegionRow on Region {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  state {
    id
    code
    name
  }
  seat {
    id
    name
  }
}`, {"fragmentName":"RegionRecord"}) as unknown as TypedDocumentString<RegionRecordFragment, unknown>;
export const SecretariatRowFragmentDoc = new TypedDocumentString(`
    fragment SecretariatRow on Secretariat {
  viewerCan {
    ...Abilities
  }
  ...SecretariatRef
  version
  publication
  abbreviation
  installedOn
  nationalOrder
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}`, {"fragmentName":"SecretariatRow"}) as unknown as TypedDocumentString<SecretariatRowFragment, unknown>;
export const SecretariatRecordFragmentDoc = new TypedDocumentString(`
    fragment SecretariatRecord on Secretariat {
  ...SecretariatRow
  decisionRule
  declaredSeats {
    sector
    seats
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment SecretariatRow on Secretariat {
  viewerCan {
    ...Abilities
  }
  ...SecretariatRef
  version
  publication
  abbreviation
  installedOn
  nationalOrder
}`, {"fragmentName":"SecretariatRecord"}) as unknown as TypedDocumentString<SecretariatRecordFragment, unknown>;
export const SessionAttendanceRecordFragmentDoc = new TypedDocumentString(`
    fragment SessionAttendanceRecord on SessionAttendance {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  session {
    id
    type
    number
    date
    secretariat {
      ...SecretariatRef
    }
  }
  post {
    id
    label
  }
  organization {
    ...OrgName
  }
  person {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"SessionAttendanceRecord"}) as unknown as TypedDocumentString<SessionAttendanceRecordFragment, unknown>;
export const SessionRowFragmentDoc = new TypedDocumentString(`
    fragment SessionRow on Session {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  type
  number
  date
  municipality {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}`, {"fragmentName":"SessionRow"}) as unknown as TypedDocumentString<SessionRowFragment, unknown>;
export const SessionRecordFragmentDoc = new TypedDocumentString(`
    fragment SessionRecord on Session {
  ...SessionRow
  summary
  convenedBy
  municipalityInferred
  venue {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment SessionRow on Session {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  type
  number
  date
  municipality {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}`, {"fragmentName":"SessionRecord"}) as unknown as TypedDocumentString<SessionRecordFragment, unknown>;
export const SourceDocumentRowFragmentDoc = new TypedDocumentString(`
    fragment SourceDocumentRow on SourceDocument {
  id
  key
  title
  url
  publishedOn
  publishedBy {
    ...OrgName
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"SourceDocumentRow"}) as unknown as TypedDocumentString<SourceDocumentRowFragment, unknown>;
export const StaffAccountRowFragmentDoc = new TypedDocumentString(`
    fragment StaffAccountRow on StaffAccount {
  id
  version
  email
  displayName
  role
  disabledAt
  createdAt
  invitationPending
  organization {
    ...OrgName
  }
  state {
    id
    code
    name
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}`, {"fragmentName":"StaffAccountRow"}) as unknown as TypedDocumentString<StaffAccountRowFragment, unknown>;
export const IssuedLinkFragmentDoc = new TypedDocumentString(`
    fragment IssuedLink on IssuedPasswordLink {
  purpose
  delivery
  link
  expiresAt
  emailError
  account {
    ...StaffAccountRow
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment StaffAccountRow on StaffAccount {
  id
  version
  email
  displayName
  role
  disabledAt
  createdAt
  invitationPending
  organization {
    ...OrgName
  }
  state {
    id
    code
    name
  }
}`, {"fragmentName":"IssuedLink"}) as unknown as TypedDocumentString<IssuedLinkFragment, unknown>;
export const StateRowFragmentDoc = new TypedDocumentString(`
    fragment StateRow on State {
  id
  code
  name
  inegiKey
  ocdId
}
    `, {"fragmentName":"StateRow"}) as unknown as TypedDocumentString<StateRowFragment, unknown>;
export const ThemeRowFragmentDoc = new TypedDocumentString(`
    fragment ThemeRow on Theme {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  exercise {
    ...ExerciseRef
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}`, {"fragmentName":"ThemeRow"}) as unknown as TypedDocumentString<ThemeRowFragment, unknown>;
export const ThemeRecordFragmentDoc = new TypedDocumentString(`
    fragment ThemeRecord on Theme {
  ...ThemeRow
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment ThemeRow on Theme {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  exercise {
    ...ExerciseRef
  }
}`, {"fragmentName":"ThemeRecord"}) as unknown as TypedDocumentString<ThemeRecordFragment, unknown>;
export const VenueRowFragmentDoc = new TypedDocumentString(`
    fragment VenueRow on Venue {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  municipality {
    id
    name
    cvegeo
    timeZone
    state {
      id
      code
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}`, {"fragmentName":"VenueRow"}) as unknown as TypedDocumentString<VenueRowFragment, unknown>;
export const VenueRecordFragmentDoc = new TypedDocumentString(`
    fragment VenueRecord on Venue {
  ...VenueRow
  source {
    ...Source
  }
  updatedAt
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment VenueRow on Venue {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  municipality {
    id
    name
    cvegeo
    timeZone
    state {
      id
      code
    }
  }
}`, {"fragmentName":"VenueRecord"}) as unknown as TypedDocumentString<VenueRecordFragment, unknown>;
export const ListActionPlansDocument = new TypedDocumentString(`
    query ListActionPlans($first: Int, $after: String, $filter: ActionPlanFilter, $orderBy: ActionPlanOrder, $publication: Publication) {
  page: actionPlans(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...ActionPlanRow
    }
  }
}
    fragment ActionPlanRow on ActionPlan {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  startYear
  endYear
  publishedOn
  exercise {
    ...ExerciseRef
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}`) as unknown as TypedDocumentString<ListActionPlansQuery, ListActionPlansQueryVariables>;
export const GetActionPlanDocument = new TypedDocumentString(`
    query GetActionPlan($id: ID!) {
  record: actionPlan(id: $id) {
    ...ActionPlanRecord
  }
}
    fragment ActionPlanRow on ActionPlan {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  startYear
  endYear
  publishedOn
  exercise {
    ...ExerciseRef
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment ActionPlanRecord on ActionPlan {
  ...ActionPlanRow
  agreedOn
  signedOn
  publishedIn
  workStartOn
  methodology
  agreedAtSession {
    id
    number
    type
    date
  }
  source {
    ...Source
  }
  commitments {
    id
    number
    title
    isProactive
    publication
    progress {
      percent
      unknownReason
      milestonesDone
      milestonesTotal
      milestonesDisputed
    }
    pagesDelivered {
      pages
      qualifier
    }
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}`) as unknown as TypedDocumentString<GetActionPlanQuery, GetActionPlanQueryVariables>;
export const CreateActionPlanDocument = new TypedDocumentString(`
    mutation CreateActionPlan($input: ActionPlanInput!) {
  record: createActionPlan(input: $input) {
    ...ActionPlanRecord
  }
}
    fragment ActionPlanRow on ActionPlan {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  startYear
  endYear
  publishedOn
  exercise {
    ...ExerciseRef
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment ActionPlanRecord on ActionPlan {
  ...ActionPlanRow
  agreedOn
  signedOn
  publishedIn
  workStartOn
  methodology
  agreedAtSession {
    id
    number
    type
    date
  }
  source {
    ...Source
  }
  commitments {
    id
    number
    title
    isProactive
    publication
    progress {
      percent
      unknownReason
      milestonesDone
      milestonesTotal
      milestonesDisputed
    }
    pagesDelivered {
      pages
      qualifier
    }
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}`) as unknown as TypedDocumentString<CreateActionPlanMutation, CreateActionPlanMutationVariables>;
export const UpdateActionPlanDocument = new TypedDocumentString(`
    mutation UpdateActionPlan($id: ID!, $version: Int!, $input: ActionPlanInput!) {
  record: updateActionPlan(id: $id, version: $version, input: $input) {
    ...ActionPlanRecord
  }
}
    fragment ActionPlanRow on ActionPlan {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  startYear
  endYear
  publishedOn
  exercise {
    ...ExerciseRef
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment ActionPlanRecord on ActionPlan {
  ...ActionPlanRow
  agreedOn
  signedOn
  publishedIn
  workStartOn
  methodology
  agreedAtSession {
    id
    number
    type
    date
  }
  source {
    ...Source
  }
  commitments {
    id
    number
    title
    isProactive
    publication
    progress {
      percent
      unknownReason
      milestonesDone
      milestonesTotal
      milestonesDisputed
    }
    pagesDelivered {
      pages
      qualifier
    }
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}`) as unknown as TypedDocumentString<UpdateActionPlanMutation, UpdateActionPlanMutationVariables>;
export const DeleteActionPlanDocument = new TypedDocumentString(`
    mutation DeleteActionPlan($id: ID!, $version: Int!) {
  record: deleteActionPlan(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteActionPlanMutation, DeleteActionPlanMutationVariables>;
export const RestoreActionPlanDocument = new TypedDocumentString(`
    mutation RestoreActionPlan($id: ID!) {
  record: restoreActionPlan(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreActionPlanMutation, RestoreActionPlanMutationVariables>;
export const ActivityDocument = new TypedDocumentString(`
    query Activity($recordId: ID, $entity: String, $first: Int, $after: String) {
  page: activity(
    recordId: $recordId
    entity: $entity
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      id
      action
      at
      entity
      recordId
      role
      account {
        id
        displayName
      }
      organization {
        ...OrgName
      }
      changes {
        field
        before
        after
      }
    }
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<ActivityQuery, ActivityQueryVariables>;
export const ListAgreementsDocument = new TypedDocumentString(`
    query ListAgreements($first: Int, $after: String, $filter: AgreementFilter, $orderBy: AgreementOrder, $publication: Publication) {
  page: agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...AgreementRow
    }
  }
}
    fragment AgreementRow on Agreement {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  text
  status
  statusNote
  responsible {
    ...OrgName
  }
  session {
    id
    number
    type
    date
    secretariat {
      ...SecretariatRef
    }
  }
  event {
    id
    title
    kind
    startDate
    exercise {
      ...ExerciseRef
    }
    commitments {
      ...CommitmentRef
    }
  }
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<ListAgreementsQuery, ListAgreementsQueryVariables>;
export const GetAgreementDocument = new TypedDocumentString(`
    query GetAgreement($id: ID!) {
  record: agreement(id: $id) {
    ...AgreementRecord
  }
}
    fragment AgreementRow on Agreement {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  text
  status
  statusNote
  responsible {
    ...OrgName
  }
  session {
    id
    number
    type
    date
    secretariat {
      ...SecretariatRef
    }
  }
  event {
    id
    title
    kind
    startDate
    exercise {
      ...ExerciseRef
    }
    commitments {
      ...CommitmentRef
    }
  }
}
fragment AgreementRecord on Agreement {
  ...AgreementRow
  source {
    ...Source
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<GetAgreementQuery, GetAgreementQueryVariables>;
export const CreateAgreementDocument = new TypedDocumentString(`
    mutation CreateAgreement($input: AgreementInput!) {
  record: createAgreement(input: $input) {
    ...AgreementRecord
  }
}
    fragment AgreementRow on Agreement {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  text
  status
  statusNote
  responsible {
    ...OrgName
  }
  session {
    id
    number
    type
    date
    secretariat {
      ...SecretariatRef
    }
  }
  event {
    id
    title
    kind
    startDate
    exercise {
      ...ExerciseRef
    }
    commitments {
      ...CommitmentRef
    }
  }
}
fragment AgreementRecord on Agreement {
  ...AgreementRow
  source {
    ...Source
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const UpdateAgreementDocument = new TypedDocumentString(`
    mutation UpdateAgreement($id: ID!, $version: Int!, $input: AgreementInput!) {
  record: updateAgreement(id: $id, version: $version, input: $input) {
    ...AgreementRecord
  }
}
    fragment AgreementRow on Agreement {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  text
  status
  statusNote
  responsible {
    ...OrgName
  }
  session {
    id
    number
    type
    date
    secretariat {
      ...SecretariatRef
    }
  }
  event {
    id
    title
    kind
    startDate
    exercise {
      ...ExerciseRef
    }
    commitments {
      ...CommitmentRef
    }
  }
}
fragment AgreementRecord on Agreement {
  ...AgreementRow
  source {
    ...Source
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const DeleteAgreementDocument = new TypedDocumentString(`
    mutation DeleteAgreement($id: ID!, $version: Int!) {
  record: deleteAgreement(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteAgreementMutation, DeleteAgreementMutationVariables>;
export const RestoreAgreementDocument = new TypedDocumentString(`
    mutation RestoreAgreement($id: ID!) {
  record: restoreAgreement(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreAgreementMutation, RestoreAgreementMutationVariables>;
export const ListCommitmentsDocument = new TypedDocumentString(`
    query ListCommitments($first: Int, $after: String, $filter: CommitmentFilter, $orderBy: CommitmentOrder, $publication: Publication) {
  page: commitments(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...CommitmentRow
    }
  }
}
    fragment CommitmentRow on Commitment {
  viewerCan {
    ...Abilities
  }
  ...CommitmentRef
  version
  publication
  isProactive
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}`) as unknown as TypedDocumentString<ListCommitmentsQuery, ListCommitmentsQueryVariables>;
export const GetCommitmentDocument = new TypedDocumentString(`
    query GetCommitment($id: ID!) {
  record: commitment(id: $id) {
    ...CommitmentRecord
  }
}
    fragment CommitmentRow on Commitment {
  viewerCan {
    ...Abilities
  }
  ...CommitmentRef
  version
  publication
  isProactive
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment CommitmentRecord on Commitment {
  ...CommitmentRow
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  objective
  activationCondition
  responsibleAgenciesInferred
  participatingAgencies {
    id
  }
  themes {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}`) as unknown as TypedDocumentString<GetCommitmentQuery, GetCommitmentQueryVariables>;
export const CreateCommitmentDocument = new TypedDocumentString(`
    mutation CreateCommitment($input: CommitmentInput!) {
  record: createCommitment(input: $input) {
    ...CommitmentRecord
  }
}
    fragment CommitmentRow on Commitment {
  viewerCan {
    ...Abilities
  }
  ...CommitmentRef
  version
  publication
  isProactive
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment CommitmentRecord on Commitment {
  ...CommitmentRow
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  objective
  activationCondition
  responsibleAgenciesInferred
  participatingAgencies {
    id
  }
  themes {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}`) as unknown as TypedDocumentString<CreateCommitmentMutation, CreateCommitmentMutationVariables>;
export const UpdateCommitmentDocument = new TypedDocumentString(`
    mutation UpdateCommitment($id: ID!, $version: Int!, $input: CommitmentInput!) {
  record: updateCommitment(id: $id, version: $version, input: $input) {
    ...CommitmentRecord
  }
}
    fragment CommitmentRow on Commitment {
  viewerCan {
    ...Abilities
  }
  ...CommitmentRef
  version
  publication
  isProactive
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment CommitmentRecord on Commitment {
  ...CommitmentRow
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  objective
  activationCondition
  responsibleAgenciesInferred
  participatingAgencies {
    id
  }
  themes {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}`) as unknown as TypedDocumentString<UpdateCommitmentMutation, UpdateCommitmentMutationVariables>;
export const DeleteCommitmentDocument = new TypedDocumentString(`
    mutation DeleteCommitment($id: ID!, $version: Int!) {
  record: deleteCommitment(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteCommitmentMutation, DeleteCommitmentMutationVariables>;
export const RestoreCommitmentDocument = new TypedDocumentString(`
    mutation RestoreCommitment($id: ID!) {
  record: restoreCommitment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreCommitmentMutation, RestoreCommitmentMutationVariables>;
export const CommitmentDetailDocument = new TypedDocumentString(`
    query CommitmentDetail($id: ID!) {
  commitment(id: $id) {
    ...CommitmentRecord
    plan {
      id
      title
    }
    milestones {
      viewerCan {
        ...Abilities
      }
      id
      version
      publication
      position
      title
      description
      status
      weight
      startDate
      dueDate
      completedOn
      evidenceUrl
      evidenceDescription
      reviews {
        id
        verdict
        comment
        reviewedStatus
        createdAt
        organization {
          ...OrgName
        }
      }
    }
    meetings {
      id
      version
      publication
      kind
      title
      startDate
      endDate
      municipality {
        id
        name
      }
      agreements {
        id
        status
        text
      }
    }
    informationRequests {
      viewerCan {
        ...Abilities
      }
      id
      version
      publication
      subject
      requestedOn
      response
      recipient {
        ...OrgName
      }
      recipientDescription
      recipientCount
      respondedCount
    }
    informationDeliveries {
      viewerCan {
        ...Abilities
      }
      id
      version
      publication
      description
      deliveredOn
      pages
      pagesQualifier
      deliveredBy {
        ...OrgName
      }
      deliveredByDescription
    }
    evaluationScores {
      score
      criterion {
        id
        code
        label
        dimension
        position
      }
    }
  }
}
    fragment CommitmentRow on Commitment {
  viewerCan {
    ...Abilities
  }
  ...CommitmentRef
  version
  publication
  isProactive
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
  }
  pagesDelivered {
    pages
    qualifier
  }
}
fragment CommitmentRecord on Commitment {
  ...CommitmentRow
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  objective
  activationCondition
  responsibleAgenciesInferred
  participatingAgencies {
    id
  }
  themes {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}
fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<CommitmentDetailQuery, CommitmentDetailQueryVariables>;
export const RecordHistoryDocument = new TypedDocumentString(`
    query RecordHistory($recordId: ID!) {
  recordHistory(recordId: $recordId) {
    id
    action
    at
    entity
    role
    requestId
    account {
      id
      displayName
      email
    }
    organization {
      ...OrgName
    }
    changes {
      field
      before
      after
    }
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const PublicHistoryDocument = new TypedDocumentString(`
    query PublicHistory($recordId: ID!) {
  publicHistory(recordId: $recordId) {
    action
    at
    entity
    organization {
      ...OrgName
    }
    changes {
      field
      before
      after
    }
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<PublicHistoryQuery, PublicHistoryQueryVariables>;
export const CompareExercisesDocument = new TypedDocumentString(`
    query CompareExercises($filter: ExerciseFilter) {
  compareExercises(filter: $filter) {
    exerciseId
    slug
    title
    stateCode
    isSynthetic
    isDemo
    stage
    reportedStatus
    secretariat {
      installedOn
      sectors {
        sector
        declaredSeats
        seatsListed
        seatsOpen
        bodiesNamed
      }
    }
    commitments {
      plans
      regular
      proactive
      total
      withMeasuredProgress
      withUnknownProgress
      complete
      averageProgressPercent
    }
    pagesDelivered {
      pages
      qualifier
      deliveriesWithoutPageCount
    }
    informationRequests {
      total
      answeredFully
      answeredPartially
      notAnswered
      responseUnknown
    }
    sessions {
      total
      ordinary
      extraordinary
    }
    agreements {
      total
      done
      pending
    }
    attendance {
      value
      qualifier
    }
    daysToSecretariatInstallation {
      days
      atLeast
      atMost
    }
    daysToPlanPublication {
      days
      atLeast
      atMost
    }
    evaluation {
      scoresKnown
      scoresExpected
      averageQualityScore
      averageRelevanceScore
    }
  }
}
    `) as unknown as TypedDocumentString<CompareExercisesQuery, CompareExercisesQueryVariables>;
export const DashboardCommitmentsDocument = new TypedDocumentString(`
    query DashboardCommitments($filter: CommitmentFilter, $withMilestones: Boolean!) {
  commitments(first: 100, filter: $filter) {
    totalCount
    nodes {
      id
      number
      title
      progress {
        percent
        unknownReason
        milestonesDone
        milestonesTotal
        milestonesDisputed
      }
      pagesDelivered {
        pages
        qualifier
      }
      milestones @include(if: $withMilestones) {
        id
        title
        status
        dueDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCommitmentsQuery, DashboardCommitmentsQueryVariables>;
export const OverdueMilestonesDocument = new TypedDocumentString(`
    query OverdueMilestones($today: Date!, $stateId: ID) {
  milestones(
    first: 100
    filter: {dueTo: $today, statuses: [NOT_STARTED, IN_PROGRESS], stateId: $stateId}
    orderBy: {field: DUE_DATE}
  ) {
    totalCount
    nodes {
      id
      title
      status
      dueDate
      commitment {
        id
        number
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverdueMilestonesQuery, OverdueMilestonesQueryVariables>;
export const PendingAgreementsDocument = new TypedDocumentString(`
    query PendingAgreements($filter: AgreementFilter) {
  agreements(first: 100, filter: $filter) {
    totalCount
    nodes {
      id
      position
      text
      status
      session {
        id
        number
        type
        date
      }
      event {
        id
        title
      }
      responsible {
        ...OrgName
      }
    }
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<PendingAgreementsQuery, PendingAgreementsQueryVariables>;
export const DeliveriesTimelineDocument = new TypedDocumentString(`
    query DeliveriesTimeline($after: String, $filter: InformationDeliveryFilter) {
  page: informationDeliveries(
    first: 100
    after: $after
    filter: $filter
    orderBy: {field: DELIVERED_ON}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      deliveredOn
      pages
      pagesQualifier
      publication
    }
  }
}
    `) as unknown as TypedDocumentString<DeliveriesTimelineQuery, DeliveriesTimelineQueryVariables>;
export const DocumentsOfDocument = new TypedDocumentString(`
    query DocumentsOf($filter: DocumentFilter!) {
  page: documents(filter: $filter, first: 100) {
    nodes {
      id
      version
      publication
      title
      kind
      date
      fileName
      downloadPath
      size
      mediaType
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsOfQuery, DocumentsOfQueryVariables>;
export const CreateDocumentForDocument = new TypedDocumentString(`
    mutation CreateDocumentFor($input: DocumentInput!) {
  record: createDocument(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDocumentForMutation, CreateDocumentForMutationVariables>;
export const ListEvaluationCriteriaDocument = new TypedDocumentString(`
    query ListEvaluationCriteria($first: Int, $after: String, $filter: EvaluationCriterionFilter, $orderBy: EvaluationCriterionOrder, $publication: Publication) {
  page: evaluationCriteria(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...EvaluationCriterionRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment EvaluationCriterionRow on EvaluationCriterion {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  code
  label
  dimension
  position
  evaluation {
    id
    title
    plan {
      id
      exercise {
        ...ExerciseRef
      }
    }
  }
}`) as unknown as TypedDocumentString<ListEvaluationCriteriaQuery, ListEvaluationCriteriaQueryVariables>;
export const GetEvaluationCriterionDocument = new TypedDocumentString(`
    query GetEvaluationCriterion($id: ID!) {
  record: evaluationCriterion(id: $id) {
    ...EvaluationCriterionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment EvaluationCriterionRow on EvaluationCriterion {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  code
  label
  dimension
  position
  evaluation {
    id
    title
    plan {
      id
      exercise {
        ...ExerciseRef
      }
    }
  }
}
fragment EvaluationCriterionRecord on EvaluationCriterion {
  ...EvaluationCriterionRow
  question
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetEvaluationCriterionQuery, GetEvaluationCriterionQueryVariables>;
export const CreateEvaluationCriterionDocument = new TypedDocumentString(`
    mutation CreateEvaluationCriterion($input: EvaluationCriterionInput!) {
  record: createEvaluationCriterion(input: $input) {
    ...EvaluationCriterionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment EvaluationCriterionRow on EvaluationCriterion {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  code
  label
  dimension
  position
  evaluation {
    id
    title
    plan {
      id
      exercise {
        ...ExerciseRef
      }
    }
  }
}
fragment EvaluationCriterionRecord on EvaluationCriterion {
  ...EvaluationCriterionRow
  question
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateEvaluationCriterionMutation, CreateEvaluationCriterionMutationVariables>;
export const UpdateEvaluationCriterionDocument = new TypedDocumentString(`
    mutation UpdateEvaluationCriterion($id: ID!, $version: Int!, $input: EvaluationCriterionInput!) {
  record: updateEvaluationCriterion(id: $id, version: $version, input: $input) {
    ...EvaluationCriterionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment EvaluationCriterionRow on EvaluationCriterion {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  code
  label
  dimension
  position
  evaluation {
    id
    title
    plan {
      id
      exercise {
        ...ExerciseRef
      }
    }
  }
}
fragment EvaluationCriterionRecord on EvaluationCriterion {
  ...EvaluationCriterionRow
  question
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateEvaluationCriterionMutation, UpdateEvaluationCriterionMutationVariables>;
export const DeleteEvaluationCriterionDocument = new TypedDocumentString(`
    mutation DeleteEvaluationCriterion($id: ID!, $version: Int!) {
  record: deleteEvaluationCriterion(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteEvaluationCriterionMutation, DeleteEvaluationCriterionMutationVariables>;
export const RestoreEvaluationCriterionDocument = new TypedDocumentString(`
    mutation RestoreEvaluationCriterion($id: ID!) {
  record: restoreEvaluationCriterion(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreEvaluationCriterionMutation, RestoreEvaluationCriterionMutationVariables>;
export const ListEvaluationsDocument = new TypedDocumentString(`
    query ListEvaluations($first: Int, $after: String, $filter: EvaluationFilter, $orderBy: EvaluationOrder, $publication: Publication) {
  page: evaluations(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...EvaluationRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EvaluationRow on Evaluation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  presentedOn
  evaluator {
    ...OrgName
  }
  plan {
    id
    title
    exercise {
      ...ExerciseRef
    }
  }
}`) as unknown as TypedDocumentString<ListEvaluationsQuery, ListEvaluationsQueryVariables>;
export const GetEvaluationDocument = new TypedDocumentString(`
    query GetEvaluation($id: ID!) {
  record: evaluation(id: $id) {
    ...EvaluationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EvaluationRow on Evaluation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  presentedOn
  evaluator {
    ...OrgName
  }
  plan {
    id
    title
    exercise {
      ...ExerciseRef
    }
  }
}
fragment EvaluationRecord on Evaluation {
  ...EvaluationRow
  scoresNote
  presentedAt {
    id
    title
  }
  criteria {
    id
    code
    label
    dimension
    position
    question
  }
  recommendations {
    id
    kind
    position
    text
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetEvaluationQuery, GetEvaluationQueryVariables>;
export const CreateEvaluationDocument = new TypedDocumentString(`
    mutation CreateEvaluation($input: EvaluationInput!) {
  record: createEvaluation(input: $input) {
    ...EvaluationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EvaluationRow on Evaluation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  presentedOn
  evaluator {
    ...OrgName
  }
  plan {
    id
    title
    exercise {
      ...ExerciseRef
    }
  }
}
fragment EvaluationRecord on Evaluation {
  ...EvaluationRow
  scoresNote
  presentedAt {
    id
    title
  }
  criteria {
    id
    code
    label
    dimension
    position
    question
  }
  recommendations {
    id
    kind
    position
    text
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateEvaluationMutation, CreateEvaluationMutationVariables>;
export const UpdateEvaluationDocument = new TypedDocumentString(`
    mutation UpdateEvaluation($id: ID!, $version: Int!, $input: EvaluationInput!) {
  record: updateEvaluation(id: $id, version: $version, input: $input) {
    ...EvaluationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EvaluationRow on Evaluation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  title
  presentedOn
  evaluator {
    ...OrgName
  }
  plan {
    id
    title
    exercise {
      ...ExerciseRef
    }
  }
}
fragment EvaluationRecord on Evaluation {
  ...EvaluationRow
  scoresNote
  presentedAt {
    id
    title
  }
  criteria {
    id
    code
    label
    dimension
    position
    question
  }
  recommendations {
    id
    kind
    position
    text
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateEvaluationMutation, UpdateEvaluationMutationVariables>;
export const DeleteEvaluationDocument = new TypedDocumentString(`
    mutation DeleteEvaluation($id: ID!, $version: Int!) {
  record: deleteEvaluation(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteEvaluationMutation, DeleteEvaluationMutationVariables>;
export const RestoreEvaluationDocument = new TypedDocumentString(`
    mutation RestoreEvaluation($id: ID!) {
  record: restoreEvaluation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreEvaluationMutation, RestoreEvaluationMutationVariables>;
export const CreateEvaluationScoreDocument = new TypedDocumentString(`
    mutation CreateEvaluationScore($input: EvaluationScoreInput!) {
  record: createEvaluationScore(input: $input) {
    id
    version
    score
    publication
  }
}
    `) as unknown as TypedDocumentString<CreateEvaluationScoreMutation, CreateEvaluationScoreMutationVariables>;
export const UpdateEvaluationScoreDocument = new TypedDocumentString(`
    mutation UpdateEvaluationScore($id: ID!, $version: Int!, $input: EvaluationScoreInput!) {
  record: updateEvaluationScore(id: $id, version: $version, input: $input) {
    id
    version
    score
    publication
  }
}
    `) as unknown as TypedDocumentString<UpdateEvaluationScoreMutation, UpdateEvaluationScoreMutationVariables>;
export const EvaluationRubricDocument = new TypedDocumentString(`
    query EvaluationRubric($id: ID!) {
  evaluation(id: $id) {
    id
    title
    scoresNote
    presentedOn
    evaluator {
      ...OrgName
    }
    criteria {
      id
      code
      label
      dimension
      position
      question
    }
    plan {
      id
      title
      exercise {
        ...ExerciseRef
      }
      commitments {
        id
        number
        title
        isProactive
        viewerCan {
          create
        }
        evaluationScores {
          score
          criterion {
            id
          }
          record {
            id
            version
            score
            publication
            viewerCan {
              update
            }
          }
        }
      }
    }
  }
}
    fragment ExerciseRef on Exercise {
  id
  title
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<EvaluationRubricQuery, EvaluationRubricQueryVariables>;
export const ListEventsDocument = new TypedDocumentString(`
    query ListEvents($first: Int, $after: String, $filter: EventFilter, $orderBy: EventOrder, $publication: Publication) {
  page: events(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...EventRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment EventRow on Event {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  title
  startDate
  endDate
  attendeeCount
  attendeeCountQualifier
  municipality {
    id
    name
  }
  exercise {
    ...ExerciseRef
  }
  commitments {
    ...CommitmentRef
  }
}`) as unknown as TypedDocumentString<ListEventsQuery, ListEventsQueryVariables>;
export const GetEventDocument = new TypedDocumentString(`
    query GetEvent($id: ID!) {
  record: event(id: $id) {
    ...EventRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EventRow on Event {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  title
  startDate
  endDate
  attendeeCount
  attendeeCountQualifier
  municipality {
    id
    name
  }
  exercise {
    ...ExerciseRef
  }
  commitments {
    ...CommitmentRef
  }
}
fragment EventRecord on Event {
  ...EventRow
  description
  attendanceNote
  startDateInferred
  municipalityInferred
  parent {
    id
    title
  }
  region {
    id
    name
  }
  venue {
    id
    name
  }
  themes {
    id
    name
  }
  organizations {
    role
    organization {
      ...OrgName
    }
  }
  agreements {
    id
    version
    position
    text
    status
    statusNote
    responsible {
      ...OrgName
    }
  }
  children {
    id
    title
    startDate
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetEventQuery, GetEventQueryVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: EventInput!) {
  record: createEvent(input: $input) {
    ...EventRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EventRow on Event {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  title
  startDate
  endDate
  attendeeCount
  attendeeCountQualifier
  municipality {
    id
    name
  }
  exercise {
    ...ExerciseRef
  }
  commitments {
    ...CommitmentRef
  }
}
fragment EventRecord on Event {
  ...EventRow
  description
  attendanceNote
  startDateInferred
  municipalityInferred
  parent {
    id
    title
  }
  region {
    id
    name
  }
  venue {
    id
    name
  }
  themes {
    id
    name
  }
  organizations {
    role
    organization {
      ...OrgName
    }
  }
  agreements {
    id
    version
    position
    text
    status
    statusNote
    responsible {
      ...OrgName
    }
  }
  children {
    id
    title
    startDate
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = new TypedDocumentString(`
    mutation UpdateEvent($id: ID!, $version: Int!, $input: EventInput!) {
  record: updateEvent(id: $id, version: $version, input: $input) {
    ...EventRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment EventRow on Event {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  title
  startDate
  endDate
  attendeeCount
  attendeeCountQualifier
  municipality {
    id
    name
  }
  exercise {
    ...ExerciseRef
  }
  commitments {
    ...CommitmentRef
  }
}
fragment EventRecord on Event {
  ...EventRow
  description
  attendanceNote
  startDateInferred
  municipalityInferred
  parent {
    id
    title
  }
  region {
    id
    name
  }
  venue {
    id
    name
  }
  themes {
    id
    name
  }
  organizations {
    role
    organization {
      ...OrgName
    }
  }
  agreements {
    id
    version
    position
    text
    status
    statusNote
    responsible {
      ...OrgName
    }
  }
  children {
    id
    title
    startDate
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const DeleteEventDocument = new TypedDocumentString(`
    mutation DeleteEvent($id: ID!, $version: Int!) {
  record: deleteEvent(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteEventMutation, DeleteEventMutationVariables>;
export const RestoreEventDocument = new TypedDocumentString(`
    mutation RestoreEvent($id: ID!) {
  record: restoreEvent(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreEventMutation, RestoreEventMutationVariables>;
export const ListExercisesDocument = new TypedDocumentString(`
    query ListExercises($first: Int, $after: String, $filter: ExerciseFilter, $orderBy: ExerciseOrder, $publication: Publication) {
  page: exercises(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...ExerciseRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRow on Exercise {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  title
  startDate
  endDate
  isDemo
  state {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ListExercisesQuery, ListExercisesQueryVariables>;
export const GetExerciseDocument = new TypedDocumentString(`
    query GetExercise($id: ID!) {
  record: exercise(id: $id) {
    ...ExerciseRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment ExerciseRow on Exercise {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  title
  startDate
  endDate
  isDemo
  state {
    id
    code
    name
  }
}
fragment ExerciseRecord on Exercise {
  ...ExerciseRow
  description
  jointDeclarationOn
  reportedStatus
  isSynthetic
  evaluator {
    ...OrgName
  }
  guarantor {
    ...OrgName
  }
  localAuthority {
    ...OrgName
  }
  source {
    ...Source
  }
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  statistics {
    sessions
    ordinarySessions
    extraordinarySessions
    commitments
    events
    agreements
    agreementsByStatus {
      status
      count
    }
    attendance {
      value
      qualifier
    }
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetExerciseQuery, GetExerciseQueryVariables>;
export const CreateExerciseDocument = new TypedDocumentString(`
    mutation CreateExercise($input: ExerciseInput!) {
  record: createExercise(input: $input) {
    ...ExerciseRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment ExerciseRow on Exercise {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  title
  startDate
  endDate
  isDemo
  state {
    id
    code
    name
  }
}
fragment ExerciseRecord on Exercise {
  ...ExerciseRow
  description
  jointDeclarationOn
  reportedStatus
  isSynthetic
  evaluator {
    ...OrgName
  }
  guarantor {
    ...OrgName
  }
  localAuthority {
    ...OrgName
  }
  source {
    ...Source
  }
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  statistics {
    sessions
    ordinarySessions
    extraordinarySessions
    commitments
    events
    agreements
    agreementsByStatus {
      status
      count
    }
    attendance {
      value
      qualifier
    }
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateExerciseMutation, CreateExerciseMutationVariables>;
export const UpdateExerciseDocument = new TypedDocumentString(`
    mutation UpdateExercise($id: ID!, $version: Int!, $input: ExerciseInput!) {
  record: updateExercise(id: $id, version: $version, input: $input) {
    ...ExerciseRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment ExerciseRow on Exercise {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  title
  startDate
  endDate
  isDemo
  state {
    id
    code
    name
  }
}
fragment ExerciseRecord on Exercise {
  ...ExerciseRow
  description
  jointDeclarationOn
  reportedStatus
  isSynthetic
  evaluator {
    ...OrgName
  }
  guarantor {
    ...OrgName
  }
  localAuthority {
    ...OrgName
  }
  source {
    ...Source
  }
  pagesDelivered {
    pages
    qualifier
    deliveriesCounted
    deliveriesWithoutPageCount
  }
  statistics {
    sessions
    ordinarySessions
    extraordinarySessions
    commitments
    events
    agreements
    agreementsByStatus {
      status
      count
    }
    attendance {
      value
      qualifier
    }
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateExerciseMutation, UpdateExerciseMutationVariables>;
export const DeleteExerciseDocument = new TypedDocumentString(`
    mutation DeleteExercise($id: ID!, $version: Int!) {
  record: deleteExercise(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteExerciseMutation, DeleteExerciseMutationVariables>;
export const RestoreExerciseDocument = new TypedDocumentString(`
    mutation RestoreExercise($id: ID!) {
  record: restoreExercise(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreExerciseMutation, RestoreExerciseMutationVariables>;
export const ListInformationDeliveriesDocument = new TypedDocumentString(`
    query ListInformationDeliveries($first: Int, $after: String, $filter: InformationDeliveryFilter, $orderBy: InformationDeliveryOrder, $publication: Publication) {
  page: informationDeliveries(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...InformationDeliveryRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationDeliveryRow on InformationDelivery {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  deliveredOn
  pages
  pagesQualifier
  deliveredBy {
    ...OrgName
  }
  deliveredByDescription
  commitment {
    ...CommitmentRef
  }
}`) as unknown as TypedDocumentString<ListInformationDeliveriesQuery, ListInformationDeliveriesQueryVariables>;
export const GetInformationDeliveryDocument = new TypedDocumentString(`
    query GetInformationDelivery($id: ID!) {
  record: informationDelivery(id: $id) {
    ...InformationDeliveryRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationDeliveryRow on InformationDelivery {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  deliveredOn
  pages
  pagesQualifier
  deliveredBy {
    ...OrgName
  }
  deliveredByDescription
  commitment {
    ...CommitmentRef
  }
}
fragment InformationDeliveryRecord on InformationDelivery {
  ...InformationDeliveryRow
  request {
    id
    subject
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetInformationDeliveryQuery, GetInformationDeliveryQueryVariables>;
export const CreateInformationDeliveryDocument = new TypedDocumentString(`
    mutation CreateInformationDelivery($input: InformationDeliveryInput!) {
  record: createInformationDelivery(input: $input) {
    ...InformationDeliveryRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationDeliveryRow on InformationDelivery {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  deliveredOn
  pages
  pagesQualifier
  deliveredBy {
    ...OrgName
  }
  deliveredByDescription
  commitment {
    ...CommitmentRef
  }
}
fragment InformationDeliveryRecord on InformationDelivery {
  ...InformationDeliveryRow
  request {
    id
    subject
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateInformationDeliveryMutation, CreateInformationDeliveryMutationVariables>;
export const UpdateInformationDeliveryDocument = new TypedDocumentString(`
    mutation UpdateInformationDelivery($id: ID!, $version: Int!, $input: InformationDeliveryInput!) {
  record: updateInformationDelivery(id: $id, version: $version, input: $input) {
    ...InformationDeliveryRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationDeliveryRow on InformationDelivery {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  deliveredOn
  pages
  pagesQualifier
  deliveredBy {
    ...OrgName
  }
  deliveredByDescription
  commitment {
    ...CommitmentRef
  }
}
fragment InformationDeliveryRecord on InformationDelivery {
  ...InformationDeliveryRow
  request {
    id
    subject
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateInformationDeliveryMutation, UpdateInformationDeliveryMutationVariables>;
export const DeleteInformationDeliveryDocument = new TypedDocumentString(`
    mutation DeleteInformationDelivery($id: ID!, $version: Int!) {
  record: deleteInformationDelivery(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteInformationDeliveryMutation, DeleteInformationDeliveryMutationVariables>;
export const RestoreInformationDeliveryDocument = new TypedDocumentString(`
    mutation RestoreInformationDelivery($id: ID!) {
  record: restoreInformationDelivery(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreInformationDeliveryMutation, RestoreInformationDeliveryMutationVariables>;
export const ListInformationRequestsDocument = new TypedDocumentString(`
    query ListInformationRequests($first: Int, $after: String, $filter: InformationRequestFilter, $orderBy: InformationRequestOrder, $publication: Publication) {
  page: informationRequests(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...InformationRequestRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationRequestRow on InformationRequest {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  subject
  requestedOn
  response
  recipient {
    ...OrgName
  }
  recipientDescription
  recipientCount
  respondedCount
  commitment {
    ...CommitmentRef
  }
}`) as unknown as TypedDocumentString<ListInformationRequestsQuery, ListInformationRequestsQueryVariables>;
export const GetInformationRequestDocument = new TypedDocumentString(`
    query GetInformationRequest($id: ID!) {
  record: informationRequest(id: $id) {
    ...InformationRequestRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationRequestRow on InformationRequest {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  subject
  requestedOn
  response
  recipient {
    ...OrgName
  }
  recipientDescription
  recipientCount
  respondedCount
  commitment {
    ...CommitmentRef
  }
}
fragment InformationRequestRecord on InformationRequest {
  ...InformationRequestRow
  responseNote
  deliveries {
    id
    description
    pages
    pagesQualifier
    deliveredOn
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetInformationRequestQuery, GetInformationRequestQueryVariables>;
export const CreateInformationRequestDocument = new TypedDocumentString(`
    mutation CreateInformationRequest($input: InformationRequestInput!) {
  record: createInformationRequest(input: $input) {
    ...InformationRequestRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationRequestRow on InformationRequest {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  subject
  requestedOn
  response
  recipient {
    ...OrgName
  }
  recipientDescription
  recipientCount
  respondedCount
  commitment {
    ...CommitmentRef
  }
}
fragment InformationRequestRecord on InformationRequest {
  ...InformationRequestRow
  responseNote
  deliveries {
    id
    description
    pages
    pagesQualifier
    deliveredOn
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateInformationRequestMutation, CreateInformationRequestMutationVariables>;
export const UpdateInformationRequestDocument = new TypedDocumentString(`
    mutation UpdateInformationRequest($id: ID!, $version: Int!, $input: InformationRequestInput!) {
  record: updateInformationRequest(id: $id, version: $version, input: $input) {
    ...InformationRequestRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment InformationRequestRow on InformationRequest {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  subject
  requestedOn
  response
  recipient {
    ...OrgName
  }
  recipientDescription
  recipientCount
  respondedCount
  commitment {
    ...CommitmentRef
  }
}
fragment InformationRequestRecord on InformationRequest {
  ...InformationRequestRow
  responseNote
  deliveries {
    id
    description
    pages
    pagesQualifier
    deliveredOn
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateInformationRequestMutation, UpdateInformationRequestMutationVariables>;
export const DeleteInformationRequestDocument = new TypedDocumentString(`
    mutation DeleteInformationRequest($id: ID!, $version: Int!) {
  record: deleteInformationRequest(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteInformationRequestMutation, DeleteInformationRequestMutationVariables>;
export const RestoreInformationRequestDocument = new TypedDocumentString(`
    mutation RestoreInformationRequest($id: ID!) {
  record: restoreInformationRequest(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreInformationRequestMutation, RestoreInformationRequestMutationVariables>;
export const ListMembershipsDocument = new TypedDocumentString(`
    query ListMemberships($first: Int, $after: String, $filter: MembershipFilter, $orderBy: MembershipOrder, $publication: Publication) {
  page: memberships(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...MembershipRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MembershipRow on Membership {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  startDate
  endDate
  title
  person {
    id
    name
    honorificPrefix
  }
  onBehalfOf {
    ...OrgName
  }
  post {
    id
    label
    role
    secretariat {
      ...SecretariatRef
    }
  }
}`) as unknown as TypedDocumentString<ListMembershipsQuery, ListMembershipsQueryVariables>;
export const GetMembershipDocument = new TypedDocumentString(`
    query GetMembership($id: ID!) {
  record: membership(id: $id) {
    ...MembershipRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MembershipRow on Membership {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  startDate
  endDate
  title
  person {
    id
    name
    honorificPrefix
  }
  onBehalfOf {
    ...OrgName
  }
  post {
    id
    label
    role
    secretariat {
      ...SecretariatRef
    }
  }
}
fragment MembershipRecord on Membership {
  ...MembershipRow
  recordedUntil
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetMembershipQuery, GetMembershipQueryVariables>;
export const CreateMembershipDocument = new TypedDocumentString(`
    mutation CreateMembership($input: MembershipInput!) {
  record: createMembership(input: $input) {
    ...MembershipRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MembershipRow on Membership {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  startDate
  endDate
  title
  person {
    id
    name
    honorificPrefix
  }
  onBehalfOf {
    ...OrgName
  }
  post {
    id
    label
    role
    secretariat {
      ...SecretariatRef
    }
  }
}
fragment MembershipRecord on Membership {
  ...MembershipRow
  recordedUntil
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateMembershipMutation, CreateMembershipMutationVariables>;
export const UpdateMembershipDocument = new TypedDocumentString(`
    mutation UpdateMembership($id: ID!, $version: Int!, $input: MembershipInput!) {
  record: updateMembership(id: $id, version: $version, input: $input) {
    ...MembershipRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MembershipRow on Membership {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  startDate
  endDate
  title
  person {
    id
    name
    honorificPrefix
  }
  onBehalfOf {
    ...OrgName
  }
  post {
    id
    label
    role
    secretariat {
      ...SecretariatRef
    }
  }
}
fragment MembershipRecord on Membership {
  ...MembershipRow
  recordedUntil
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateMembershipMutation, UpdateMembershipMutationVariables>;
export const DeleteMembershipDocument = new TypedDocumentString(`
    mutation DeleteMembership($id: ID!, $version: Int!) {
  record: deleteMembership(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteMembershipMutation, DeleteMembershipMutationVariables>;
export const RestoreMembershipDocument = new TypedDocumentString(`
    mutation RestoreMembership($id: ID!) {
  record: restoreMembership(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreMembershipMutation, RestoreMembershipMutationVariables>;
export const ListMilestonesDocument = new TypedDocumentString(`
    query ListMilestones($first: Int, $after: String, $filter: MilestoneFilter, $orderBy: MilestoneOrder, $publication: Publication) {
  page: milestones(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...MilestoneRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment MilestoneRow on Milestone {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  title
  status
  weight
  startDate
  dueDate
  completedOn
  commitment {
    ...CommitmentRef
  }
}`) as unknown as TypedDocumentString<ListMilestonesQuery, ListMilestonesQueryVariables>;
export const GetMilestoneDocument = new TypedDocumentString(`
    query GetMilestone($id: ID!) {
  record: milestone(id: $id) {
    ...MilestoneRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MilestoneRow on Milestone {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  title
  status
  weight
  startDate
  dueDate
  completedOn
  commitment {
    ...CommitmentRef
  }
}
fragment MilestoneRecord on Milestone {
  ...MilestoneRow
  description
  evidenceUrl
  evidenceDescription
  documents {
    id
  }
  reviews {
    id
    verdict
    comment
    reviewedStatus
    createdAt
    organization {
      ...OrgName
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetMilestoneQuery, GetMilestoneQueryVariables>;
export const CreateMilestoneDocument = new TypedDocumentString(`
    mutation CreateMilestone($input: MilestoneInput!) {
  record: createMilestone(input: $input) {
    ...MilestoneRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MilestoneRow on Milestone {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  title
  status
  weight
  startDate
  dueDate
  completedOn
  commitment {
    ...CommitmentRef
  }
}
fragment MilestoneRecord on Milestone {
  ...MilestoneRow
  description
  evidenceUrl
  evidenceDescription
  documents {
    id
  }
  reviews {
    id
    verdict
    comment
    reviewedStatus
    createdAt
    organization {
      ...OrgName
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateMilestoneMutation, CreateMilestoneMutationVariables>;
export const UpdateMilestoneDocument = new TypedDocumentString(`
    mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {
  record: updateMilestone(id: $id, version: $version, input: $input) {
    ...MilestoneRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment CommitmentRef on Commitment {
  id
  number
  title
  plan {
    id
    exercise {
      ...ExerciseRef
    }
  }
  responsibleAgencies {
    id
    name
    abbreviation
  }
  followers {
    id
    name
    abbreviation
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment MilestoneRow on Milestone {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  position
  title
  status
  weight
  startDate
  dueDate
  completedOn
  commitment {
    ...CommitmentRef
  }
}
fragment MilestoneRecord on Milestone {
  ...MilestoneRow
  description
  evidenceUrl
  evidenceDescription
  documents {
    id
  }
  reviews {
    id
    verdict
    comment
    reviewedStatus
    createdAt
    organization {
      ...OrgName
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const DeleteMilestoneDocument = new TypedDocumentString(`
    mutation DeleteMilestone($id: ID!, $version: Int!) {
  record: deleteMilestone(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteMilestoneMutation, DeleteMilestoneMutationVariables>;
export const RestoreMilestoneDocument = new TypedDocumentString(`
    mutation RestoreMilestone($id: ID!) {
  record: restoreMilestone(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreMilestoneMutation, RestoreMilestoneMutationVariables>;
export const ReviewMilestoneDocument = new TypedDocumentString(`
    mutation ReviewMilestone($milestoneId: ID!, $verdict: ReviewVerdict!, $comment: String!) {
  reviewMilestone(milestoneId: $milestoneId, verdict: $verdict, comment: $comment) {
    id
    verdict
    comment
    reviewedStatus
    createdAt
    organization {
      ...OrgName
    }
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<ReviewMilestoneMutation, ReviewMilestoneMutationVariables>;
export const ListMunicipalitiesDocument = new TypedDocumentString(`
    query ListMunicipalities($first: Int, $after: String, $filter: MunicipalityFilter, $orderBy: MunicipalityOrder) {
  page: municipalities(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    nodes {
      ...MunicipalityRow
    }
  }
}
    fragment MunicipalityRow on Municipality {
  id
  name
  cvegeo
  inegiKey
  timeZone
  region {
    id
    name
  }
  state {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ListMunicipalitiesQuery, ListMunicipalitiesQueryVariables>;
export const GetMunicipalityDocument = new TypedDocumentString(`
    query GetMunicipality($id: ID!) {
  record: municipality(id: $id) {
    ...MunicipalityRow
  }
}
    fragment MunicipalityRow on Municipality {
  id
  name
  cvegeo
  inegiKey
  timeZone
  region {
    id
    name
  }
  state {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<GetMunicipalityQuery, GetMunicipalityQueryVariables>;
export const ListOrganizationsDocument = new TypedDocumentString(`
    query ListOrganizations($first: Int, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder, $publication: Publication) {
  page: organizations(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...OrganizationRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment OrganizationRow on Organization {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  name
  abbreviation
  kind
  foundingDate
  dissolutionDate
  municipality {
    id
    name
    state {
      id
      code
    }
  }
  parent {
    ...OrgName
  }
}`) as unknown as TypedDocumentString<ListOrganizationsQuery, ListOrganizationsQueryVariables>;
export const GetOrganizationDocument = new TypedDocumentString(`
    query GetOrganization($id: ID!) {
  record: organization(id: $id) {
    ...OrganizationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment OrganizationRow on Organization {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  name
  abbreviation
  kind
  foundingDate
  dissolutionDate
  municipality {
    id
    name
    state {
      id
      code
    }
  }
  parent {
    ...OrgName
  }
}
fragment OrganizationRecord on Organization {
  ...OrganizationRow
  pagesDelivered {
    pages
    qualifier
  }
  responsibleFor {
    id
    number
    title
  }
  follows {
    id
    number
    title
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetOrganizationQuery, GetOrganizationQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: OrganizationInput!) {
  record: createOrganization(input: $input) {
    ...OrganizationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment OrganizationRow on Organization {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  name
  abbreviation
  kind
  foundingDate
  dissolutionDate
  municipality {
    id
    name
    state {
      id
      code
    }
  }
  parent {
    ...OrgName
  }
}
fragment OrganizationRecord on Organization {
  ...OrganizationRow
  pagesDelivered {
    pages
    qualifier
  }
  responsibleFor {
    id
    number
    title
  }
  follows {
    id
    number
    title
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) {
  record: updateOrganization(id: $id, version: $version, input: $input) {
    ...OrganizationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment OrganizationRow on Organization {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  slug
  name
  abbreviation
  kind
  foundingDate
  dissolutionDate
  municipality {
    id
    name
    state {
      id
      code
    }
  }
  parent {
    ...OrgName
  }
}
fragment OrganizationRecord on Organization {
  ...OrganizationRow
  pagesDelivered {
    pages
    qualifier
  }
  responsibleFor {
    id
    number
    title
  }
  follows {
    id
    number
    title
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const DeleteOrganizationDocument = new TypedDocumentString(`
    mutation DeleteOrganization($id: ID!, $version: Int!) {
  record: deleteOrganization(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const RestoreOrganizationDocument = new TypedDocumentString(`
    mutation RestoreOrganization($id: ID!) {
  record: restoreOrganization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreOrganizationMutation, RestoreOrganizationMutationVariables>;
export const ListPeopleDocument = new TypedDocumentString(`
    query ListPeople($first: Int, $after: String, $filter: PersonFilter, $orderBy: PersonOrder, $publication: Publication) {
  page: people(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...PersonRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment PersonRow on Person {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  honorificPrefix
}`) as unknown as TypedDocumentString<ListPeopleQuery, ListPeopleQueryVariables>;
export const GetPersonDocument = new TypedDocumentString(`
    query GetPerson($id: ID!) {
  record: person(id: $id) {
    ...PersonRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment PersonRow on Person {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  honorificPrefix
}
fragment PersonRecord on Person {
  ...PersonRow
  memberships {
    id
    startDate
    endDate
    title
    post {
      id
      label
      secretariat {
        id
        name
      }
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetPersonQuery, GetPersonQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: PersonInput!) {
  record: createPerson(input: $input) {
    ...PersonRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment PersonRow on Person {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  honorificPrefix
}
fragment PersonRecord on Person {
  ...PersonRow
  memberships {
    id
    startDate
    endDate
    title
    post {
      id
      label
      secretariat {
        id
        name
      }
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($id: ID!, $version: Int!, $input: PersonInput!) {
  record: updatePerson(id: $id, version: $version, input: $input) {
    ...PersonRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment PersonRow on Person {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  honorificPrefix
}
fragment PersonRecord on Person {
  ...PersonRow
  memberships {
    id
    startDate
    endDate
    title
    post {
      id
      label
      secretariat {
        id
        name
      }
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DeletePersonDocument = new TypedDocumentString(`
    mutation DeletePerson($id: ID!, $version: Int!) {
  record: deletePerson(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeletePersonMutation, DeletePersonMutationVariables>;
export const RestorePersonDocument = new TypedDocumentString(`
    mutation RestorePerson($id: ID!) {
  record: restorePerson(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestorePersonMutation, RestorePersonMutationVariables>;
export const ListPostsDocument = new TypedDocumentString(`
    query ListPosts($first: Int, $after: String, $filter: PostFilter, $orderBy: PostOrder, $publication: Publication) {
  page: posts(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...PostRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment PostRow on Post {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  label
  role
  sector
  voting
  region {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}`) as unknown as TypedDocumentString<ListPostsQuery, ListPostsQueryVariables>;
export const GetPostDocument = new TypedDocumentString(`
    query GetPost($id: ID!) {
  record: post(id: $id) {
    ...PostRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment PostRow on Post {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  label
  role
  sector
  voting
  region {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
fragment PostRecord on Post {
  ...PostRow
  memberships {
    id
    startDate
    endDate
    person {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetPostQuery, GetPostQueryVariables>;
export const CreatePostDocument = new TypedDocumentString(`
    mutation CreatePost($input: PostInput!) {
  record: createPost(input: $input) {
    ...PostRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment PostRow on Post {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  label
  role
  sector
  voting
  region {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
fragment PostRecord on Post {
  ...PostRow
  memberships {
    id
    startDate
    endDate
    person {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreatePostMutation, CreatePostMutationVariables>;
export const UpdatePostDocument = new TypedDocumentString(`
    mutation UpdatePost($id: ID!, $version: Int!, $input: PostInput!) {
  record: updatePost(id: $id, version: $version, input: $input) {
    ...PostRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment PostRow on Post {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  label
  role
  sector
  voting
  region {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
fragment PostRecord on Post {
  ...PostRow
  memberships {
    id
    startDate
    endDate
    person {
      id
      name
    }
    onBehalfOf {
      id
      name
    }
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdatePostMutation, UpdatePostMutationVariables>;
export const DeletePostDocument = new TypedDocumentString(`
    mutation DeletePost($id: ID!, $version: Int!) {
  record: deletePost(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeletePostMutation, DeletePostMutationVariables>;
export const RestorePostDocument = new TypedDocumentString(`
    mutation RestorePost($id: ID!) {
  record: restorePost(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestorePostMutation, RestorePostMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...Identity
  }
}
    fragment Identity on StaffAccount {
  id
  email
  displayName
  role
  organization {
    id
    name
    abbreviation
  }
  state {
    id
    code
    name
  }
  canCreate
  canRestore
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Identity
  }
}
    fragment Identity on StaffAccount {
  id
  email
  displayName
  role
  organization {
    id
    name
    abbreviation
  }
  state {
    id
    code
    name
  }
  canCreate
  canRestore
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const PasswordLinkDocument = new TypedDocumentString(`
    query PasswordLink($token: String!) {
  link: passwordLink(token: $token) {
    purpose
    email
    displayName
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<PasswordLinkQuery, PasswordLinkQueryVariables>;
export const SetPasswordWithLinkDocument = new TypedDocumentString(`
    mutation SetPasswordWithLink($token: String!, $newPassword: String!) {
  done: setPasswordWithLink(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<SetPasswordWithLinkMutation, SetPasswordWithLinkMutationVariables>;
export const ListRecommendationsDocument = new TypedDocumentString(`
    query ListRecommendations($first: Int, $after: String, $filter: RecommendationFilter, $orderBy: RecommendationOrder, $publication: Publication) {
  page: recommendations(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...RecommendationRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment RecommendationRow on Recommendation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  position
  text
  issuedOn
  issuedBy {
    ...OrgName
  }
  exercise {
    ...ExerciseRef
  }
}`) as unknown as TypedDocumentString<ListRecommendationsQuery, ListRecommendationsQueryVariables>;
export const GetRecommendationDocument = new TypedDocumentString(`
    query GetRecommendation($id: ID!) {
  record: recommendation(id: $id) {
    ...RecommendationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment RecommendationRow on Recommendation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  position
  text
  issuedOn
  issuedBy {
    ...OrgName
  }
  exercise {
    ...ExerciseRef
  }
}
fragment RecommendationRecord on Recommendation {
  ...RecommendationRow
  evaluation {
    id
    title
  }
  issuedByPerson {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetRecommendationQuery, GetRecommendationQueryVariables>;
export const CreateRecommendationDocument = new TypedDocumentString(`
    mutation CreateRecommendation($input: RecommendationInput!) {
  record: createRecommendation(input: $input) {
    ...RecommendationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment RecommendationRow on Recommendation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  position
  text
  issuedOn
  issuedBy {
    ...OrgName
  }
  exercise {
    ...ExerciseRef
  }
}
fragment RecommendationRecord on Recommendation {
  ...RecommendationRow
  evaluation {
    id
    title
  }
  issuedByPerson {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateRecommendationMutation, CreateRecommendationMutationVariables>;
export const UpdateRecommendationDocument = new TypedDocumentString(`
    mutation UpdateRecommendation($id: ID!, $version: Int!, $input: RecommendationInput!) {
  record: updateRecommendation(id: $id, version: $version, input: $input) {
    ...RecommendationRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment RecommendationRow on Recommendation {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  kind
  position
  text
  issuedOn
  issuedBy {
    ...OrgName
  }
  exercise {
    ...ExerciseRef
  }
}
fragment RecommendationRecord on Recommendation {
  ...RecommendationRow
  evaluation {
    id
    title
  }
  issuedByPerson {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateRecommendationMutation, UpdateRecommendationMutationVariables>;
export const DeleteRecommendationDocument = new TypedDocumentString(`
    mutation DeleteRecommendation($id: ID!, $version: Int!) {
  record: deleteRecommendation(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteRecommendationMutation, DeleteRecommendationMutationVariables>;
export const RestoreRecommendationDocument = new TypedDocumentString(`
    mutation RestoreRecommendation($id: ID!) {
  record: restoreRecommendation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreRecommendationMutation, RestoreRecommendationMutationVariables>;
export const ListRegionsDocument = new TypedDocumentString(`
    query ListRegions($first: Int, $after: String, $filter: RegionFilter, $orderBy: RegionOrder, $publication: Publication) {
  page: regions(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...RegionRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment RegionRow on Region {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  state {
    id
    code
    name
  }
  seat {
    id
    name
  }
}`) as unknown as TypedDocumentString<ListRegionsQuery, ListRegionsQueryVariables>;
export const GetRegionDocument = new TypedDocumentString(`
    query GetRegion($id: ID!) {
  record: region(id: $id) {
    ...RegionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment RegionRow on Region {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  state {
    id
    code
    name
  }
  seat {
    id
    name
  }
}
fragment RegionRecord on Region {
  ...RegionRow
  municipalities {
    id
    name
    cvegeo
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetRegionQuery, GetRegionQueryVariables>;
export const CreateRegionDocument = new TypedDocumentString(`
    mutation CreateRegion($input: RegionInput!) {
  record: createRegion(input: $input) {
    ...RegionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment RegionRow on Region {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  state {
    id
    code
    name
  }
  seat {
    id
    name
  }
}
fragment RegionRecord on Region {
  ...RegionRow
  municipalities {
    id
    name
    cvegeo
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateRegionMutation, CreateRegionMutationVariables>;
export const UpdateRegionDocument = new TypedDocumentString(`
    mutation UpdateRegion($id: ID!, $version: Int!, $input: RegionInput!) {
  record: updateRegion(id: $id, version: $version, input: $input) {
    ...RegionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment RegionRow on Region {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  state {
    id
    code
    name
  }
  seat {
    id
    name
  }
}
fragment RegionRecord on Region {
  ...RegionRow
  municipalities {
    id
    name
    cvegeo
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateRegionMutation, UpdateRegionMutationVariables>;
export const DeleteRegionDocument = new TypedDocumentString(`
    mutation DeleteRegion($id: ID!, $version: Int!) {
  record: deleteRegion(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteRegionMutation, DeleteRegionMutationVariables>;
export const RestoreRegionDocument = new TypedDocumentString(`
    mutation RestoreRegion($id: ID!) {
  record: restoreRegion(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreRegionMutation, RestoreRegionMutationVariables>;
export const ListSecretariatsDocument = new TypedDocumentString(`
    query ListSecretariats($first: Int, $after: String, $filter: SecretariatFilter, $orderBy: SecretariatOrder, $publication: Publication) {
  page: secretariats(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...SecretariatRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment SecretariatRow on Secretariat {
  viewerCan {
    ...Abilities
  }
  ...SecretariatRef
  version
  publication
  abbreviation
  installedOn
  nationalOrder
}`) as unknown as TypedDocumentString<ListSecretariatsQuery, ListSecretariatsQueryVariables>;
export const GetSecretariatDocument = new TypedDocumentString(`
    query GetSecretariat($id: ID!) {
  record: secretariat(id: $id) {
    ...SecretariatRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment SecretariatRow on Secretariat {
  viewerCan {
    ...Abilities
  }
  ...SecretariatRef
  version
  publication
  abbreviation
  installedOn
  nationalOrder
}
fragment SecretariatRecord on Secretariat {
  ...SecretariatRow
  decisionRule
  declaredSeats {
    sector
    seats
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetSecretariatQuery, GetSecretariatQueryVariables>;
export const CreateSecretariatDocument = new TypedDocumentString(`
    mutation CreateSecretariat($input: SecretariatInput!) {
  record: createSecretariat(input: $input) {
    ...SecretariatRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment SecretariatRow on Secretariat {
  viewerCan {
    ...Abilities
  }
  ...SecretariatRef
  version
  publication
  abbreviation
  installedOn
  nationalOrder
}
fragment SecretariatRecord on Secretariat {
  ...SecretariatRow
  decisionRule
  declaredSeats {
    sector
    seats
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateSecretariatMutation, CreateSecretariatMutationVariables>;
export const UpdateSecretariatDocument = new TypedDocumentString(`
    mutation UpdateSecretariat($id: ID!, $version: Int!, $input: SecretariatInput!) {
  record: updateSecretariat(id: $id, version: $version, input: $input) {
    ...SecretariatRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment SecretariatRow on Secretariat {
  viewerCan {
    ...Abilities
  }
  ...SecretariatRef
  version
  publication
  abbreviation
  installedOn
  nationalOrder
}
fragment SecretariatRecord on Secretariat {
  ...SecretariatRow
  decisionRule
  declaredSeats {
    sector
    seats
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSecretariatMutation, UpdateSecretariatMutationVariables>;
export const DeleteSecretariatDocument = new TypedDocumentString(`
    mutation DeleteSecretariat($id: ID!, $version: Int!) {
  record: deleteSecretariat(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteSecretariatMutation, DeleteSecretariatMutationVariables>;
export const RestoreSecretariatDocument = new TypedDocumentString(`
    mutation RestoreSecretariat($id: ID!) {
  record: restoreSecretariat(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreSecretariatMutation, RestoreSecretariatMutationVariables>;
export const SecretariatTimelineDocument = new TypedDocumentString(`
    query SecretariatTimeline($id: ID!) {
  secretariat(id: $id) {
    ...SecretariatRef
    installedOn
    posts {
      id
      label
      role
      sector
      voting
      region {
        id
        name
      }
    }
    memberships {
      id
      startDate
      endDate
      title
      publication
      post {
        id
      }
      person {
        id
        name
        honorificPrefix
      }
      onBehalfOf {
        ...OrgName
      }
    }
    sessions {
      id
      type
      number
      date
    }
  }
}
    fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<SecretariatTimelineQuery, SecretariatTimelineQueryVariables>;
export const GetSessionAttendanceDocument = new TypedDocumentString(`
    query GetSessionAttendance($id: ID!) {
  record: sessionAttendance(id: $id) {
    ...SessionAttendanceRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment SessionAttendanceRecord on SessionAttendance {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  session {
    id
    type
    number
    date
    secretariat {
      ...SecretariatRef
    }
  }
  post {
    id
    label
  }
  organization {
    ...OrgName
  }
  person {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetSessionAttendanceQuery, GetSessionAttendanceQueryVariables>;
export const CreateSessionAttendanceDocument = new TypedDocumentString(`
    mutation CreateSessionAttendance($input: SessionAttendanceInput!) {
  record: createSessionAttendance(input: $input) {
    ...SessionAttendanceRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment SessionAttendanceRecord on SessionAttendance {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  session {
    id
    type
    number
    date
    secretariat {
      ...SecretariatRef
    }
  }
  post {
    id
    label
  }
  organization {
    ...OrgName
  }
  person {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateSessionAttendanceMutation, CreateSessionAttendanceMutationVariables>;
export const UpdateSessionAttendanceDocument = new TypedDocumentString(`
    mutation UpdateSessionAttendance($id: ID!, $version: Int!, $input: SessionAttendanceInput!) {
  record: updateSessionAttendance(id: $id, version: $version, input: $input) {
    ...SessionAttendanceRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment SessionAttendanceRecord on SessionAttendance {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  description
  session {
    id
    type
    number
    date
    secretariat {
      ...SecretariatRef
    }
  }
  post {
    id
    label
  }
  organization {
    ...OrgName
  }
  person {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSessionAttendanceMutation, UpdateSessionAttendanceMutationVariables>;
export const DeleteSessionAttendanceDocument = new TypedDocumentString(`
    mutation DeleteSessionAttendance($id: ID!, $version: Int!) {
  record: deleteSessionAttendance(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteSessionAttendanceMutation, DeleteSessionAttendanceMutationVariables>;
export const RestoreSessionAttendanceDocument = new TypedDocumentString(`
    mutation RestoreSessionAttendance($id: ID!) {
  record: restoreSessionAttendance(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreSessionAttendanceMutation, RestoreSessionAttendanceMutationVariables>;
export const ListSessionsDocument = new TypedDocumentString(`
    query ListSessions($first: Int, $after: String, $filter: SessionFilter, $orderBy: SessionOrder, $publication: Publication) {
  page: sessions(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...SessionRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment SessionRow on Session {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  type
  number
  date
  municipality {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}`) as unknown as TypedDocumentString<ListSessionsQuery, ListSessionsQueryVariables>;
export const GetSessionDocument = new TypedDocumentString(`
    query GetSession($id: ID!) {
  record: session(id: $id) {
    ...SessionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment SessionRow on Session {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  type
  number
  date
  municipality {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
fragment SessionRecord on Session {
  ...SessionRow
  summary
  convenedBy
  municipalityInferred
  venue {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetSessionQuery, GetSessionQueryVariables>;
export const CreateSessionDocument = new TypedDocumentString(`
    mutation CreateSession($input: SessionInput!) {
  record: createSession(input: $input) {
    ...SessionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment SessionRow on Session {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  type
  number
  date
  municipality {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
fragment SessionRecord on Session {
  ...SessionRow
  summary
  convenedBy
  municipalityInferred
  venue {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateSessionMutation, CreateSessionMutationVariables>;
export const UpdateSessionDocument = new TypedDocumentString(`
    mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) {
  record: updateSession(id: $id, version: $version, input: $input) {
    ...SessionRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment SessionRow on Session {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  type
  number
  date
  municipality {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
fragment SessionRecord on Session {
  ...SessionRow
  summary
  convenedBy
  municipalityInferred
  venue {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const DeleteSessionDocument = new TypedDocumentString(`
    mutation DeleteSession($id: ID!, $version: Int!) {
  record: deleteSession(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteSessionMutation, DeleteSessionMutationVariables>;
export const RestoreSessionDocument = new TypedDocumentString(`
    mutation RestoreSession($id: ID!) {
  record: restoreSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreSessionMutation, RestoreSessionMutationVariables>;
export const SessionDetailDocument = new TypedDocumentString(`
    query SessionDetail($id: ID!) {
  session(id: $id) {
    ...SessionRecord
    agreements {
      viewerCan {
        ...Abilities
      }
      id
      version
      publication
      position
      text
      status
      statusNote
      responsible {
        ...OrgName
      }
    }
    attendance {
      viewerCan {
        ...Abilities
      }
      id
      version
      publication
      description
      post {
        id
        label
      }
      organization {
        ...OrgName
      }
      person {
        id
        name
      }
    }
    seatHolders {
      id
      title
      startDate
      endDate
      person {
        id
        name
        honorificPrefix
      }
      onBehalfOf {
        ...OrgName
      }
      post {
        id
        label
        role
        sector
        voting
      }
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment SecretariatRef on Secretariat {
  id
  name
  exercise {
    ...ExerciseRef
  }
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment SessionRow on Session {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  type
  number
  date
  municipality {
    id
    name
  }
  secretariat {
    ...SecretariatRef
  }
}
fragment SessionRecord on Session {
  ...SessionRow
  summary
  convenedBy
  municipalityInferred
  venue {
    id
    name
  }
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<SessionDetailQuery, SessionDetailQueryVariables>;
export const ListSourceDocumentsDocument = new TypedDocumentString(`
    query ListSourceDocuments($first: Int, $after: String, $filter: SourceDocumentFilter, $orderBy: SourceDocumentOrder) {
  page: sourceDocuments(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    nodes {
      ...SourceDocumentRow
    }
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment SourceDocumentRow on SourceDocument {
  id
  key
  title
  url
  publishedOn
  publishedBy {
    ...OrgName
  }
}`) as unknown as TypedDocumentString<ListSourceDocumentsQuery, ListSourceDocumentsQueryVariables>;
export const GetSourceDocumentDocument = new TypedDocumentString(`
    query GetSourceDocument($id: ID!) {
  record: sourceDocument(id: $id) {
    ...SourceDocumentRow
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment SourceDocumentRow on SourceDocument {
  id
  key
  title
  url
  publishedOn
  publishedBy {
    ...OrgName
  }
}`) as unknown as TypedDocumentString<GetSourceDocumentQuery, GetSourceDocumentQueryVariables>;
export const ListStaffAccountsDocument = new TypedDocumentString(`
    query ListStaffAccounts {
  accounts: staffAccounts {
    ...StaffAccountRow
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment StaffAccountRow on StaffAccount {
  id
  version
  email
  displayName
  role
  disabledAt
  createdAt
  invitationPending
  organization {
    ...OrgName
  }
  state {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ListStaffAccountsQuery, ListStaffAccountsQueryVariables>;
export const CreateStaffAccountDocument = new TypedDocumentString(`
    mutation CreateStaffAccount($input: StaffAccountInput!) {
  record: createStaffAccount(input: $input) {
    ...StaffAccountRow
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment StaffAccountRow on StaffAccount {
  id
  version
  email
  displayName
  role
  disabledAt
  createdAt
  invitationPending
  organization {
    ...OrgName
  }
  state {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const InviteStaffAccountDocument = new TypedDocumentString(`
    mutation InviteStaffAccount($input: StaffAccountInvitationInput!) {
  issued: inviteStaffAccount(input: $input) {
    ...IssuedLink
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment StaffAccountRow on StaffAccount {
  id
  version
  email
  displayName
  role
  disabledAt
  createdAt
  invitationPending
  organization {
    ...OrgName
  }
  state {
    id
    code
    name
  }
}
fragment IssuedLink on IssuedPasswordLink {
  purpose
  delivery
  link
  expiresAt
  emailError
  account {
    ...StaffAccountRow
  }
}`) as unknown as TypedDocumentString<InviteStaffAccountMutation, InviteStaffAccountMutationVariables>;
export const UpdateStaffAccountDocument = new TypedDocumentString(`
    mutation UpdateStaffAccount($id: ID!, $version: Int!, $input: StaffAccountUpdateInput!) {
  record: updateStaffAccount(id: $id, version: $version, input: $input) {
    ...StaffAccountRow
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment StaffAccountRow on StaffAccount {
  id
  version
  email
  displayName
  role
  disabledAt
  createdAt
  invitationPending
  organization {
    ...OrgName
  }
  state {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<UpdateStaffAccountMutation, UpdateStaffAccountMutationVariables>;
export const SetStaffAccountDisabledDocument = new TypedDocumentString(`
    mutation SetStaffAccountDisabled($id: ID!, $disabled: Boolean!) {
  record: setStaffAccountDisabled(id: $id, disabled: $disabled) {
    ...StaffAccountRow
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment StaffAccountRow on StaffAccount {
  id
  version
  email
  displayName
  role
  disabledAt
  createdAt
  invitationPending
  organization {
    ...OrgName
  }
  state {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<SetStaffAccountDisabledMutation, SetStaffAccountDisabledMutationVariables>;
export const SendPasswordLinkDocument = new TypedDocumentString(`
    mutation SendPasswordLink($id: ID!) {
  issued: sendPasswordLink(id: $id) {
    ...IssuedLink
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}
fragment StaffAccountRow on StaffAccount {
  id
  version
  email
  displayName
  role
  disabledAt
  createdAt
  invitationPending
  organization {
    ...OrgName
  }
  state {
    id
    code
    name
  }
}
fragment IssuedLink on IssuedPasswordLink {
  purpose
  delivery
  link
  expiresAt
  emailError
  account {
    ...StaffAccountRow
  }
}`) as unknown as TypedDocumentString<SendPasswordLinkMutation, SendPasswordLinkMutationVariables>;
export const ListStatesDocument = new TypedDocumentString(`
    query ListStates($first: Int, $after: String, $filter: StateFilter, $orderBy: StateOrder) {
  page: states(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    nodes {
      ...StateRow
    }
  }
}
    fragment StateRow on State {
  id
  code
  name
  inegiKey
  ocdId
}`) as unknown as TypedDocumentString<ListStatesQuery, ListStatesQueryVariables>;
export const GetStateDocument = new TypedDocumentString(`
    query GetState($id: ID!) {
  record: state(id: $id) {
    ...StateRow
    regions {
      id
      name
    }
    exercises {
      id
      title
      slug
    }
  }
}
    fragment StateRow on State {
  id
  code
  name
  inegiKey
  ocdId
}`) as unknown as TypedDocumentString<GetStateQuery, GetStateQueryVariables>;
export const ListThemesDocument = new TypedDocumentString(`
    query ListThemes($first: Int, $after: String, $filter: ThemeFilter, $orderBy: ThemeOrder, $publication: Publication) {
  page: themes(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...ThemeRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment ThemeRow on Theme {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  exercise {
    ...ExerciseRef
  }
}`) as unknown as TypedDocumentString<ListThemesQuery, ListThemesQueryVariables>;
export const GetThemeDocument = new TypedDocumentString(`
    query GetTheme($id: ID!) {
  record: theme(id: $id) {
    ...ThemeRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment ThemeRow on Theme {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  exercise {
    ...ExerciseRef
  }
}
fragment ThemeRecord on Theme {
  ...ThemeRow
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetThemeQuery, GetThemeQueryVariables>;
export const CreateThemeDocument = new TypedDocumentString(`
    mutation CreateTheme($input: ThemeInput!) {
  record: createTheme(input: $input) {
    ...ThemeRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment ThemeRow on Theme {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  exercise {
    ...ExerciseRef
  }
}
fragment ThemeRecord on Theme {
  ...ThemeRow
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateThemeMutation, CreateThemeMutationVariables>;
export const UpdateThemeDocument = new TypedDocumentString(`
    mutation UpdateTheme($id: ID!, $version: Int!, $input: ThemeInput!) {
  record: updateTheme(id: $id, version: $version, input: $input) {
    ...ThemeRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment ExerciseRef on Exercise {
  id
  title
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment ThemeRow on Theme {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  exercise {
    ...ExerciseRef
  }
}
fragment ThemeRecord on Theme {
  ...ThemeRow
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateThemeMutation, UpdateThemeMutationVariables>;
export const DeleteThemeDocument = new TypedDocumentString(`
    mutation DeleteTheme($id: ID!, $version: Int!) {
  record: deleteTheme(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteThemeMutation, DeleteThemeMutationVariables>;
export const RestoreThemeDocument = new TypedDocumentString(`
    mutation RestoreTheme($id: ID!) {
  record: restoreTheme(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreThemeMutation, RestoreThemeMutationVariables>;
export const DeletedRecordsDocument = new TypedDocumentString(`
    query DeletedRecords($entity: String, $first: Int, $after: String) {
  page: deletedRecords(entity: $entity, first: $first, after: $after) {
    totalCount
    nodes {
      entity
      recordId
      label
      deletedAt
      account {
        displayName
      }
      organization {
        ...OrgName
      }
    }
  }
}
    fragment OrgName on Organization {
  id
  name
  abbreviation
}`) as unknown as TypedDocumentString<DeletedRecordsQuery, DeletedRecordsQueryVariables>;
export const RecordLabelsDocument = new TypedDocumentString(`
    query RecordLabels($ids: [ID!]!) {
  labels: recordLabels(ids: $ids) {
    id
    entity
    label
    deleted
  }
}
    `) as unknown as TypedDocumentString<RecordLabelsQuery, RecordLabelsQueryVariables>;
export const RestoreEvaluationScoreDocument = new TypedDocumentString(`
    mutation RestoreEvaluationScore($id: ID!) {
  record: restoreEvaluationScore(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreEvaluationScoreMutation, RestoreEvaluationScoreMutationVariables>;
export const ListVenuesDocument = new TypedDocumentString(`
    query ListVenues($first: Int, $after: String, $filter: VenueFilter, $orderBy: VenueOrder, $publication: Publication) {
  page: venues(
    first: $first
    after: $after
    filter: $filter
    orderBy: $orderBy
    publication: $publication
  ) {
    totalCount
    nodes {
      ...VenueRow
    }
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment VenueRow on Venue {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  municipality {
    id
    name
    cvegeo
    timeZone
    state {
      id
      code
    }
  }
}`) as unknown as TypedDocumentString<ListVenuesQuery, ListVenuesQueryVariables>;
export const GetVenueDocument = new TypedDocumentString(`
    query GetVenue($id: ID!) {
  record: venue(id: $id) {
    ...VenueRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment VenueRow on Venue {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  municipality {
    id
    name
    cvegeo
    timeZone
    state {
      id
      code
    }
  }
}
fragment VenueRecord on Venue {
  ...VenueRow
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<GetVenueQuery, GetVenueQueryVariables>;
export const CreateVenueDocument = new TypedDocumentString(`
    mutation CreateVenue($input: VenueInput!) {
  record: createVenue(input: $input) {
    ...VenueRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment VenueRow on Venue {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  municipality {
    id
    name
    cvegeo
    timeZone
    state {
      id
      code
    }
  }
}
fragment VenueRecord on Venue {
  ...VenueRow
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<CreateVenueMutation, CreateVenueMutationVariables>;
export const UpdateVenueDocument = new TypedDocumentString(`
    mutation UpdateVenue($id: ID!, $version: Int!, $input: VenueInput!) {
  record: updateVenue(id: $id, version: $version, input: $input) {
    ...VenueRecord
  }
}
    fragment Abilities on RecordAbilities {
  update
  onlyFields
  delete
  restore
  history
  review
  create
}
fragment Source on SourceReference {
  note
  document {
    id
    title
  }
}
fragment VenueRow on Venue {
  viewerCan {
    ...Abilities
  }
  id
  version
  publication
  name
  municipality {
    id
    name
    cvegeo
    timeZone
    state {
      id
      code
    }
  }
}
fragment VenueRecord on Venue {
  ...VenueRow
  source {
    ...Source
  }
  updatedAt
}`) as unknown as TypedDocumentString<UpdateVenueMutation, UpdateVenueMutationVariables>;
export const DeleteVenueDocument = new TypedDocumentString(`
    mutation DeleteVenue($id: ID!, $version: Int!) {
  record: deleteVenue(id: $id, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DeleteVenueMutation, DeleteVenueMutationVariables>;
export const RestoreVenueDocument = new TypedDocumentString(`
    mutation RestoreVenue($id: ID!) {
  record: restoreVenue(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreVenueMutation, RestoreVenueMutationVariables>;
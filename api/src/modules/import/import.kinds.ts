import type { WritePath } from '../../common/write-resolver';
import { AgreementWriteResolver } from '../agreement/agreement.write';
import { CommitmentWriteResolver } from '../commitment/commitment.write';
import { documentKind } from '../document/document.kind';
import { DOCUMENT_PARENTS } from '../document/document.parents';
import { DocumentWriteResolver } from '../document/document.write';
import {
  EvaluationCriterionWriteResolver,
  EvaluationScoreWriteResolver,
  EvaluationWriteResolver,
  RecommendationWriteResolver,
} from '../evaluation/evaluation.write';
import { EventWriteResolver } from '../event/event.write';
import { InformationDeliveryWriteResolver, InformationRequestWriteResolver } from '../information/information.write';
import { MilestoneWriteResolver } from '../milestone/milestone.write';
import { OrganizationWriteResolver } from '../organization/organization.write';
import { MembershipWriteResolver, PostWriteResolver } from '../secretariat/secretariat.write';
import { SessionWriteResolver } from '../session/session.write';
import type { PackageRow } from './package-rows';

/** A write path of any kind (the import handles kinds alike). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWritePath = WritePath<any>;

/** What a kind's references resolve through (implemented by the import, which creates what it may and reports what it cannot). */
export interface References {
  exerciseId: string;
  secretariatId(): Promise<string>;
  planId(row: PackageRow): Promise<string>;
  /** The state a row names by its ISO 3166-2 code (`state_code`); null when it names none (a national body). */
  stateIdOf(row: PackageRow): Promise<string | null>;
  /** The organisation a row names by id (`column`), else by name or abbreviation (`nameColumn`). */
  organizationId(row: PackageRow, column: string, nameColumn: string): Promise<string | null>;
  organizationIds(row: PackageRow, column: string, nameColumn: string): Promise<string[]>;
  /** The commitment a row names by `commitment_id`, else by `commitment_number` in the exercise's plans. */
  commitmentId(row: PackageRow): Promise<string | null>;
  /** The session a row names by `session_id`, else by `session_type` and `session_number`. */
  sessionId(row: PackageRow): Promise<string | null>;
  /** The event a row names by `event_id`, else by `event_title`. */
  eventId(row: PackageRow): Promise<string | null>;
  /** The seat a row names by `post_id`, else by `post_label`. */
  postId(row: PackageRow): Promise<string | null>;
  municipalityId(row: PackageRow): Promise<string | null>;
  venueId(row: PackageRow, municipalityId: string | null): Promise<string | null>;
  regionId(row: PackageRow): Promise<string | null>;
  /** The person a row names by id and name (`person_id`, `person_name`) or, given `nameColumn`, by name only. */
  personId(row: PackageRow, nameColumn?: string): Promise<string | null>;
  /** The commitments an event's rows in meetings.csv name. */
  meetingCommitments(eventId: string): string[];
  /** The SHA-256 of a document row's file: stored from the package (checked as an upload is, and against the row's hash) unless already here. */
  documentContent(row: PackageRow): Promise<string>;
}

/**
 * How the rows of one file of the data package become writes through a kind's own write path
 * (its RecordWriter, input class and rules: the same as the API's mutations).
 */
export interface ImportKind {
  /** Resource (file) name in the package. */
  resource: string;
  path: AnyWritePath;
  table: string;
  /**
   * SQL giving the exercise of the record whose id is $1 (a record of another exercise is never
   * updated); null for a catalogue shared by exercises (organisations), which its write path's scope guards.
   */
  exerciseOf: string | null;
  /** Columns copied as they are, to the input field of the same name in camelCase. */
  copy: string[];
  /** Input fields that find the record when the row has no id (natural keys, tried in order). */
  naturalKeys?: string[][];
  /** The input's references (ids of records of the exercise, resolved or created). */
  references(row: PackageRow, refs: References): Promise<Record<string, unknown>>;
  /** Columns of input fields not named as their snake_case. */
  columnOf?: Record<string, string>;
  /**
   * Its sheet in a spreadsheet import (and its template): the sheet's name, and the resource's
   * fields it offers, in order (their Spanish titles are the headers); records named by number,
   * label or name instead of id. `orderWithin`: when the position is left empty, it is the row's
   * order among the rows with the same values in these columns.
   */
  sheet?: { name: string; columns: string[]; orderWithin?: string[] };
}

const COMMITMENT_EXERCISE = (alias: string) =>
  `SELECT p.exercise_id FROM ${alias} r JOIN commitment c ON c.id = r.commitment_id JOIN action_plan p ON p.id = c.plan_id WHERE r.id = $1`;
const ref = (row: PackageRow, column: string) => row.cells[column] as string | null;
const place = async (row: PackageRow, refs: References) => {
  const municipalityId = await refs.municipalityId(row);
  return { municipalityId, venueId: await refs.venueId(row, municipalityId) };
};
const PLACE_COLUMNS = { municipalityId: 'municipality_cvegeo', venueId: 'venue_name', regionId: 'region_name' };
const SOURCE = ['source_note', 'source_url'];

/** Every kind the import writes, in an order where what a row names is written before it. */
export const IMPORT_KINDS: readonly ImportKind[] = [
  {
    resource: 'organizations',
    path: OrganizationWriteResolver.writePath,
    table: 'organization',
    exerciseOf: null,
    copy: ['slug', 'name', 'abbreviation', 'kind', 'founding_date', 'dissolution_date'],
    naturalKeys: [['slug'], ['stateId', 'name']],
    references: async (row, refs) => ({
      parentId: ref(row, 'parent_id'),
      stateId: await refs.stateIdOf(row),
      municipalityId: await refs.municipalityId(row),
    }),
    columnOf: { stateId: 'state_code', municipalityId: 'municipality_cvegeo' },
  },
  {
    resource: 'commitments',
    path: CommitmentWriteResolver.writePath,
    table: 'commitment',
    exerciseOf: 'SELECT p.exercise_id FROM commitment r JOIN action_plan p ON p.id = r.plan_id WHERE r.id = $1',
    copy: ['number', 'is_proactive', 'title', 'objective', 'activation_condition', 'responsible_agencies_inferred'],
    naturalKeys: [['planId', 'number']],
    references: async (row, refs) => ({
      planId: await refs.planId(row),
      responsibleAgencyIds: await refs.organizationIds(row, 'responsible_agency_ids', 'responsible_agencies'),
      participatingAgencyIds: await refs.organizationIds(row, 'participating_agency_ids', 'participating_agencies'),
      followerIds: await refs.organizationIds(row, 'follower_ids', 'followers'),
    }),
    sheet: {
      name: 'Compromisos',
      columns: [
        'plan_title',
        'number',
        'is_proactive',
        'title',
        'objective',
        'activation_condition',
        'responsible_agencies',
        'responsible_agencies_inferred',
        'participating_agencies',
        'followers',
        ...SOURCE,
      ],
    },
  },
  {
    resource: 'milestones',
    path: MilestoneWriteResolver.writePath,
    table: 'milestone',
    exerciseOf: COMMITMENT_EXERCISE('milestone'),
    copy: [
      'position',
      'title',
      'description',
      'start_date',
      'due_date',
      'weight',
      'status',
      'completed_on',
      'evidence_url',
      'evidence_description',
    ],
    naturalKeys: [['commitmentId', 'position']],
    references: async (row, refs) => ({ commitmentId: await refs.commitmentId(row) }),
    sheet: {
      name: 'Hitos',
      columns: [
        'commitment_number',
        'position',
        'title',
        'description',
        'start_date',
        'due_date',
        'weight',
        'status',
        'completed_on',
        'evidence_url',
        'evidence_description',
        ...SOURCE,
      ],
      orderWithin: ['commitment_number'],
    },
  },
  {
    resource: 'information-requests',
    path: InformationRequestWriteResolver.writePath,
    table: 'information_request',
    exerciseOf: COMMITMENT_EXERCISE('information_request'),
    copy: [
      'recipient_description',
      'subject',
      'requested_on',
      'response',
      'recipient_count',
      'responded_count',
      'response_note',
    ],
    naturalKeys: [['commitmentId', 'subject', 'requestedOn']],
    references: async (row, refs) => ({
      commitmentId: await refs.commitmentId(row),
      recipientId: await refs.organizationId(row, 'recipient_id', 'recipient_name'),
    }),
    sheet: {
      name: 'Solicitudes',
      columns: [
        'commitment_number',
        'recipient_name',
        'recipient_description',
        'subject',
        'requested_on',
        'response',
        'recipient_count',
        'responded_count',
        'response_note',
        ...SOURCE,
      ],
    },
  },
  {
    resource: 'information-deliveries',
    path: InformationDeliveryWriteResolver.writePath,
    table: 'information_delivery',
    exerciseOf: COMMITMENT_EXERCISE('information_delivery'),
    copy: ['delivered_by_description', 'description', 'delivered_on', 'pages', 'pages_qualifier'],
    naturalKeys: [['commitmentId', 'description', 'deliveredOn']],
    references: async (row, refs) => ({
      commitmentId: await refs.commitmentId(row),
      requestId: ref(row, 'request_id'),
      deliveredById: await refs.organizationId(row, 'delivered_by_id', 'delivered_by_name'),
    }),
    sheet: {
      name: 'Entregas',
      columns: [
        'commitment_number',
        'delivered_by_name',
        'delivered_by_description',
        'description',
        'delivered_on',
        'pages',
        ...SOURCE,
      ],
    },
  },
  {
    resource: 'events',
    path: EventWriteResolver.writePath,
    table: 'event',
    exerciseOf: 'SELECT exercise_id FROM event WHERE id = $1',
    copy: [
      'kind',
      'title',
      'description',
      'start_date',
      'start_date_inferred',
      'end_date',
      'municipality_inferred',
      'attendee_count',
      'attendee_count_qualifier',
      'attendance_note',
    ],
    references: async (row, refs) => ({
      exerciseId: refs.exerciseId,
      parentId: ref(row, 'parent_id'),
      ...(await place(row, refs)),
      regionId: await refs.regionId(row),
      commitmentIds: refs.meetingCommitments(row.cells.id as string),
    }),
    naturalKeys: [['exerciseId', 'kind', 'title', 'startDate']],
    columnOf: { ...PLACE_COLUMNS, commitmentIds: 'meetings.csv commitment_id' },
    sheet: {
      name: 'Eventos',
      columns: [
        'kind',
        'title',
        'description',
        'start_date',
        'start_date_inferred',
        'end_date',
        'municipality_name',
        'municipality_inferred',
        'venue_name',
        'region_name',
        'attendee_count',
        'attendance_note',
        ...SOURCE,
      ],
    },
  },
  {
    resource: 'sessions',
    path: SessionWriteResolver.writePath,
    table: 'session',
    exerciseOf: 'SELECT t.exercise_id FROM session r JOIN secretariat t ON t.id = r.secretariat_id WHERE r.id = $1',
    copy: ['type', 'number', 'date', 'municipality_inferred', 'summary', 'convened_by'],
    naturalKeys: [['secretariatId', 'type', 'number']],
    references: async (row, refs) => ({ secretariatId: await refs.secretariatId(), ...(await place(row, refs)) }),
    columnOf: PLACE_COLUMNS,
    sheet: {
      name: 'Sesiones',
      columns: [
        'type',
        'number',
        'date',
        'municipality_name',
        'municipality_inferred',
        'venue_name',
        'summary',
        'convened_by',
        ...SOURCE,
      ],
    },
  },
  {
    resource: 'agreements',
    path: AgreementWriteResolver.writePath,
    table: 'agreement',
    exerciseOf: `SELECT coalesce((SELECT t.exercise_id FROM session s JOIN secretariat t ON t.id = s.secretariat_id WHERE s.id = r.session_id),
        (SELECT e.exercise_id FROM event e WHERE e.id = r.event_id)) FROM agreement r WHERE r.id = $1`,
    copy: ['position', 'text', 'status', 'status_note'],
    naturalKeys: [['sessionId', 'eventId', 'position']],
    references: async (row, refs) => ({
      sessionId: await refs.sessionId(row),
      eventId: await refs.eventId(row),
      responsibleIds: await refs.organizationIds(row, 'responsible_ids', 'responsible'),
    }),
    sheet: {
      name: 'Acuerdos',
      columns: [
        'session_type',
        'session_number',
        'event_title',
        'position',
        'text',
        'status',
        'status_note',
        'responsible',
        ...SOURCE,
      ],
      orderWithin: ['session_type', 'session_number', 'event_title'],
    },
  },
  {
    resource: 'posts',
    path: PostWriteResolver.writePath,
    table: 'post',
    exerciseOf: 'SELECT t.exercise_id FROM post r JOIN secretariat t ON t.id = r.secretariat_id WHERE r.id = $1',
    copy: ['label', 'role', 'sector', 'voting'],
    naturalKeys: [['secretariatId', 'label']],
    references: async (row, refs) => ({
      secretariatId: await refs.secretariatId(),
      regionId: await refs.regionId(row),
    }),
    columnOf: PLACE_COLUMNS,
  },
  {
    resource: 'memberships',
    path: MembershipWriteResolver.writePath,
    table: 'membership',
    exerciseOf:
      'SELECT t.exercise_id FROM membership r JOIN post o ON o.id = r.post_id JOIN secretariat t ON t.id = o.secretariat_id WHERE r.id = $1',
    copy: ['title', 'start_date', 'end_date', 'recorded_until'],
    naturalKeys: [['postId', 'personId', 'startDate']],
    references: async (row, refs) => ({
      postId: await refs.postId(row),
      personId: await refs.personId(row),
      onBehalfOfId: await refs.organizationId(row, 'on_behalf_of_id', 'on_behalf_of_name'),
    }),
    sheet: {
      name: 'Integrantes',
      columns: [
        'post_label',
        'person_name',
        'on_behalf_of_name',
        'title',
        'start_date',
        'end_date',
        'recorded_until',
        ...SOURCE,
      ],
    },
  },
  {
    resource: 'evaluations',
    path: EvaluationWriteResolver.writePath,
    table: 'evaluation',
    exerciseOf: 'SELECT p.exercise_id FROM evaluation r JOIN action_plan p ON p.id = r.plan_id WHERE r.id = $1',
    copy: ['title', 'presented_on', 'scores_note'],
    references: async (row, refs) => ({
      planId: await refs.planId(row),
      evaluatorId: await refs.organizationId(row, 'evaluator_id', 'evaluator_name'),
    }),
  },
  {
    resource: 'evaluation-criteria',
    path: EvaluationCriterionWriteResolver.writePath,
    table: 'evaluation_criterion',
    exerciseOf:
      'SELECT p.exercise_id FROM evaluation_criterion r JOIN evaluation v ON v.id = r.evaluation_id JOIN action_plan p ON p.id = v.plan_id WHERE r.id = $1',
    copy: ['code', 'dimension', 'position', 'label', 'question'],
    naturalKeys: [['evaluationId', 'code']],
    references: async (row) => ({ evaluationId: ref(row, 'evaluation_id') }),
  },
  {
    resource: 'evaluation-scores',
    path: EvaluationScoreWriteResolver.writePath,
    table: 'evaluation_score',
    exerciseOf:
      'SELECT p.exercise_id FROM evaluation_score r JOIN commitment c ON c.id = r.commitment_id JOIN action_plan p ON p.id = c.plan_id WHERE r.id = $1',
    copy: ['score'],
    naturalKeys: [['criterionId', 'commitmentId']],
    references: async (row, refs) => ({
      criterionId: ref(row, 'criterion_id'),
      commitmentId: await refs.commitmentId(row),
    }),
  },
  {
    resource: 'recommendations',
    path: RecommendationWriteResolver.writePath,
    table: 'recommendation',
    exerciseOf: 'SELECT exercise_id FROM recommendation WHERE id = $1',
    copy: ['kind', 'position', 'text', 'issued_on'],
    naturalKeys: [['exerciseId', 'kind', 'position']],
    references: async (row, refs) => ({
      exerciseId: refs.exerciseId,
      evaluationId: ref(row, 'evaluation_id'),
      issuedById: await refs.organizationId(row, 'issued_by_id', 'issued_by_name'),
      issuedByPersonId: await refs.personId(row, 'issued_by_person'),
    }),
    columnOf: { issuedByPersonId: 'issued_by_person' },
  },
  {
    resource: 'documents',
    path: DocumentWriteResolver.writePath,
    table: 'document',
    exerciseOf: `SELECT ${documentKind.exercise?.('r')} FROM document r WHERE r.id = $1`,
    copy: ['title', 'kind', 'date', 'file_name'],
    references: async (row, refs) => ({
      // The record it belongs to: its id in that record's column; an exercise's document belongs to this exercise.
      ...Object.fromEntries(
        DOCUMENT_PARENTS.map(({ field, column, table }) => [
          field,
          table === 'exercise' ? (row.cells.belongs_to === 'exercise' ? refs.exerciseId : null) : ref(row, column),
        ]),
      ),
      contentSha256: await refs.documentContent(row),
    }),
    columnOf: { contentSha256: 'sha256', exerciseId: 'belongs_to' },
  },
];

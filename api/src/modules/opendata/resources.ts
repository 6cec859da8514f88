import { utcInstantSql } from '../../common/columns';
import { PARTIAL_DATE_FORM } from '../../common/partial-date';
import { publicCondition } from '../../common/public-reach';
import { AgreementStatus } from '../agreement/agreement.enums';
import { DocumentKind } from '../document/document.enums';
import { documentKind } from '../document/document.kind';
import { DOCUMENT_PARENTS } from '../document/document.parents';
import { filePath } from '../document/document.storage';
import { CriterionDimension, RecommendationKind } from '../evaluation/evaluation.enums';
import { CountQualifier, EventKind } from '../event/event.enums';
import { RequestResponse } from '../information/information.enums';
import { PAGES_AGGREGATES, pagesTotal, TotalQualifier } from '../information/information.types';
import { MilestoneStatus } from '../milestone/milestone.enums';
import { OrganizationKind } from '../organization/organization.enums';
import { MILESTONE_SUMS_SQL, progressFromSums } from '../milestone/progress';
import { SeatRole, Sector } from '../secretariat/secretariat.enums';
import { SessionType } from '../session/session.enums';
import { recordSourceAddressSql } from '../source/source-address';

/**
 * The tables of an exercise's open data: one CSV (and one JSON) each, described by a Frictionless
 * Table Schema. Every statement takes the exercise's id as $1 (and the public base address as $2
 * where it gives sources' addresses, resourceParams) and reads exactly what the public
 * sees: a row is exported when it is published and not deleted, and so is every record it is
 * reached through from the exercise (plan, commitment, Secretariat, session, event); a name or id
 * taken from another record is left empty when that record is not public. Columns are snake_case
 * (as Popolo's), with a Spanish title and an English description in the schema; places carry
 * INEGI keys; dates are ISO 8601 at the precision the source gives.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'list';

export interface ResourceField {
  name: string;
  type: FieldType;
  /** Spanish label, for people reading the data. */
  title: string;
  /** What the column holds, in English, for the data dictionary. */
  description: string;
  format?: 'uuid' | 'uri';
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface Resource {
  /** File name without extension, also the Data Package resource name (`^[-a-z0-9._/]+$`). */
  name: string;
  title: string;
  description: string;
  fields: ResourceField[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  /** SELECT producing one row per record, columns named as some of the fields (parameters: resourceParams). */
  sql: string;
  /** Turns a row of `sql` into the record as exported (values in the fields' order, keyed by name). */
  toRecord?: (row: Record<string, unknown>) => Record<string, unknown>;
}

/** Separator of the items of a `list` column. */
export const LIST_DELIMITER = ';';

/** Each record's condition comes from the one definition of public (public-reach.ts). */
const P = publicCondition;
const id = (description: string, title = 'Identificador'): ResourceField => ({
  name: 'id',
  type: 'string',
  format: 'uuid',
  title,
  description,
  constraints: { required: true, unique: true },
});
/**
 * A column: a string unless `shape` says otherwise, with `required` added to its constraints.
 * Keys in the order the descriptors print them.
 */
const column = (
  name: string,
  title: string,
  description: string,
  shape: Partial<Pick<ResourceField, 'type' | 'format' | 'constraints'>> = {},
  required = false,
): ResourceField => {
  const constraints = { ...shape.constraints, ...(required ? { required } : {}) };
  return {
    name,
    type: shape.type ?? 'string',
    ...(shape.format ? { format: shape.format } : {}),
    title,
    description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
};
const ref = (name: string, title: string, description: string, required = false) =>
  column(name, title, description, { format: 'uuid' }, required);
const text = (name: string, title: string, description: string, required = false) =>
  column(name, title, description, {}, required);
const date = (name: string, title: string, description: string, required = false) =>
  column(
    name,
    title,
    `${description} ISO 8601 at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.`,
    { constraints: { pattern: PARTIAL_DATE_FORM } },
    required,
  );
const integer = (name: string, title: string, description: string, minimum?: number) =>
  column(name, title, description, { type: 'integer', constraints: minimum !== undefined ? { minimum } : undefined });
const oneOf = (name: string, title: string, description: string, values: string[], required = false) =>
  column(name, title, description, { constraints: { enum: values } }, required);
/** Several values: joined with LIST_DELIMITER in the CSV (a string column there), an array in the JSON. */
/** Whether the value beside it is an inference, not stated by the source (then the source note says from what). */
const inferredFlag = (name: string, title: string, of: string): ResourceField => ({
  name,
  type: 'boolean',
  title,
  description: `true when ${of} is inferred, not stated by the source; the source note says from what.`,
  constraints: { required: true },
});
const list = (name: string, title: string, description: string): ResourceField => ({
  name,
  type: 'list',
  title,
  description: `${description} In the CSV, separated by "${LIST_DELIMITER}"; in the JSON, an array.`,
});
const sourceNote: ResourceField = text(
  'source_note',
  'Fuente',
  'Where in the source document the record comes from (section or sentence).',
);
const sourceUrl: ResourceField = {
  name: 'source_url',
  type: 'string',
  format: 'uri',
  title: 'Documento fuente',
  description:
    "Address of the source document, when it has one: the text this platform serves at /data/sources/<key>.txt when it keeps it, else the document's own address.",
};
const updatedAt: ResourceField = {
  name: 'updated_at',
  type: 'datetime',
  title: 'Última modificación',
  description: 'When the record last changed (UTC).',
  constraints: { required: true },
};

/** SQL for the address of record `a`'s source document; $2 is the public base address. */
const sourceUrlOf = (a: string) => recordSourceAddressSql(a, '$2::text');

/** The columns every sourced record ends with, and the SQL that selects them from record `a`. */
const sourcedFields = [sourceNote, sourceUrl, updatedAt];
const sourcedSql = (a: string) =>
  `${a}.source_note, ${sourceUrlOf(a)} AS source_url, ${utcInstantSql(`${a}.updated_at`)} AS updated_at`;
const place = (municipality: string) =>
  `(SELECT mu.cvegeo FROM municipality mu WHERE mu.id = ${municipality}) AS municipality_cvegeo, (SELECT mu.name FROM municipality mu WHERE mu.id = ${municipality}) AS municipality_name, (SELECT mu.time_zone FROM municipality mu WHERE mu.id = ${municipality}) AS time_zone`;
const placeFields = (what: string): ResourceField[] => [
  {
    name: 'municipality_cvegeo',
    type: 'string',
    title: 'Clave INEGI del municipio',
    description: `INEGI CVEGEO (state key + municipality key, 5 digits) of the municipality where ${what}.`,
    constraints: { pattern: '^[0-9]{5}$' },
  },
  text('municipality_name', 'Municipio', `Name of that municipality.`),
  text('time_zone', 'Zona horaria', 'IANA time zone of that municipality (America/Monterrey, America/Matamoros...).'),
];
const orgList = (link: string, where: string, column: 'id' | 'name') =>
  `(SELECT coalesce(array_agg(o.${column} ORDER BY o.name, o.id), '{}') FROM ${link} JOIN organization o ON o.id = l.organization_id AND ${P('organization', 'o')} WHERE ${where})`;
const publicOrgName = (column: string) =>
  `(SELECT o.name FROM organization o WHERE o.id = ${column} AND ${P('organization', 'o')})`;
const publicOrgId = (column: string) =>
  `(SELECT o.id FROM organization o WHERE o.id = ${column} AND ${P('organization', 'o')})`;

/** The exercise's public commitments (of its public plans), as a table aliased c. */
const COMMITMENTS = `(SELECT c.* FROM commitment c JOIN action_plan p ON p.id = c.plan_id AND p.exercise_id = $1 AND ${P('action_plan', 'p')} WHERE ${P('commitment', 'c')}) c`;
/** The exercise's public sessions (through its public Secretariat), aliased s. */
const SESSIONS = `session s JOIN secretariat t ON t.id = s.secretariat_id AND t.exercise_id = $1 AND ${P('secretariat', 't')} WHERE ${P('session', 's')}`;
/** The exercise's public events, aliased e. */
const EVENTS = `event e WHERE e.exercise_id = $1 AND ${P('event', 'e')}`;

const commitments: Resource = {
  name: 'commitments',
  title: 'Compromisos',
  description:
    'Commitments of the Local Action Plans, with their responsible agencies, followers, pages delivered and progress.',
  fields: [
    id('Commitment id (UUID).'),
    ref('plan_id', 'Plan de acción', 'Id of the Local Action Plan.', true),
    text('plan_title', 'Título del plan', 'Title of the Local Action Plan.'),
    integer('number', 'Número', 'Number of the commitment in its plan; empty for an unnumbered (proactive) one.', 1),
    {
      name: 'is_proactive',
      type: 'boolean',
      title: 'Proactivo',
      description: 'Whether it is a proactive commitment, started only if another finishes early.',
      constraints: { required: true },
    },
    text('title', 'Compromiso', 'Title of the commitment.', true),
    text('objective', 'Objetivo', 'Its objective, as the plan states it.'),
    text('activation_condition', 'Condición de activación', 'For a proactive commitment: when it starts.'),
    list(
      'responsible_agency_ids',
      'Ids de sujetos obligados responsables',
      'Ids of the public agencies responsible for it.',
    ),
    list('responsible_agencies', 'Sujetos obligados responsables', 'Names of those agencies, in the same order.'),
    inferredFlag(
      'responsible_agencies_inferred',
      'Responsables inferidos',
      'the list of responsible agencies (the source names none; taken from who delivered information or was asked for it)',
    ),
    list(
      'participating_agency_ids',
      'Ids de instancias participantes',
      'Ids of public bodies that took part in its work without the source naming them responsible.',
    ),
    list('participating_agencies', 'Instancias participantes', 'Names of those bodies, in the same order.'),
    list(
      'follower_ids',
      'Ids de organizaciones que dan seguimiento',
      'Ids of the civil-society organisations that follow it.',
    ),
    list('followers', 'Organizaciones que dan seguimiento', 'Names of those organisations, in the same order.'),
    integer(
      'pages_delivered',
      'Fojas entregadas',
      'Pages (fojas) delivered for it: sum over its deliveries that give a count; empty when none does (unknown, never 0).',
      0,
    ),
    oneOf(
      'pages_delivered_qualifier',
      'Calificador de fojas',
      'EXACT; MORE_THAN when any count added is a lower bound ("more than 2,737") or some delivery is not counted; UNKNOWN when pages_delivered is empty.',
      Object.values(TotalQualifier),
      true,
    ),
    integer('deliveries_counted', 'Entregas con conteo de fojas', 'Deliveries that give a page count.', 0),
    integer(
      'deliveries_without_page_count',
      'Entregas sin conteo de fojas',
      'Deliveries whose page count the source does not give.',
      0,
    ),
    integer('milestones_total', 'Hitos', 'Milestones counted in its progress (every one not cancelled).', 0),
    integer('milestones_done', 'Hitos cumplidos', 'Milestones done.', 0),
    {
      name: 'progress_percent',
      type: 'number',
      title: 'Avance (%)',
      description:
        'Weighted share of its milestones that are done, 0 to 100, one decimal; empty when it cannot be measured (never 0 for unknown).',
      constraints: { minimum: 0, maximum: 100 },
    },
    oneOf(
      'progress_unknown_reason',
      'Motivo de avance desconocido',
      'Why progress_percent is empty: NO_MILESTONES or NO_WEIGHTED_MILESTONES.',
      ['NO_MILESTONES', 'NO_WEIGHTED_MILESTONES'],
    ),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  sql: `SELECT c.id, c.plan_id, p.title AS plan_title, c.number, c.is_proactive, c.title, c.objective, c.activation_condition,
      ${orgList('commitment_organization l', `l.commitment_id = c.id AND l.role = 'RESPONSIBLE'`, 'id')} AS responsible_agency_ids,
      ${orgList('commitment_organization l', `l.commitment_id = c.id AND l.role = 'RESPONSIBLE'`, 'name')} AS responsible_agencies, c.responsible_agencies_inferred,
      ${orgList('commitment_organization l', `l.commitment_id = c.id AND l.role = 'PARTICIPANT'`, 'id')} AS participating_agency_ids,
      ${orgList('commitment_organization l', `l.commitment_id = c.id AND l.role = 'PARTICIPANT'`, 'name')} AS participating_agencies,
      ${orgList('commitment_organization l', `l.commitment_id = c.id AND l.role = 'FOLLOWER'`, 'id')} AS follower_ids,
      ${orgList('commitment_organization l', `l.commitment_id = c.id AND l.role = 'FOLLOWER'`, 'name')} AS followers,
      d.pages, d.lower_bound, d.counted, d.uncounted,
      m.milestones, m.counted_weight, m.done_weight, m.counted AS milestones_counted, m.done,
      ${sourcedSql('c')}
    FROM commitment c JOIN action_plan p ON p.id = c.plan_id AND p.exercise_id = $1 AND ${P('action_plan', 'p')}
    LEFT JOIN LATERAL (
      SELECT ${PAGES_AGGREGATES}
        FROM information_delivery d WHERE d.commitment_id = c.id AND ${P('information_delivery', 'd')}) d ON TRUE
    LEFT JOIN LATERAL (
      SELECT ${MILESTONE_SUMS_SQL('m')}
        FROM milestone m WHERE m.commitment_id = c.id AND ${P('milestone', 'm')}) m ON TRUE
    WHERE ${P('commitment', 'c')}
    ORDER BY p.start_year NULLS LAST, p.id, c.is_proactive, c.number NULLS LAST, c.id`,
  toRecord: (row) => {
    // The same roll-up as the API's `progress` (commitmentProgress), from the sums SQL made.
    const progress = progressFromSums({
      milestones: Number(row.milestones),
      counted: Number(row.milestones_counted),
      done: Number(row.done),
      countedWeight: Number(row.counted_weight),
      doneWeight: Number(row.done_weight),
    });
    const pages = pagesTotal(row);
    const {
      milestones: _m,
      counted_weight: _cw,
      done_weight: _dw,
      milestones_counted,
      done,
      pages: _p,
      lower_bound: _l,
      counted: _c,
      uncounted: _u,
      ...rest
    } = row;
    return {
      ...rest,
      pages_delivered: pages.pages,
      pages_delivered_qualifier: pages.qualifier,
      deliveries_counted: pages.deliveriesCounted,
      deliveries_without_page_count: pages.deliveriesWithoutPageCount,
      milestones_total: Number(milestones_counted),
      milestones_done: Number(done),
      progress_percent: progress.percent,
      progress_unknown_reason: progress.unknownReason,
    };
  },
};

const commitmentNumber = integer(
  'commitment_number',
  'Número de compromiso',
  'Number of that commitment in its plan.',
  1,
);

const milestones: Resource = {
  name: 'milestones',
  title: 'Hitos',
  description:
    "Milestones (hitos): the dated activities of each commitment, with their weight in the commitment's progress.",
  fields: [
    id('Milestone id (UUID).'),
    ref('commitment_id', 'Compromiso', 'Id of the commitment.', true),
    commitmentNumber,
    integer('position', 'Orden', "Order among the commitment's milestones.", 1),
    text('title', 'Hito', 'Title of the milestone.', true),
    text('description', 'Descripción', 'What it consists of.'),
    date('start_date', 'Inicio', 'Planned start.'),
    date('due_date', 'Fecha límite', 'Planned end (due date).'),
    {
      name: 'weight',
      type: 'number',
      title: 'Peso',
      description: "Weight in the commitment's progress, relative to its other milestones.",
      constraints: { required: true, minimum: 0 },
    },
    oneOf('status', 'Estatus', 'Current status.', Object.values(MilestoneStatus), true),
    date('completed_on', 'Fecha de cumplimiento', 'When it was done.'),
    {
      name: 'evidence_url',
      type: 'string',
      format: 'uri',
      title: 'Evidencia (URL)',
      description: 'Address of the evidence that it was done.',
    },
    text('evidence_description', 'Evidencia', 'The evidence, described.'),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['commitment_id'], reference: { resource: 'commitments', fields: ['id'] } }],
  sql: `SELECT m.id, m.commitment_id, c.number AS commitment_number, m.position, m.title, m.description, m.start_date, m.due_date, m.weight::float8 AS weight,
      m.status, m.completed_on, m.evidence_url, m.evidence_description, ${sourcedSql('m')}
    FROM milestone m JOIN ${COMMITMENTS} ON c.id = m.commitment_id WHERE ${P('milestone', 'm')}
    ORDER BY c.is_proactive, c.number NULLS LAST, c.id, m.position, m.id`,
};

const meetings: Resource = {
  name: 'meetings',
  title: 'Reuniones de los compromisos',
  description:
    "Each commitment's meetings, working tables and site visits: one row per commitment and event (an event on two commitments has two rows). The events themselves are in events.",
  fields: [
    ref('commitment_id', 'Compromiso', 'Id of the commitment.', true),
    commitmentNumber,
    ref('event_id', 'Evento', 'Id of the event (see events).', true),
    oneOf('kind', 'Tipo', 'Kind of event.', Object.values(EventKind), true),
    text('title', 'Título', 'Title of the event.', true),
    date('start_date', 'Fecha', 'First day (or month) of the event.'),
    date('end_date', 'Fecha final', 'Last day of a multi-day event (inclusive).'),
    ...placeFields('it took place'),
    text('venue_name', 'Sede', 'Venue, when the source names it.'),
  ],
  primaryKey: ['commitment_id', 'event_id'],
  foreignKeys: [
    { fields: ['commitment_id'], reference: { resource: 'commitments', fields: ['id'] } },
    { fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } },
  ],
  sql: `SELECT ec.commitment_id, c.number AS commitment_number, e.id AS event_id, e.kind, e.title, e.start_date, e.end_date, ${place('e.municipality_id')},
      (SELECT v.name FROM venue v WHERE v.id = e.venue_id AND ${P('venue', 'v')}) AS venue_name
    FROM event_commitment ec JOIN event e ON e.id = ec.event_id AND e.exercise_id = $1 AND ${P('event', 'e')}
    JOIN ${COMMITMENTS} ON c.id = ec.commitment_id
    ORDER BY c.is_proactive, c.number NULLS LAST, c.id, partial_date_first_day(e.start_date) NULLS LAST, e.id`,
};

const informationRequests: Resource = {
  name: 'information-requests',
  title: 'Solicitudes de información',
  description: 'Information asked of agencies for each commitment, and whether they answered.',
  fields: [
    id('Request id (UUID).'),
    ref('commitment_id', 'Compromiso', 'Id of the commitment.', true),
    commitmentNumber,
    ref('recipient_id', 'Id del sujeto obligado', 'Id of the agency asked.'),
    text('recipient_name', 'Sujeto obligado', 'Name of the agency asked.'),
    text('recipient_description', 'Destinatarios', 'Who was asked, as the source describes them when not one agency.'),
    text('subject', 'Información solicitada', 'What was asked.', true),
    date('requested_on', 'Fecha de solicitud', 'When it was asked.'),
    oneOf(
      'response',
      'Respuesta',
      'How it was answered: FULL, PARTIAL, NONE or UNKNOWN (the source does not say).',
      Object.values(RequestResponse),
      true,
    ),
    integer('recipient_count', 'Destinatarios (número)', 'For a request sent to a group: how many were asked.', 1),
    integer('responded_count', 'Respondieron (número)', 'For a request sent to a group: how many answered.', 0),
    text('response_note', 'Nota sobre la respuesta', 'What the source says about the answer.'),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['commitment_id'], reference: { resource: 'commitments', fields: ['id'] } },
    { fields: ['recipient_id'], reference: { resource: 'organizations', fields: ['id'] } },
  ],
  sql: `SELECT r.id, r.commitment_id, c.number AS commitment_number, ${publicOrgId('r.recipient_id')} AS recipient_id, ${publicOrgName('r.recipient_id')} AS recipient_name,
      r.recipient_description, r.subject, r.requested_on, r.response, r.recipient_count, r.responded_count, r.response_note,
      ${sourcedSql('r')}
    FROM information_request r JOIN ${COMMITMENTS} ON c.id = r.commitment_id WHERE ${P('information_request', 'r')}
    ORDER BY c.is_proactive, c.number NULLS LAST, c.id, partial_date_first_day(r.requested_on) NULLS LAST, r.subject, r.id`,
};

const informationDeliveries: Resource = {
  name: 'information-deliveries',
  title: 'Entregas de información',
  description:
    'Information delivered for each commitment, counted in pages (fojas); "more than N" is kept as N with the qualifier MORE_THAN.',
  fields: [
    id('Delivery id (UUID).'),
    ref('commitment_id', 'Compromiso', 'Id of the commitment.', true),
    commitmentNumber,
    ref('request_id', 'Solicitud', 'Id of the information request it answers (see information-requests).'),
    ref('delivered_by_id', 'Id de quien entregó', 'Id of the organisation that delivered it.'),
    text('delivered_by_name', 'Entregó', 'Name of that organisation.'),
    text(
      'delivered_by_description',
      'Entregó (descripción)',
      'Who delivered it, as the source describes them when not one organisation.',
    ),
    text('description', 'Información entregada', 'What was delivered.', true),
    date('delivered_on', 'Fecha de entrega', 'When it was delivered.'),
    integer('pages', 'Fojas', 'Pages (fojas) delivered; empty when the source gives no count.', 0),
    oneOf(
      'pages_qualifier',
      'Calificador de fojas',
      'EXACT, or MORE_THAN when pages is a lower bound; empty when pages is.',
      Object.values(CountQualifier),
    ),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['delivered_by_id'], reference: { resource: 'organizations', fields: ['id'] } },
    { fields: ['commitment_id'], reference: { resource: 'commitments', fields: ['id'] } },
    { fields: ['request_id'], reference: { resource: 'information-requests', fields: ['id'] } },
  ],
  sql: `SELECT d.id, d.commitment_id, c.number AS commitment_number,
      (SELECT r.id FROM information_request r JOIN commitment rc ON rc.id = r.commitment_id AND ${P('commitment', 'rc')} JOIN action_plan rp ON rp.id = rc.plan_id AND rp.exercise_id = $1 AND ${P('action_plan', 'rp')}
        WHERE r.id = d.request_id AND ${P('information_request', 'r')}) AS request_id,
      ${publicOrgId('d.delivered_by_id')} AS delivered_by_id, ${publicOrgName('d.delivered_by_id')} AS delivered_by_name, d.delivered_by_description,
      d.description, d.delivered_on, d.pages, d.pages_qualifier, ${sourcedSql('d')}
    FROM information_delivery d JOIN ${COMMITMENTS} ON c.id = d.commitment_id WHERE ${P('information_delivery', 'd')}
    ORDER BY c.is_proactive, c.number NULLS LAST, c.id, partial_date_first_day(d.delivered_on) NULLS LAST, d.description, d.id`,
};

const sessions: Resource = {
  name: 'sessions',
  title: 'Sesiones del Secretariado Técnico',
  description: 'Ordinary and extraordinary sessions of the Technical Secretariat (STGA).',
  fields: [
    id('Session id (UUID).'),
    oneOf('type', 'Tipo', 'ORDINARY or EXTRAORDINARY.', Object.values(SessionType), true),
    integer('number', 'Número', 'Number of the session within its type.', 1),
    date('date', 'Fecha', 'Date of the session.', true),
    ...placeFields('it was held'),
    inferredFlag('municipality_inferred', 'Municipio inferido', 'the municipality'),
    text('venue_name', 'Sede', 'Venue, when the source names it.'),
    text('summary', 'Resumen', 'What happened.'),
    text('convened_by', 'Convocó', 'Who convened it, as the source says.'),
    integer('agreements', 'Acuerdos', 'Agreements taken (see agreements).', 0),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  sql: `SELECT s.id, s.type, s.number, s.date, ${place('s.municipality_id')}, s.municipality_inferred, (SELECT v.name FROM venue v WHERE v.id = s.venue_id AND ${P('venue', 'v')}) AS venue_name,
      s.summary, s.convened_by, (SELECT count(*) FROM agreement a WHERE a.session_id = s.id AND ${P('agreement', 'a')}) AS agreements,
      ${sourcedSql('s')}
    FROM ${SESSIONS}
    ORDER BY partial_date_first_day(s.date), s.type, s.number, s.id`,
};

const agreements: Resource = {
  name: 'agreements',
  title: 'Acuerdos',
  description:
    'Agreements taken at Secretariat sessions and at commitment meetings, with who carries them out and their follow-up status.',
  fields: [
    id('Agreement id (UUID).'),
    ref('session_id', 'Sesión', 'Id of the session that took it (see sessions); empty when taken at an event.'),
    oneOf('session_type', 'Tipo de sesión', 'Type of that session.', Object.values(SessionType)),
    integer('session_number', 'Número de sesión', 'Number of that session.', 1),
    ref('event_id', 'Evento', 'Id of the event (meeting) that took it (see events); empty when taken at a session.'),
    text('event_title', 'Evento (título)', 'Title of that event.'),
    integer('position', 'Orden', 'Order among the agreements of its session or event.', 1),
    text('text', 'Acuerdo', 'The agreement.', true),
    oneOf(
      'status',
      'Estatus',
      'Follow-up status; UNKNOWN when the source does not say.',
      Object.values(AgreementStatus),
      true,
    ),
    text('status_note', 'Nota de seguimiento', 'What is known about its follow-up.'),
    list('responsible_ids', 'Ids de responsables', 'Ids of the organisations that carry it out.'),
    list('responsible', 'Responsables', 'Names of those organisations, in the same order.'),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['session_id'], reference: { resource: 'sessions', fields: ['id'] } },
    { fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } },
  ],
  sql: `SELECT a.id, a.session_id, s.type AS session_type, s.number AS session_number, a.event_id, e.title AS event_title, a.position, a.text, a.status, a.status_note,
      ${orgList('agreement_responsible l', 'l.agreement_id = a.id', 'id')} AS responsible_ids,
      ${orgList('agreement_responsible l', 'l.agreement_id = a.id', 'name')} AS responsible,
      ${sourcedSql('a')}
    FROM agreement a
    LEFT JOIN (SELECT s.* FROM ${SESSIONS}) s ON s.id = a.session_id
    LEFT JOIN (SELECT e.* FROM ${EVENTS}) e ON e.id = a.event_id
    WHERE ${P('agreement', 'a')} AND (s.id IS NOT NULL OR e.id IS NOT NULL)
    ORDER BY s.id IS NULL, partial_date_first_day(s.date), s.type, s.number, partial_date_first_day(e.start_date) NULLS LAST, e.id, a.position, a.id`,
};

const events: Resource = {
  name: 'events',
  title: 'Eventos',
  description:
    'Everything that happened in the exercise other than Secretariat sessions: talks, elections, working tables, workshops, commitment meetings, site visits. A series is a parent event whose parts name it in parent_id; attendance stays at the level the source gives it.',
  fields: [
    id('Event id (UUID).'),
    ref('parent_id', 'Evento padre', 'Id of the series this event is part of.'),
    oneOf('kind', 'Tipo', 'Kind of event.', Object.values(EventKind), true),
    text('title', 'Título', 'Title, in the source language.', true),
    text('description', 'Descripción', 'What happened.'),
    date('start_date', 'Fecha', 'First day (or month) of the event; empty when the source gives no date.'),
    inferredFlag('start_date_inferred', 'Fecha inferida', 'start_date'),
    date('end_date', 'Fecha final', 'Last day of a multi-day event or series (inclusive).'),
    ...placeFields('it took place'),
    inferredFlag('municipality_inferred', 'Municipio inferido', 'the municipality'),
    text('venue_name', 'Sede', 'Venue, when the source names it.'),
    text('region_name', 'Región', 'Region of the state it belongs to.'),
    integer('attendee_count', 'Asistentes', 'People who attended, as the source counts them.', 0),
    oneOf(
      'attendee_count_qualifier',
      'Calificador de asistentes',
      'EXACT, or MORE_THAN when attendee_count is a lower bound ("over 240").',
      Object.values(CountQualifier),
    ),
    text('attendance_note', 'Nota de asistencia', 'Who attended, as the source describes them.'),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['parent_id'], reference: { resource: 'events', fields: ['id'] } }],
  sql: `SELECT e.id, (SELECT pe.id FROM event pe WHERE pe.id = e.parent_id AND pe.exercise_id = $1 AND ${P('event', 'pe')}) AS parent_id, e.kind, e.title, e.description,
      e.start_date, e.start_date_inferred, e.end_date, ${place('e.municipality_id')}, e.municipality_inferred,
      (SELECT v.name FROM venue v WHERE v.id = e.venue_id AND ${P('venue', 'v')}) AS venue_name, (SELECT g.name FROM region g WHERE g.id = e.region_id AND ${P('region', 'g')}) AS region_name,
      e.attendee_count, e.attendee_count_qualifier, e.attendance_note, ${sourcedSql('e')}
    FROM ${EVENTS}
    ORDER BY partial_date_first_day(e.start_date) NULLS LAST, e.title, e.id`,
};

const posts: Resource = {
  name: 'posts',
  title: 'Cargos del Secretariado Técnico',
  description:
    "The Technical Secretariat's seats (Popolo Post): a seat exists even when empty; who held it when is in memberships.",
  fields: [
    id('Post id (UUID).'),
    text('label', 'Cargo', 'Name of the seat.', true),
    oneOf('role', 'Función', 'Role of the seat.', Object.values(SeatRole), true),
    oneOf('sector', 'Sector', 'Sector the seat represents.', Object.values(Sector)),
    text('region_name', 'Región', 'Region, for regional liaisons.'),
    {
      name: 'voting',
      type: 'boolean',
      title: 'Con voto',
      description: 'Whether the seat votes (liaisons have voice, no vote); empty when the source does not say.',
    },
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  sql: `SELECT o.id, o.label, o.role, o.sector, (SELECT g.name FROM region g WHERE g.id = o.region_id AND ${P('region', 'g')}) AS region_name, o.voting,
      ${sourcedSql('o')}
    FROM post o JOIN secretariat t ON t.id = o.secretariat_id AND t.exercise_id = $1 AND ${P('secretariat', 't')} WHERE ${P('post', 'o')}
    ORDER BY o.sector NULLS LAST, o.role, o.label, o.id`,
};

const memberships: Resource = {
  name: 'memberships',
  title: 'Integrantes del Secretariado Técnico',
  description:
    'Who held each seat, between which dates, on behalf of which organisation (Popolo Membership): the holder on a given day is the one with start_date <= day < end_date, or, with no end_date, day <= recorded_until when that is given.',
  fields: [
    id('Membership id (UUID).'),
    ref('post_id', 'Cargo', 'Id of the seat (see posts).', true),
    text('post_label', 'Cargo (nombre)', 'Name of the seat.'),
    ref('person_id', 'Persona', 'Id of the person; empty when the source names only the body holding the seat.'),
    text('person_name', 'Nombre', 'Name of the person; empty when the source names only the body holding the seat.'),
    ref('on_behalf_of_id', 'Id de la organización representada', 'Id of the organisation the person sat for.'),
    text('on_behalf_of_name', 'Organización representada', 'Name of that organisation.'),
    text('title', 'Puesto', "The person's own title or position, as the source gives it."),
    date('start_date', 'Desde', 'First day in the seat.'),
    date('end_date', 'Hasta', 'First day no longer in the seat (exclusive).'),
    date(
      'recorded_until',
      'Registrado hasta',
      'With no end_date: the last day the sources cover (inclusive); after it, whether the seat was still held is unknown.',
    ),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['post_id'], reference: { resource: 'posts', fields: ['id'] } },
    { fields: ['on_behalf_of_id'], reference: { resource: 'organizations', fields: ['id'] } },
  ],
  sql: `SELECT m.id, m.post_id, o.label AS post_label, m.person_id, pe.name AS person_name, ${publicOrgId('m.on_behalf_of_id')} AS on_behalf_of_id,
      ${publicOrgName('m.on_behalf_of_id')} AS on_behalf_of_name, m.title, m.start_date, m.end_date, m.recorded_until,
      ${sourcedSql('m')}
    FROM membership m JOIN post o ON o.id = m.post_id AND ${P('post', 'o')}
    JOIN secretariat t ON t.id = o.secretariat_id AND t.exercise_id = $1 AND ${P('secretariat', 't')}
    LEFT JOIN person pe ON pe.id = m.person_id AND ${P('person', 'pe')}
    WHERE ${P('membership', 'm')} AND (m.person_id IS NULL OR pe.id IS NOT NULL)
    ORDER BY o.sector NULLS LAST, o.role, o.label, o.id, partial_date_first_day(m.start_date) NULLS FIRST, m.id`,
};

/** The exercise's public evaluations (of its public plans), aliased ev. */
const EVALUATIONS = `evaluation ev JOIN action_plan p ON p.id = ev.plan_id AND p.exercise_id = $1 WHERE ${P('evaluation', 'ev')}`;

const evaluations: Resource = {
  name: 'evaluations',
  title: 'Evaluaciones',
  description:
    "The national evaluator's evaluations of the Local Action Plans; their rubric is in evaluation-criteria and the scores in evaluation-scores.",
  fields: [
    id('Evaluation id (UUID).'),
    ref('plan_id', 'Plan de acción', 'Id of the Local Action Plan evaluated (commitments.plan_id).', true),
    text('title', 'Evaluación', 'Title of the evaluation.', true),
    ref('evaluator_id', 'Id del evaluador', 'Id of the evaluating organisation.'),
    text('evaluator_name', 'Evaluador', 'Name of that organisation.'),
    date('presented_on', 'Fecha de presentación', 'When the results were presented.'),
    text('scores_note', 'Nota sobre los puntajes', 'What is known about the scores, e.g. why they are missing.'),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['evaluator_id'], reference: { resource: 'organizations', fields: ['id'] } }],
  sql: `SELECT ev.id, ev.plan_id, ev.title, ${publicOrgId('ev.evaluator_id')} AS evaluator_id, ${publicOrgName('ev.evaluator_id')} AS evaluator_name, ev.presented_on, ev.scores_note,
      ${sourcedSql('ev')}
    FROM ${EVALUATIONS}
    ORDER BY p.start_year NULLS LAST, p.id, partial_date_first_day(ev.presented_on) NULLS LAST, ev.id`,
};

const evaluationCriteria: Resource = {
  name: 'evaluation-criteria',
  title: 'Rúbrica de evaluación',
  description: 'The criteria of each evaluation (its rubric): quality and potential relevance of the commitments.',
  fields: [
    id('Criterion id (UUID).'),
    ref('evaluation_id', 'Evaluación', 'Id of the evaluation (see evaluations).', true),
    text('code', 'Clave', 'Stable code of the criterion, e.g. QUALITY_A.', true),
    oneOf(
      'dimension',
      'Dimensión',
      'QUALITY (calidad) or RELEVANCE (relevancia potencial).',
      Object.values(CriterionDimension),
      true,
    ),
    integer('position', 'Orden', 'Order within the rubric.', 1),
    text('label', 'Criterio', 'Short label, in the source language.', true),
    text('question', 'Pregunta', 'The question the evaluator asked of each commitment, when the source gives one.'),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['evaluation_id'], reference: { resource: 'evaluations', fields: ['id'] } }],
  sql: `SELECT k.id, k.evaluation_id, k.code, k.dimension, k.position, k.label, k.question, ${sourcedSql('k')}
    FROM evaluation_criterion k JOIN evaluation ev ON ev.id = k.evaluation_id JOIN action_plan p ON p.id = ev.plan_id AND p.exercise_id = $1
    WHERE ${P('evaluation_criterion', 'k')}
    ORDER BY p.start_year NULLS LAST, p.id, ev.id, k.position, k.id`,
};

const evaluationScores: Resource = {
  name: 'evaluation-scores',
  title: 'Puntajes de la evaluación',
  description:
    'The score each commitment received on each criterion, when the source gives it; a score the source does not give is not a row (never 0).',
  fields: [
    id('Score id (UUID).'),
    ref('criterion_id', 'Criterio', 'Id of the criterion (see evaluation-criteria).', true),
    text('criterion_code', 'Clave del criterio', 'Code of that criterion.'),
    ref('commitment_id', 'Compromiso', 'Id of the commitment (see commitments).', true),
    commitmentNumber,
    { name: 'score', type: 'number', title: 'Puntaje', description: 'The score; empty when unknown.' },
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['criterion_id'], reference: { resource: 'evaluation-criteria', fields: ['id'] } },
    { fields: ['commitment_id'], reference: { resource: 'commitments', fields: ['id'] } },
  ],
  sql: `SELECT sc.id, sc.criterion_id, k.code AS criterion_code, sc.commitment_id, c.number AS commitment_number, sc.score::float8 AS score,
      ${sourcedSql('sc')}
    FROM evaluation_score sc JOIN evaluation_criterion k ON k.id = sc.criterion_id JOIN ${COMMITMENTS} ON c.id = sc.commitment_id
    WHERE ${P('evaluation_score', 'sc')} AND k.evaluation_id IN (SELECT ev.id FROM ${EVALUATIONS})
    ORDER BY k.position, c.is_proactive, c.number NULLS LAST, c.id, sc.id`,
};

const recommendations: Resource = {
  name: 'recommendations',
  title: 'Recomendaciones',
  description:
    "Recommendations and areas of opportunity for the exercise: the evaluator's, those for the next exercise, and the exercise's own lessons.",
  fields: [
    id('Recommendation id (UUID).'),
    oneOf(
      'kind',
      'Tipo',
      'EVALUATOR_RECOMMENDATION, NEXT_EXERCISE_RECOMMENDATION or AREA_OF_OPPORTUNITY.',
      Object.values(RecommendationKind),
      true,
    ),
    integer('position', 'Orden', 'Order among the recommendations of the same kind.', 1),
    text('text', 'Recomendación', 'The recommendation, in the source language.', true),
    ref('evaluation_id', 'Evaluación', 'Id of the evaluation it arises from (see evaluations).'),
    ref('issued_by_id', 'Id de quien la emitió', 'Id of the organisation that made it.'),
    text('issued_by_name', 'Emitió', 'Name of that organisation.'),
    text('issued_by_person', 'Emitió (persona)', 'Name of the person who made it, when the source names one.'),
    date('issued_on', 'Fecha', 'When it was made.'),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['evaluation_id'], reference: { resource: 'evaluations', fields: ['id'] } },
    { fields: ['issued_by_id'], reference: { resource: 'organizations', fields: ['id'] } },
  ],
  sql: `SELECT r.id, r.kind, r.position, r.text, (SELECT ev.id FROM ${EVALUATIONS} AND ev.id = r.evaluation_id) AS evaluation_id,
      ${publicOrgId('r.issued_by_id')} AS issued_by_id, ${publicOrgName('r.issued_by_id')} AS issued_by_name,
      (SELECT pe.name FROM person pe WHERE pe.id = r.issued_by_person_id AND ${P('person', 'pe')}) AS issued_by_person, r.issued_on,
      ${sourcedSql('r')}
    FROM recommendation r WHERE r.exercise_id = $1 AND ${P('recommendation', 'r')}
    ORDER BY r.kind, r.position, r.id`,
};

/**
 * The organisations the exercise's tables name (links and references of the records they
 * export), with their public ancestors, as `orgs`; and the source documents those records and
 * organisations come from, as `docs`: the catalogues an import needs to recreate them.
 */
const CATALOGUES = `WITH RECURSIVE
  cm AS (SELECT c.id, c.source_document_id FROM ${COMMITMENTS}),
  se AS (SELECT s.id, s.source_document_id FROM ${SESSIONS}),
  ev AS (SELECT e.id, e.source_document_id FROM ${EVENTS}),
  ag AS (SELECT a.id, a.source_document_id FROM agreement a WHERE ${P('agreement', 'a')} AND (a.session_id IN (SELECT id FROM se) OR a.event_id IN (SELECT id FROM ev))),
  rq AS (SELECT r.id, r.recipient_id, r.source_document_id FROM information_request r JOIN cm ON cm.id = r.commitment_id WHERE ${P('information_request', 'r')}),
  dl AS (SELECT d.id, d.delivered_by_id, d.source_document_id FROM information_delivery d JOIN cm ON cm.id = d.commitment_id WHERE ${P('information_delivery', 'd')}),
  po AS (SELECT o.id, o.source_document_id FROM post o JOIN secretariat t ON t.id = o.secretariat_id AND t.exercise_id = $1 AND ${P('secretariat', 't')} WHERE ${P('post', 'o')}),
  mb AS (SELECT m.id, m.on_behalf_of_id, m.source_document_id FROM membership m JOIN po ON po.id = m.post_id LEFT JOIN person pe ON pe.id = m.person_id AND ${P('person', 'pe')}
          WHERE ${P('membership', 'm')} AND (m.person_id IS NULL OR pe.id IS NOT NULL)),
  evl AS (SELECT ev.id, ev.evaluator_id, ev.source_document_id FROM ${EVALUATIONS}),
  rc AS (SELECT r.id, r.issued_by_id, r.source_document_id FROM recommendation r WHERE r.exercise_id = $1 AND ${P('recommendation', 'r')}),
  named AS (
    SELECT l.organization_id AS id FROM commitment_organization l JOIN cm ON cm.id = l.commitment_id
    UNION SELECT l.organization_id FROM agreement_responsible l JOIN ag ON ag.id = l.agreement_id
    UNION SELECT recipient_id FROM rq UNION SELECT delivered_by_id FROM dl UNION SELECT on_behalf_of_id FROM mb
    UNION SELECT evaluator_id FROM evl UNION SELECT issued_by_id FROM rc),
  orgs AS (
    SELECT o.id, o.parent_id, o.source_document_id FROM organization o JOIN named ON named.id = o.id WHERE ${P('organization', 'o')}
    UNION SELECT o.id, o.parent_id, o.source_document_id FROM organization o JOIN orgs ON orgs.parent_id = o.id WHERE ${P('organization', 'o')}),
  docs AS (
    SELECT source_document_id AS id FROM cm UNION SELECT source_document_id FROM se UNION SELECT source_document_id FROM ev
    UNION SELECT source_document_id FROM ag UNION SELECT source_document_id FROM rq UNION SELECT source_document_id FROM dl
    UNION SELECT source_document_id FROM po UNION SELECT source_document_id FROM mb UNION SELECT source_document_id FROM evl
    UNION SELECT source_document_id FROM rc UNION SELECT source_document_id FROM orgs
    UNION SELECT m.source_document_id FROM milestone m JOIN cm ON cm.id = m.commitment_id WHERE ${P('milestone', 'm')}
    UNION SELECT k.source_document_id FROM evaluation_criterion k JOIN evl ON evl.id = k.evaluation_id WHERE ${P('evaluation_criterion', 'k')}
    UNION SELECT sc.source_document_id FROM evaluation_score sc JOIN cm ON cm.id = sc.commitment_id WHERE ${P('evaluation_score', 'sc')})`;

const organizations: Resource = {
  name: 'organizations',
  title: 'Organizaciones',
  description:
    'The public bodies and organisations the other tables name (responsible agencies, followers, recipients, evaluators...), with the bodies they are part of: what an import needs to recreate them.',
  fields: [
    id('Organisation id (UUID).'),
    {
      name: 'slug',
      type: 'string',
      title: 'Clave',
      description: 'Stable human-readable key, e.g. "icai".',
      constraints: { required: true, unique: true, pattern: '^[a-z0-9][a-z0-9-]*$' },
    },
    text('name', 'Nombre', 'Full name, as the source writes it.', true),
    text('abbreviation', 'Siglas', 'Abbreviation, e.g. "ICAI".'),
    oneOf('kind', 'Tipo', 'What kind of body it is.', Object.values(OrganizationKind), true),
    ref('parent_id', 'Organización superior', 'Id of the organisation it is part of (see this table).'),
    {
      name: 'state_code',
      type: 'string',
      title: 'Estado',
      description: 'ISO 3166-2 code of the state it belongs to (MX-COA); empty for a national body.',
      constraints: { pattern: '^MX-[A-Z]{3}$' },
    },
    ...placeFields('a municipal body is'),
    date('founding_date', 'Fecha de creación', 'When the body was created, if known.'),
    date('dissolution_date', 'Fecha de extinción', 'When the body was abolished, if it was and it is known.'),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['parent_id'], reference: { resource: 'organizations', fields: ['id'] } }],
  sql: `${CATALOGUES}
    SELECT o.id, o.slug, o.name, o.abbreviation, o.kind, (SELECT p.id FROM orgs p WHERE p.id = o.parent_id) AS parent_id,
      (SELECT st.code FROM state st WHERE st.id = o.state_id) AS state_code, ${place('o.municipality_id')}, o.founding_date, o.dissolution_date,
      ${sourcedSql('o')}
    FROM organization o WHERE o.id IN (SELECT id FROM orgs)
    ORDER BY o.state_id IS NOT NULL, o.name, o.id`,
};

const sourceDocuments: Resource = {
  name: 'source-documents',
  title: 'Documentos fuente',
  description:
    'The documents the records of the other tables (their source_url) come from, with the text the platform keeps of them: what an import needs to recreate them.',
  fields: [
    id('Source document id (UUID).'),
    {
      name: 'key',
      type: 'string',
      title: 'Clave',
      description:
        'Short stable key, e.g. "informe-coahuila-2015-2017"; a text the platform keeps is served at /data/sources/<key>.txt.',
      constraints: { required: true, unique: true, pattern: '^[a-z0-9][a-z0-9-]*$' },
    },
    text('title', 'Título', 'Title of the document.', true),
    {
      name: 'url',
      type: 'string',
      format: 'uri',
      title: 'Dirección del documento',
      description: "The document's own address, where it can be read, when known.",
    },
    text(
      'text',
      'Texto',
      "The document's text, when the platform keeps it (the one served at /data/sources/<key>.txt); empty when it does not.",
    ),
    ref('published_by_id', 'Id de quien lo publicó', 'Id of the organisation that published it (see organizations).'),
    date('published_on', 'Fecha de publicación', 'When it was published.'),
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['published_by_id'], reference: { resource: 'organizations', fields: ['id'] } }],
  sql: `${CATALOGUES}
    SELECT sd.id, sd.key, sd.title, sd.url, sd.text, (SELECT o.id FROM orgs o WHERE o.id = sd.published_by_id) AS published_by_id, sd.published_on
    FROM source_document sd WHERE sd.id IN (SELECT id FROM docs)
    ORDER BY sd.key, sd.id`,
};

/** The records a document can belong to, by table: the resource listing them and a Spanish title (an exercise document belongs to the whole package). */
const DOCUMENT_PARENT_RESOURCES: Record<
  (typeof DOCUMENT_PARENTS)[number]['table'],
  { resource: string; title: string } | null
> = {
  session: { resource: 'sessions', title: 'Sesión' },
  event: { resource: 'events', title: 'Evento' },
  milestone: { resource: 'milestones', title: 'Hito' },
  information_delivery: { resource: 'information-deliveries', title: 'Entrega de información' },
  evaluation: { resource: 'evaluations', title: 'Evaluación' },
  exercise: null,
};
const documentParentColumns = DOCUMENT_PARENTS.flatMap(({ column, table }) => {
  const parent = DOCUMENT_PARENT_RESOURCES[table];
  return parent ? [{ column, ...parent }] : [];
});

const documents: Resource = {
  name: 'documents',
  title: 'Documentos',
  description:
    'Documents the platform keeps and publishes (minutes, evidence, official letters, reports): their metadata, the record each belongs to, and the address, SHA-256 and size of the file.',
  fields: [
    id('Document id (UUID).'),
    text('title', 'Documento', 'Title of the document.', true),
    oneOf('kind', 'Tipo', 'What the document is.', Object.values(DocumentKind), true),
    date('date', 'Fecha', 'Date of the document.'),
    oneOf(
      'belongs_to',
      'Pertenece a',
      'The kind of record the document belongs to (the column of that name holds its id; an exercise document belongs to the whole exercise).',
      DOCUMENT_PARENTS.map(({ table }) => table),
      true,
    ),
    ...documentParentColumns.map(({ column, resource, title }) =>
      ref(column, title, `Id of the record it belongs to, when it is one of ${resource}.`),
    ),
    {
      name: 'url',
      type: 'string',
      format: 'uri',
      title: 'Archivo',
      description: 'Stable address of the file (/files/<sha256>/<file name>): it never changes while the bytes do not.',
      constraints: { required: true },
    },
    {
      name: 'sha256',
      type: 'string',
      title: 'SHA-256',
      description: 'SHA-256 of the file (hex): checks a download.',
      constraints: { required: true, pattern: '^[0-9a-f]{64}$' },
    },
    integer('size', 'Tamaño (bytes)', 'Size of the file in bytes.', 1),
    text(
      'media_type',
      'Tipo de archivo',
      'Media type of the file, detected from its bytes (application/pdf...).',
      true,
    ),
    text('file_name', 'Nombre del archivo', 'The file name, as uploaded.', true),
    ...sourcedFields,
  ],
  primaryKey: ['id'],
  foreignKeys: documentParentColumns.map(({ column, resource }) => ({
    fields: [column],
    reference: { resource, fields: ['id'] },
  })),
  sql: `SELECT d.id, d.title, d.kind, d.date,
      CASE ${DOCUMENT_PARENTS.map(({ column, table }) => `WHEN d.${column} IS NOT NULL THEN '${table}'`).join(' ')} END AS belongs_to,
      ${documentParentColumns.map(({ column }) => `d.${column}`).join(', ')},
      $2::text AS base, d.content_sha256 AS sha256, dc.size, dc.media_type, d.file_name,
      ${sourcedSql('d')}
    FROM document d JOIN document_content dc ON dc.sha256 = d.content_sha256
    WHERE ${documentKind.exercise?.('d')} = $1 AND ${P('document', 'd')}
    ORDER BY partial_date_first_day(d.date) NULLS LAST, d.title, d.id`,
  toRecord: (row) => ({ ...row, url: `${row.base}${filePath(String(row.sha256), String(row.file_name))}` }),
};

/** Every table, in the order the data package lists them. */
export const RESOURCES: readonly Resource[] = [
  organizations,
  sourceDocuments,
  commitments,
  milestones,
  meetings,
  informationRequests,
  informationDeliveries,
  sessions,
  agreements,
  events,
  posts,
  memberships,
  evaluations,
  evaluationCriteria,
  evaluationScores,
  recommendations,
  documents,
];

/** The parameters of a resource's `sql`: $1 the exercise's id; $2 the public base address, in a table with sources' addresses (`source_url`). */
export const resourceParams = (resource: Resource, exerciseId: string, base: string): unknown[] =>
  resource.fields.some((field) => field === sourceUrl) ? [exerciseId, base] : [exerciseId];

export const resourceByName = (name: string) => RESOURCES.find((resource) => resource.name === name);

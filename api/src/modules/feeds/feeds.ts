import { createHash } from 'node:crypto';
import { publicCondition } from '../../common/public-reach';
import { publicAuditSql, publicChanges } from '../audit/public-history';
import { documentKind } from '../document/document.kind';
import { filePath } from '../document/document.storage';

/**
 * Atom feeds (RFC 4287) of what was published or changed, per exercise and per commitment, read
 * from the audit trail, so journalists and civil society can follow without an account.
 *
 * An entry is a write to a record the public can see now (published, not deleted, reached
 * through public records from the exercise): its kind, its name, what changed (field, before,
 * after) and which organisation made the change, never which person (the author is the
 * organisation of the account; a person's account id is never shown). Records seeded from a
 * report have no audit rows: the feed starts with the first change made on the platform.
 */

/** Entries per feed: the latest changes. */
export const FEED_ENTRIES = 100;

/** Every record kind's condition comes from the one definition of public (public-reach.ts). */
const P = publicCondition;

/**
 * The exercise's public records that writes are recorded for, with the commitment each belongs to
 * (an event or its agreements belong to every commitment the event is linked to), and a label
 * ($1 = exercise id).
 */
const RECORDS = `
  WITH pl AS (SELECT pl.* FROM action_plan pl WHERE pl.exercise_id = $1 AND ${P('action_plan', 'pl')}),
       cm AS (SELECT c.* FROM commitment c JOIN pl ON pl.id = c.plan_id WHERE ${P('commitment', 'c')}),
       st AS (SELECT t.* FROM secretariat t WHERE t.exercise_id = $1 AND ${P('secretariat', 't')}),
       se AS (SELECT s.* FROM session s JOIN st ON st.id = s.secretariat_id WHERE ${P('session', 's')}),
       ev AS (SELECT e.* FROM event e WHERE e.exercise_id = $1 AND ${P('event', 'e')}),
       evc AS (SELECT ec.event_id, ec.commitment_id FROM event_commitment ec JOIN cm ON cm.id = ec.commitment_id),
       mi AS (SELECT m.* FROM milestone m JOIN cm ON cm.id = m.commitment_id WHERE ${P('milestone', 'm')}),
       ev_ev AS (SELECT e.*, evc.commitment_id FROM ev e LEFT JOIN evc ON evc.event_id = e.id)
  SELECT 'Exercise' AS entity, x.id AS record_id, NULL::uuid AS commitment_id, x.title AS label FROM exercise x WHERE x.id = $1 AND ${P('exercise', 'x')}
  UNION ALL SELECT 'ActionPlan', pl.id, NULL, pl.title FROM pl
  UNION ALL SELECT 'Commitment', c.id, c.id, coalesce('Compromiso ' || c.number || ': ', '') || c.title FROM cm c
  UNION ALL SELECT 'Milestone', m.id, m.commitment_id, m.title FROM mi m
  UNION ALL SELECT 'MilestoneReview', r.id, m.commitment_id, 'Revisión de «' || m.title || '»' FROM milestone_review r JOIN mi m ON m.id = r.milestone_id WHERE ${P('milestone_review', 'r')}
  UNION ALL SELECT 'InformationRequest', r.id, r.commitment_id, r.subject FROM information_request r JOIN cm ON cm.id = r.commitment_id WHERE ${P('information_request', 'r')}
  UNION ALL SELECT 'InformationDelivery', d.id, d.commitment_id, d.description FROM information_delivery d JOIN cm ON cm.id = d.commitment_id WHERE ${P('information_delivery', 'd')}
  UNION ALL SELECT 'EvaluationScore', s.id, s.commitment_id, 'Calificación del compromiso' FROM evaluation_score s JOIN cm ON cm.id = s.commitment_id WHERE ${P('evaluation_score', 's')}
  UNION ALL SELECT 'Secretariat', t.id, NULL, t.name FROM st t
  UNION ALL SELECT 'Post', o.id, NULL, o.label FROM post o JOIN st ON st.id = o.secretariat_id WHERE ${P('post', 'o')}
  UNION ALL SELECT 'Membership', m.id, NULL, o.label FROM membership m JOIN post o ON o.id = m.post_id JOIN st ON st.id = o.secretariat_id WHERE ${P('membership', 'm')}
  UNION ALL SELECT 'Session', s.id, NULL, 'Sesión ' || CASE s.type WHEN 'ORDINARY' THEN 'ordinaria' ELSE 'extraordinaria' END || ' ' || s.number FROM se s
  UNION ALL SELECT 'Event', e.id, e.commitment_id, e.title FROM ev_ev e
  UNION ALL SELECT 'Agreement', a.id, NULL, a.text FROM agreement a JOIN se ON se.id = a.session_id WHERE ${P('agreement', 'a')}
  UNION ALL SELECT 'Agreement', a.id, e.commitment_id, a.text FROM agreement a JOIN ev_ev e ON e.id = a.event_id WHERE ${P('agreement', 'a')}
  UNION ALL SELECT 'Theme', h.id, NULL, h.name FROM theme h WHERE h.exercise_id = $1 AND ${P('theme', 'h')}
  UNION ALL SELECT 'Evaluation', v.id, NULL, v.title FROM evaluation v JOIN pl ON pl.id = v.plan_id WHERE ${P('evaluation', 'v')}
  UNION ALL SELECT 'EvaluationCriterion', k.id, NULL, k.label FROM evaluation_criterion k JOIN evaluation v ON v.id = k.evaluation_id JOIN pl ON pl.id = v.plan_id WHERE ${P('evaluation_criterion', 'k')}
  UNION ALL SELECT 'Recommendation', r.id, NULL, left(r.text, 120) FROM recommendation r WHERE r.exercise_id = $1 AND ${P('recommendation', 'r')}
  UNION ALL SELECT 'Document', d.id, served.id, d.title FROM document d LEFT JOIN LATERAL (${documentKind.scope?.commitments?.('d')}) served(id) ON TRUE
    WHERE ${documentKind.exercise?.('d')} = $1 AND ${P('document', 'd')}`;

/** The latest public writes (public-history.ts) to the exercise's public records ($1 = exercise id), or to one commitment's ($2 = commitment id). */
export const feedSql = (commitment: boolean) => `
  SELECT DISTINCT ON (id) * FROM (${publicAuditSql(
    `audit_event a JOIN (${RECORDS}) rec ON rec.entity = a.entity AND rec.record_id = a.record_id`,
    `, rec.label, (SELECT o.name FROM organization o WHERE o.id = a.organization_id AND ${P('organization', 'o')}) AS organization`,
  )} ${commitment ? 'AND rec.commitment_id = $2' : ''}) f
   ORDER BY id DESC
   LIMIT ${FEED_ENTRIES}`;

export interface FeedRow {
  id: string;
  at: Date;
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE';
  entity: string;
  record_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  label: string;
  organization: string | null;
}

const KIND: Record<string, string> = {
  Exercise: 'Ejercicio',
  ActionPlan: 'Plan de acción',
  Commitment: 'Compromiso',
  Milestone: 'Hito',
  MilestoneReview: 'Revisión de hito',
  InformationRequest: 'Solicitud de información',
  InformationDelivery: 'Entrega de información',
  EvaluationScore: 'Calificación',
  Secretariat: 'Secretariado Técnico',
  Post: 'Cargo',
  Membership: 'Integrante',
  Session: 'Sesión',
  Event: 'Evento',
  Agreement: 'Acuerdo',
  Theme: 'Tema',
  Evaluation: 'Evaluación',
  EvaluationCriterion: 'Criterio de evaluación',
  Recommendation: 'Recomendación',
  Document: 'Documento',
};

function verb(row: FeedRow): string {
  if (row.action === 'CREATE') return row.after?.publication === 'PUBLISHED' ? 'Publicado' : 'Registrado';
  if (row.action === 'DELETE') return 'Eliminado';
  if (row.action === 'RESTORE') return 'Restaurado';
  return row.before?.publication !== 'PUBLISHED' && row.after?.publication === 'PUBLISHED' ? 'Publicado' : 'Modificado';
}

const xml = (text: string) =>
  text
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
const shown = (value: unknown) =>
  value === null || value === undefined ? '(vacío)' : typeof value === 'string' ? value : JSON.stringify(value);

/** A permanent id for an audit row (RFC 4122 layout of a SHA-1, as the seed's ids). */
export function entryId(auditId: string): string {
  const hash = createHash('sha1').update(`tablero-abierto:audit-event:${auditId}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export interface FeedOptions {
  /** The feed's own address (its id and rel="self"). */
  selfUrl: string;
  /** The page the feed is about (rel="alternate"). */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** When the feed is empty: when what it follows last changed. */
  fallbackUpdated: string;
}

/** The feed of `rows`; `publicIds` are the ids they name that are public (publicIdsOf), the others are blanked. */
export function buildAtom(rows: FeedRow[], options: FeedOptions, publicIds: Set<string>): string {
  const updated = rows.length
    ? new Date(Math.max(...rows.map((r) => new Date(r.at).getTime()))).toISOString()
    : options.fallbackUpdated;
  const entries = rows.map((row) => {
    const changes = publicChanges(row.before, row.after, publicIds);
    const kind = KIND[row.entity] ?? row.entity;
    const author = row.organization ?? 'Tablero Abierto';
    const list = changes
      .map((c) => `<li><code>${xml(c.field)}</code>: ${xml(shown(c.before))} → ${xml(shown(c.after))}</li>`)
      .join('');
    // A document's entry carries its file (its address never changes while the bytes do not).
    const file =
      row.entity === 'Document' && typeof row.after?.contentSha256 === 'string'
        ? `\n    <link rel="enclosure" href="${xml(new URL(filePath(row.after.contentSha256, String(row.after.fileName)), options.selfUrl).href)}"/>`
        : '';
    return `  <entry>
    <id>${entryId(row.id)}</id>
    <title>${xml(`${verb(row)} · ${kind}: ${row.label}`)}</title>
    <updated>${new Date(row.at).toISOString()}</updated>
    <author><name>${xml(author)}</name></author>
    <category term="${xml(row.entity)}" label="${xml(kind)}"/>
    <link rel="alternate" type="text/html" href="${xml(options.pageUrl)}"/>${file}
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${xml(`${verb(row)} por ${author}.`)} Registro <code>${xml(row.record_id)}</code>.</p>${list ? `<ul>${list}</ul>` : ''}</div></content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es-MX">
  <id>${xml(options.selfUrl)}</id>
  <title>${xml(options.title)}</title>
  <subtitle>${xml(options.subtitle)}</subtitle>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(options.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(options.pageUrl)}"/>
  <author><name>Tablero Abierto</name></author>
  <generator>Tablero Abierto</generator>
${entries.join('\n')}
</feed>
`;
}

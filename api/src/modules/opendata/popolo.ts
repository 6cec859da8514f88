import { utcInstantSql } from '../../common/columns';
import { publicCondition } from '../../common/public-reach';
import { recordSourceAddressSql } from '../source/source-address';
import { exerciseDataPath, type ExerciseMeta } from './exercise-meta';
import { withFirstBatch } from './formats';
import type { ReadSnapshot } from './snapshot';

/**
 * The people, organisations, seats and seat holders of an exercise in Popolo's shape
 * (popoloproject.com: snake_case keys, `identifiers`, `sources: [{url, note}]`, reduced ISO 8601
 * dates), so that civic-tech tools that read Popolo read us. The Technical Secretariat is an
 * Organization (classification "technical-secretariat"); its seats are Posts, who held them when
 * are Memberships (on behalf of the organisation the person sat for); the state and the regions
 * of the seats are Areas. Every source is a link ({url, note}): Popolo's link requires the url, so
 * it is the source document's address (source-address.ts: the text the platform serves at
 * /data/sources/<key>.txt, else the document's own address) and, for a source that has none (a
 * note written in the back-office, a demonstration or synthetic document), the exercise's page on
 * this instance, which names the exercise's source and links every table the record and its note
 * are published in. Organisations are those the exercise's public records name, with their
 * parents. The same visibility as every download: public records reached through public records.
 */

/** Each record's condition comes from the one definition of public (public-reach.ts). */
const P = publicCondition;

/** The exercise's public records each section needs ($1 = exercise id; every section also takes $2 and $3, see sources). */
const SCOPE = `WITH RECURSIVE
  pl AS (SELECT pl.id FROM action_plan pl WHERE pl.exercise_id = $1 AND ${P('action_plan', 'pl')}),
  cm AS (SELECT c.id FROM commitment c JOIN pl ON pl.id = c.plan_id WHERE ${P('commitment', 'c')}),
  st AS (SELECT t.id FROM secretariat t WHERE t.exercise_id = $1 AND ${P('secretariat', 't')}),
  se AS (SELECT s.id FROM session s JOIN st ON st.id = s.secretariat_id WHERE ${P('session', 's')}),
  ev AS (SELECT e.id FROM event e WHERE e.exercise_id = $1 AND ${P('event', 'e')}),
  ag AS (SELECT a.id FROM agreement a WHERE ${P('agreement', 'a')} AND (a.session_id IN (SELECT id FROM se) OR a.event_id IN (SELECT id FROM ev))),
  po AS (SELECT o.id FROM post o JOIN st ON st.id = o.secretariat_id WHERE ${P('post', 'o')}),
  mb AS (SELECT m.* FROM membership m JOIN po ON po.id = m.post_id LEFT JOIN person pe ON pe.id = m.person_id AND ${P('person', 'pe')}
          WHERE ${P('membership', 'm')} AND (m.person_id IS NULL OR pe.id IS NOT NULL)),
  named AS (
    SELECT unnest(ARRAY[x.guarantor_id, x.local_authority_id, x.evaluator_id]) AS id FROM exercise x WHERE x.id = $1
    UNION SELECT co.organization_id FROM commitment_organization co JOIN cm ON cm.id = co.commitment_id
    UNION SELECT r.recipient_id FROM information_request r JOIN cm ON cm.id = r.commitment_id WHERE ${P('information_request', 'r')}
    UNION SELECT d.delivered_by_id FROM information_delivery d JOIN cm ON cm.id = d.commitment_id WHERE ${P('information_delivery', 'd')}
    UNION SELECT mb.on_behalf_of_id FROM mb
    UNION SELECT ar.organization_id FROM agreement_responsible ar JOIN ag ON ag.id = ar.agreement_id
    UNION SELECT eo.organization_id FROM event_organization eo JOIN ev ON ev.id = eo.event_id),
  orgs AS (
    SELECT o.id, o.parent_id FROM organization o JOIN named ON named.id = o.id WHERE ${P('organization', 'o')}
    UNION SELECT o.id, o.parent_id FROM organization o JOIN orgs ON orgs.parent_id = o.id WHERE ${P('organization', 'o')})
`;

/** A record's source as a Popolo link: its document's address ($2 = base address), else the exercise's page ($3). */
const sources = (a: string) =>
  `CASE WHEN ${a}.source_document_id IS NULL AND ${a}.source_note IS NULL THEN '[]'::jsonb
        ELSE jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('url', coalesce(${recordSourceAddressSql(a, '$2::text')}, $3::text), 'note', ${a}.source_note))) END`;
/** OrganizationKind / SeatRole values as Popolo classifications: "STATE_AGENCY" → "state-agency". */
const classification = (column: string) => `replace(lower(${column}::text), '_', '-')`;

interface Section {
  key: string;
  sql: string;
}

const SECTIONS: Section[] = [
  {
    key: 'persons',
    sql: `${SCOPE}
      SELECT jsonb_strip_nulls(jsonb_build_object('id', pe.id, 'name', pe.name, 'honorific_prefix', pe.honorific_prefix,
               'sources', ${sources('pe')}, 'created_at', ${utcInstantSql('pe.created_at')}, 'updated_at', ${utcInstantSql('pe.updated_at')})) AS item
        FROM person pe WHERE pe.id IN (SELECT person_id FROM mb) ORDER BY pe.name, pe.id`,
  },
  {
    key: 'organizations',
    sql: `${SCOPE}
      SELECT jsonb_strip_nulls(jsonb_build_object('id', t.id, 'name', t.name,
               'other_names', CASE WHEN t.abbreviation IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('name', t.abbreviation, 'note', 'abreviatura')) END,
               'classification', 'technical-secretariat', 'area_id', x.state_id, 'founding_date', t.installed_on,
               'identifiers', CASE WHEN t.national_order IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('scheme', 'stga-national-order', 'identifier', t.national_order::text)) END,
               'sources', ${sources('t')}, 'created_at', ${utcInstantSql('t.created_at')}, 'updated_at', ${utcInstantSql('t.updated_at')})) AS item
        FROM secretariat t JOIN exercise x ON x.id = t.exercise_id WHERE t.id IN (SELECT id FROM st)
      UNION ALL
      SELECT * FROM (
        SELECT jsonb_strip_nulls(jsonb_build_object('id', o.id, 'name', o.name,
                 'other_names', CASE WHEN o.abbreviation IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('name', o.abbreviation, 'note', 'abreviatura')) END,
                 'identifiers', jsonb_build_array(jsonb_build_object('scheme', 'tablero-abierto', 'identifier', o.slug)),
                 'classification', ${classification('o.kind')},
                 'parent_id', (SELECT op.id FROM organization op WHERE op.id = o.parent_id AND ${P('organization', 'op')}),
                 'area_id', o.state_id, 'founding_date', o.founding_date, 'dissolution_date', o.dissolution_date,
                 'sources', ${sources('o')}, 'created_at', ${utcInstantSql('o.created_at')}, 'updated_at', ${utcInstantSql('o.updated_at')})) AS item
          FROM organization o WHERE o.id IN (SELECT id FROM orgs) ORDER BY o.name, o.id) named_organizations`,
  },
  {
    key: 'posts',
    sql: `${SCOPE}
      SELECT jsonb_strip_nulls(jsonb_build_object('id', o.id, 'label', o.label, 'role', ${classification('o.role')}, 'organization_id', o.secretariat_id,
               'area_id', (SELECT g.id FROM region g WHERE g.id = o.region_id AND ${P('region', 'g')}),
               'sources', ${sources('o')}, 'created_at', ${utcInstantSql('o.created_at')}, 'updated_at', ${utcInstantSql('o.updated_at')})) AS item
        FROM post o WHERE o.id IN (SELECT id FROM po) ORDER BY o.sector NULLS LAST, o.role, o.label, o.id`,
  },
  {
    key: 'memberships',
    sql: `${SCOPE}
      SELECT jsonb_strip_nulls(jsonb_build_object('id', mb.id, 'person_id', mb.person_id, 'post_id', mb.post_id, 'organization_id', o.secretariat_id,
               'role', ${classification('o.role')}, 'label', mb.title,
               'on_behalf_of_id', (SELECT ob.id FROM organization ob WHERE ob.id = mb.on_behalf_of_id AND ${P('organization', 'ob')}),
               'start_date', mb.start_date, 'end_date', mb.end_date,
               'sources', ${sources('mb')}, 'created_at', ${utcInstantSql('mb.created_at')}, 'updated_at', ${utcInstantSql('mb.updated_at')})) AS item
        FROM mb JOIN post o ON o.id = mb.post_id ORDER BY o.sector NULLS LAST, o.role, o.label, o.id, partial_date_first_day(mb.start_date) NULLS FIRST, mb.id`,
  },
  {
    key: 'areas',
    sql: `${SCOPE}
      SELECT jsonb_strip_nulls(jsonb_build_object('id', s.id, 'name', s.name, 'identifier', s.code, 'classification', 'state',
               'identifiers', jsonb_build_array(jsonb_build_object('scheme', 'ISO 3166-2', 'identifier', s.code), jsonb_build_object('scheme', 'INEGI-CVEGEO', 'identifier', s.inegi_key))
                 || CASE WHEN s.ocd_id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('scheme', 'ocd-division', 'identifier', s.ocd_id)) END)) AS item
        FROM state s JOIN exercise x ON x.state_id = s.id WHERE x.id = $1
      UNION ALL
      SELECT * FROM (
        SELECT jsonb_strip_nulls(jsonb_build_object('id', g.id, 'name', g.name, 'classification', 'region', 'parent_id', g.state_id,
                 'sources', ${sources('g')})) AS item
          FROM region g WHERE ${P('region', 'g')} AND g.id IN (SELECT o.region_id FROM post o WHERE o.id IN (SELECT id FROM po)) ORDER BY g.name, g.id) regions`,
  },
];

/** popolo.json, a section (and a batch of rows) at a time; nothing is written before the first statement has answered. `base`: the public address. */
export async function* popoloChunks(
  snapshot: ReadSnapshot,
  exercise: Pick<ExerciseMeta, 'id' | 'slug'>,
  base: string,
): AsyncGenerator<string> {
  const params = [exercise.id, base, `${base}${exerciseDataPath(exercise.slug)}/`];
  let pending = '{';
  for (const [index, section] of SECTIONS.entries()) {
    pending += `${index ? ',' : ''}\n${JSON.stringify(section.key)}: [`;
    let first = true;
    for await (const rows of withFirstBatch(snapshot.batches(section.sql, params))) {
      for (const row of rows ?? []) {
        pending += `${first ? '\n' : ',\n'}${JSON.stringify(row.item)}`;
        first = false;
      }
      yield pending;
      pending = '';
    }
    pending += first ? ']' : '\n]';
  }
  yield `${pending}\n}\n`;
}

import type express from 'express';
import { utcInstantSql } from '../../common/columns';
import { publicCondition } from '../../common/public-reach';
import { sourceAddressSql } from '../source/source-address';

/** What the descriptors of an exercise's data (DCAT entry, data package, landing page) say about it. */
export interface ExerciseMeta {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  isSynthetic: boolean;
  isDemo: boolean;
  stateCode: string;
  stateName: string;
  stateInegiKey: string;
  stateOcdId: string | null;
  guarantor: string | null;
  evaluator: string | null;
  sourceTitle: string | null;
  /** The source document's address (source-address.ts), absolute. */
  sourceAddress: string | null;
  /** When any public record of the exercise last changed (RFC 3339, UTC). */
  modified: string;
}

/** What an exercise that is not real data says of itself wherever it is described (null for a real one). */
export function notRealNotice(meta: Pick<ExerciseMeta, 'isSynthetic' | 'isDemo'>): string | null {
  if (meta.isSynthetic) return 'DATOS SINTÉTICOS, generados para pruebas: no son datos reales.';
  if (meta.isDemo) return 'DATOS DE DEMOSTRACIÓN, ficticios: no son datos de ningún estado.';
  return null;
}

/** Each record's condition comes from the one definition of public (public-reach.ts). */
const P = publicCondition;
const latest = (table: string, alias: string, path: string) =>
  `(SELECT max(${alias}.updated_at) FROM ${table} ${alias} ${path} AND ${P(table, alias)})`;

/** When any public record of the exercise `x` last changed (built on call, as the kinds' reach is read then). */
const lastChange = () => `GREATEST(x.updated_at,
         ${latest('action_plan', 'pl', 'WHERE pl.exercise_id = x.id')},
         ${latest('commitment', 'c', 'JOIN action_plan pl ON pl.id = c.plan_id WHERE pl.exercise_id = x.id')},
         ${latest('milestone', 'm', 'JOIN commitment c ON c.id = m.commitment_id JOIN action_plan pl ON pl.id = c.plan_id WHERE pl.exercise_id = x.id')},
         ${latest('information_request', 'r', 'JOIN commitment c ON c.id = r.commitment_id JOIN action_plan pl ON pl.id = c.plan_id WHERE pl.exercise_id = x.id')},
         ${latest('information_delivery', 'd', 'JOIN commitment c ON c.id = d.commitment_id JOIN action_plan pl ON pl.id = c.plan_id WHERE pl.exercise_id = x.id')},
         ${latest('secretariat', 't', 'WHERE t.exercise_id = x.id')},
         ${latest('post', 'po', 'JOIN secretariat t ON t.id = po.secretariat_id WHERE t.exercise_id = x.id')},
         ${latest('membership', 'mb', 'JOIN post po ON po.id = mb.post_id JOIN secretariat t ON t.id = po.secretariat_id WHERE t.exercise_id = x.id')},
         ${latest('session', 's', 'JOIN secretariat t ON t.id = s.secretariat_id WHERE t.exercise_id = x.id')},
         ${latest('event', 'e', 'WHERE e.exercise_id = x.id')},
         ${latest('agreement', 'a', 'LEFT JOIN session s ON s.id = a.session_id LEFT JOIN secretariat t ON t.id = s.secretariat_id LEFT JOIN event e ON e.id = a.event_id WHERE (t.exercise_id = x.id OR e.exercise_id = x.id)')}
       )`;

/**
 * SQL for the public exercises with their metadata; $1 is the public base address (for the source's
 * address), `where` narrows them (`x.slug = $2`). The `modified` date is the latest change among
 * the records the downloads contain.
 */
export const exerciseMetaSql = (where: string) => `
  SELECT x.id, x.slug, x.title, x.description, x.start_date, x.end_date, x.is_synthetic, x.is_demo,
         st.code AS state_code, st.name AS state_name, st.inegi_key AS state_inegi_key, st.ocd_id AS state_ocd_id,
         (SELECT o.name FROM organization o WHERE o.id = x.guarantor_id AND ${P('organization', 'o')}) AS guarantor,
         (SELECT o.name FROM organization o WHERE o.id = x.evaluator_id AND ${P('organization', 'o')}) AS evaluator,
         sd.title AS source_title, ${sourceAddressSql('sd', '$1::text')} AS source_address,
         ${utcInstantSql(lastChange())} AS modified
    FROM exercise x JOIN state st ON st.id = x.state_id LEFT JOIN source_document sd ON sd.id = x.source_document_id
   WHERE ${P('exercise', 'x')} AND ${where}`;

export function toExerciseMeta(row: Record<string, unknown>): ExerciseMeta {
  return {
    id: row.id as string,
    slug: row.slug as string,
    title: row.title as string,
    description: (row.description as string | null) ?? null,
    startDate: (row.start_date as string | null) ?? null,
    endDate: (row.end_date as string | null) ?? null,
    isSynthetic: Boolean(row.is_synthetic),
    isDemo: Boolean(row.is_demo),
    stateCode: row.state_code as string,
    stateName: row.state_name as string,
    stateInegiKey: row.state_inegi_key as string,
    stateOcdId: (row.state_ocd_id as string | null) ?? null,
    guarantor: (row.guarantor as string | null) ?? null,
    evaluator: (row.evaluator as string | null) ?? null,
    sourceTitle: (row.source_title as string | null) ?? null,
    sourceAddress: (row.source_address as string | null) ?? null,
    modified: row.modified as string,
  };
}

/**
 * Absolute addresses in descriptors: PUBLIC_BASE_URL when set (the address people use, behind a
 * proxy or CDN), else the address this request came to.
 */
export function baseUrl(req: express.Request): string {
  const configured = process.env.PUBLIC_BASE_URL?.replace(/\/+$/, '');
  return configured || `${req.protocol}://${req.get('host')}`;
}

/** Stable addresses of an exercise's files. */
export const exerciseDataPath = (slug: string) => `/data/exercises/${encodeURIComponent(slug)}`;

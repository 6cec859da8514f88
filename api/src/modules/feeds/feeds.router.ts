import express from 'express';
import type { RequestManager } from '../../db/sql-counter';
import type { PublicReadCache } from '../../common/http-cache';
import type { LogSink } from '../../common/log';
import { preparedQuery } from '../../common/prepared';
import { publicCondition } from '../../common/public-reach';
import { baseUrl, exerciseDataPath } from '../opendata/exercise-meta';
import {
  findExercise,
  NO_SUCH_EXERCISE,
  notFound,
  publicDataErrors,
  publicReadHeaders,
} from '../opendata/opendata.router';
import { utcInstantSql } from '../../common/columns';
import { publicIdsOf } from '../audit/public-history';
import { buildAtom, feedSql, type FeedRow } from './feeds';

/** Feed readers poll: a CDN may reuse a feed for five minutes, then gets a 304 while nothing changed. */
export const FEED_MAX_AGE_SECONDS = 300;

const ATOM = 'application/atom+xml; charset=utf-8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The public commitment with this id, reached through a public plan of a public exercise. */
const COMMITMENT_SQL = `
  SELECT c.id, c.number, c.title, x.id AS exercise_id, x.slug, x.title AS exercise_title,
         ${utcInstantSql('c.updated_at')} AS updated
    FROM commitment c JOIN action_plan pl ON pl.id = c.plan_id
    JOIN exercise x ON x.id = pl.exercise_id
   WHERE c.id = $1 AND ${publicCondition('commitment', 'c')}`;

/**
 * /feeds: Atom feeds of the changes to public records.
 *
 * - `/feeds/exercises/<slug>.atom`: everything in the exercise;
 * - `/feeds/commitments/<id>.atom`: one commitment, with its milestones (and their reviews),
 *   information requests and deliveries, scores, meetings and the meetings' agreements.
 */
export function feedsRouter(managerFor: RequestManager, cache: PublicReadCache, log: LogSink): express.Router {
  const router = express.Router();
  router.use(publicReadHeaders);

  router.get('/exercises/:file', async (req, res) => {
    const match = /^(.+)\.atom$/.exec(String(req.params.file));
    if (!match) return notFound(res, 'Los canales terminan en .atom.');
    if (cache.notModified(req, res, FEED_MAX_AGE_SECONDS)) return;
    const manager = managerFor(res);
    const base = baseUrl(req);
    const meta = await findExercise(manager, match[1], base);
    if (!meta) return notFound(res, NO_SUCH_EXERCISE);
    const rows = await preparedQuery<FeedRow>(manager, feedSql(false), [meta.id]);
    const publicIds = await publicIdsOf(
      manager,
      rows.flatMap((row) => [row.before, row.after]),
    );
    res.type(ATOM).send(
      buildAtom(
        rows,
        {
          selfUrl: `${base}/feeds/exercises/${encodeURIComponent(meta.slug)}.atom`,
          pageUrl: `${base}${exerciseDataPath(meta.slug)}/`,
          title: `Cambios publicados: ${meta.title}`,
          subtitle: 'Lo que se publicó o cambió en los registros públicos del ejercicio, y qué organización lo hizo.',
          fallbackUpdated: meta.modified,
        },
        publicIds,
      ),
    );
  });

  router.get('/commitments/:file', async (req, res) => {
    const match = /^(.+)\.atom$/.exec(String(req.params.file));
    if (!match || !UUID.test(match[1]))
      return notFound(res, 'El canal de un compromiso es /feeds/commitments/<id>.atom.');
    if (cache.notModified(req, res, FEED_MAX_AGE_SECONDS)) return;
    const manager = managerFor(res);
    const [commitment] = await preparedQuery<{
      id: string;
      number: number | null;
      title: string;
      exercise_id: string;
      slug: string;
      exercise_title: string;
      updated: string;
    }>(manager, COMMITMENT_SQL, [match[1]]);
    if (!commitment) return notFound(res, 'No hay un compromiso público con ese identificador.');
    const rows = await preparedQuery<FeedRow>(manager, feedSql(true), [commitment.exercise_id, commitment.id]);
    const publicIds = await publicIdsOf(
      manager,
      rows.flatMap((row) => [row.before, row.after]),
    );
    const base = baseUrl(req);
    const name = `${commitment.number ? `Compromiso ${commitment.number}: ` : ''}${commitment.title}`;
    res.type(ATOM).send(
      buildAtom(
        rows,
        {
          selfUrl: `${base}/feeds/commitments/${commitment.id}.atom`,
          pageUrl: `${base}${exerciseDataPath(commitment.slug)}/`,
          title: `Cambios publicados: ${name}`,
          subtitle: `${commitment.exercise_title}. Lo que se publicó o cambió en el compromiso, sus hitos, solicitudes, entregas y reuniones, y qué organización lo hizo.`,
          fallbackUpdated: commitment.updated,
        },
        publicIds,
      ),
    );
  });

  router.use(publicDataErrors(log));
  return router;
}

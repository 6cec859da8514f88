import express from 'express';
import type { RequestManager } from '../../db/sql-counter';
import type { PublicReadCache } from '../../common/http-cache';
import type { LogSink } from '../../common/log';
import { preparedQuery } from '../../common/prepared';
import { baseUrl, exerciseDataPath } from '../opendata/exercise-meta';
import {
  findExercise,
  NO_SUCH_EXERCISE,
  notFound,
  publicDataErrors,
  publicReadHeaders,
} from '../opendata/opendata.router';
import { buildCalendar, CALENDAR_SQL, type CalendarRow } from './calendar';

/** Calendar apps poll (REFRESH-INTERVAL is 12 h): a CDN may reuse the feed for an hour, then gets a 304 while unchanged. */
export const CALENDAR_MAX_AGE_SECONDS = 3600;

/**
 * /calendar/exercises/<slug>.ics: the exercise's sessions and events as an iCalendar feed, for
 * calendar apps to subscribe to (webcal:// works too). Public records only; ETag from the data
 * version, so a poll that finds nothing new costs no SQL.
 */
export function calendarRouter(managerFor: RequestManager, cache: PublicReadCache, log: LogSink): express.Router {
  const router = express.Router();
  router.use(publicReadHeaders);
  router.get('/exercises/:file', async (req, res) => {
    const match = /^(.+)\.ics$/.exec(String(req.params.file));
    if (!match) return notFound(res, 'Los calendarios terminan en .ics.');
    if (cache.notModified(req, res, CALENDAR_MAX_AGE_SECONDS)) return;
    const manager = managerFor(res);
    const base = baseUrl(req);
    const meta = await findExercise(manager, match[1], base);
    if (!meta) return notFound(res, NO_SUCH_EXERCISE);
    const rows = await preparedQuery<CalendarRow>(manager, CALENDAR_SQL, [meta.id]);
    res.type('text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `inline; filename="${meta.slug}.ics"`);
    res.send(
      buildCalendar(rows, {
        exerciseTitle: meta.title,
        feedUrl: `${base}/calendar/exercises/${encodeURIComponent(meta.slug)}.ics`,
        pageUrl: `${base}${exerciseDataPath(meta.slug)}/`,
      }),
    );
  });
  router.use(publicDataErrors(log));
  return router;
}

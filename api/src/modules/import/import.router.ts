import cookieParser from 'cookie-parser';
import express from 'express';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '../../common/errors';
import { HttpErrorCode, sendError } from '../../common/http-errors';
import type { RequestManager } from '../../db/sql-counter';
import { SESSION_COOKIE } from '../../common/viewer';
import { viewerForToken } from '../account/account.service';
import { importSheets, sheetTemplate } from './sheets';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest spreadsheet accepted: 12,000 rows of an exercise make about 600 KB. */
const FILE_LIMIT = '20mb';

/**
 * The back-office's spreadsheet import, over HTTP because a file is no GraphQL variable (the
 * GraphQL endpoints take 100 KB of JSON):
 *
 * - `GET /import/plantilla.xlsx`: the template (no data: anyone may have it);
 * - `POST /import/spreadsheet?exercise=<slug>&name=<file name>[&dryRun=true][&lang=en]`, the file
 *   as the body, typed `.xlsx` or `text/csv`: the import's report as JSON, run as the staff session's
 *   account (its scope, audit). CSRF: the body is read only with those types, which a cross-site
 *   form cannot send without a preflight, and this route answers no preflight (no CORS), like
 *   Apollo's guard on /graphql; the session cookie is SameSite=Strict besides.
 */
export function importRouter(dataSource: DataSource, requestManager: RequestManager): express.Router {
  const router = express.Router();
  router.get('/plantilla.xlsx', async (_req, res) => {
    res
      .type(XLSX_TYPE)
      .attachment('plantilla-importacion.xlsx')
      .send(await sheetTemplate());
  });
  router.post(
    '/spreadsheet',
    cookieParser(),
    express.raw({ type: [XLSX_TYPE, 'text/csv'], limit: FILE_LIMIT }),
    async (req, res) => {
      if (!Buffer.isBuffer(req.body) || !req.body.length) {
        sendError(
          res,
          415,
          HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
          `Send the spreadsheet as the body, typed ${XLSX_TYPE} or text/csv`,
        );
        return;
      }
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      const viewer = typeof token === 'string' ? await viewerForToken(requestManager(res), token) : null;
      if (!viewer) {
        sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to import');
        return;
      }
      const { exercise, name, dryRun, lang } = req.query;
      if (typeof exercise !== 'string' || !exercise) {
        sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'exercise: give the slug of the exercise to import into');
        return;
      }
      const csv = req.is('text/csv');
      const fileName = typeof name === 'string' && name ? name : csv ? 'hoja.csv' : 'hoja.xlsx';
      if (!fileName.toLowerCase().endsWith(csv ? '.csv' : '.xlsx')) {
        sendError(
          res,
          400,
          ErrorCode.BAD_USER_INPUT,
          `name: a ${csv ? '.csv' : '.xlsx'} file name (a CSV's name says its kind: sesiones.csv)`,
        );
        return;
      }
      const report = await importSheets(dataSource, viewer, new Map([[fileName, req.body]]), {
        exerciseSlug: exercise,
        dryRun: dryRun === 'true',
        language: lang === 'en' ? 'en' : 'es',
      });
      res.json(report);
    },
  );
  return router;
}

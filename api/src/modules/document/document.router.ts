import cookieParser from 'cookie-parser';
import express from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorCode } from '../../common/errors';
import { logEvent, type LogSink } from '../../common/log';
import { bind, readableBy } from '../../common/scope';
import type { RequestManager } from '../../db/sql-counter';
import { PUBLIC_VIEWER, SESSION_COOKIE, StaffRole, type Viewer } from '../../common/viewer';
import { viewerForToken } from '../account/account.service';
import { filePath, storeContent, streamContent, UploadRefused } from './document.storage';
import { FILE_NAME, FILE_NAME_CHARACTERS } from '../../common/field-limits';

/**
 * Files in and out:
 *
 * - `POST /documents/upload`: the raw bytes of one file as the request body, its name in the
 *   `x-file-name` header (percent-encoded UTF-8). Staff who write records only (session cookie).
 *   The custom header is the CSRF guard: a browser sends it cross-origin only after a preflight,
 *   which this endpoint never grants, and the cookie is SameSite=Strict. Answers
 *   `{ sha256, size, mediaType, fileName, downloadPath }` (201 when stored, 200 when the same bytes
 *   were already there); then `createDocument(input: { contentSha256, fileName, … })` names it.
 * - `GET`/`HEAD /files/<sha256>/<name>`: the file of a document the viewer may see (the public: a
 *   published document reached through published records; staff: also drafts in their scope),
 *   as an attachment, with nosniff, a sandboxing CSP and the hash as a strong ETag.
 */

/** Roles that may upload: those that write records (civil society followers only review). */
const UPLOADERS = new Set<string>([
  StaffRole.PLATFORM_ADMIN,
  StaffRole.INSTITUTE_ADMIN,
  StaffRole.AGENCY_EDITOR,
  StaffRole.NATIONAL_EVALUATOR,
]);

const SHA256 = /^[0-9a-f]{64}$/;

/** Nothing in a served file may run: no scripts, no plugins, no forms, not even same-origin. */
const FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/** A published file: the bytes at its address never change; whether it stays public may, so caches keep it an hour. */
const PUBLIC_CACHE = 'public, max-age=3600, immutable';

function sendError(
  res: express.Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
) {
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code, ...extensions, requestId: res.getHeader('x-request-id') } }] });
}

async function viewerOf(req: express.Request, manager: EntityManager): Promise<Viewer> {
  const token: unknown = req.cookies?.[SESSION_COOKIE];
  return (typeof token === 'string' && (await viewerForToken(manager, token))) || PUBLIC_VIEWER;
}

/** The file name as sent: percent-decoded, without a path, of printable characters. */
function fileNameOf(req: express.Request): string | null {
  const raw = req.get('x-file-name');
  if (!raw) return null;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return null;
  }
  name = name.split(/[/\\]/).pop()?.trim() ?? '';
  return name.length <= FILE_NAME && FILE_NAME_CHARACTERS.test(name) ? name : null;
}

/** A name safe inside Content-Disposition: ASCII fallback plus the UTF-8 form (RFC 6266). */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The viewer's readable documents with this content: the name to serve it under, and whether the public sees it too. */
async function readableFile(manager: EntityManager, viewer: Viewer, sha256: string, wanted: string) {
  const find = async (who: Viewer) => {
    const params: unknown[] = [sha256, wanted];
    const condition = bind(readableBy(who, 'document', 'd'), params);
    const [row] = await manager.query(
      `SELECT d.file_name, c.size::float8 AS size, c.media_type FROM document d JOIN document_content c ON c.sha256 = d.content_sha256
        WHERE d.content_sha256 = $1 AND ${condition} ORDER BY (d.file_name = $2) DESC, d.created_at LIMIT 1`,
      params,
    );
    return row as { file_name: string; size: number; media_type: string } | undefined;
  };
  const published = await find(PUBLIC_VIEWER);
  if (published) return { ...published, isPublic: true };
  const staff = viewer.kind === 'staff' ? await find(viewer) : undefined;
  return staff ? { ...staff, isPublic: false } : null;
}

export function documentRouter(
  dataSource: DataSource,
  managerFor: RequestManager,
  scoped: express.RequestHandler,
  maxBytes: number,
  log: LogSink,
): express.Router {
  const router = express.Router();

  router.post('/documents/upload', cookieParser(), scoped, async (req, res) => {
    const manager = managerFor(res);
    const viewer = await viewerOf(req, manager);
    if (viewer.kind !== 'staff')
      return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in first: uploading needs a staff account');
    if (!UPLOADERS.has(viewer.role))
      return sendError(res, 403, ErrorCode.FORBIDDEN, 'Your account may not upload files');
    const fileName = fileNameOf(req);
    if (!fileName)
      return sendError(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        'x-file-name: give the file name (percent-encoded UTF-8, without a path)',
        { field: 'fileName', reason: 'REQUIRED' },
      );
    const declared = Number(req.get('content-length'));
    const fileError = (status: number, reason: string, message: string) =>
      sendError(res, status, ErrorCode.BAD_USER_INPUT, `file ${message}`, { field: 'file', reason, fileName });
    if (declared > maxBytes) {
      fileError(
        413,
        'FILE_TOO_LARGE',
        `is larger than the limit of ${maxBytes} bytes (${(maxBytes / 1048576).toFixed(0)} MB)`,
      );
      req.resume();
      return;
    }
    try {
      const stored = await storeContent(dataSource, req, maxBytes);
      logEvent(log, 'info', 'file uploaded', {
        requestId: res.getHeader('x-request-id'),
        accountId: viewer.accountId,
        sha256: stored.sha256,
        size: stored.size,
        created: stored.created,
      });
      res.status(stored.created ? 201 : 200).json({
        sha256: stored.sha256,
        size: stored.size,
        mediaType: stored.mediaType,
        fileName,
        downloadPath: filePath(stored.sha256, fileName),
      });
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      fileError(error.status, error.reason, error.message);
      // The rest of a refused body is read and dropped, so the client gets the answer instead of a reset.
      req.resume();
    }
  });

  const serve = async (req: express.Request, res: express.Response) => {
    const sha256 = String(req.params.sha256);
    if (!SHA256.test(sha256)) return sendError(res, 404, ErrorCode.NOT_FOUND, 'No file at this address');
    const manager = managerFor(res);
    const file = await readableFile(manager, await viewerOf(req, manager), sha256, String(req.params.name));
    if (!file) return sendError(res, 404, ErrorCode.NOT_FOUND, 'No file at this address (or it is not public)');
    res.setHeader('etag', `"${sha256}"`);
    res.setHeader('cache-control', file.isPublic ? PUBLIC_CACHE : 'private, no-cache');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', FILE_CSP);
    res.setHeader('content-disposition', disposition(file.file_name));
    const match = req.get('if-none-match');
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${sha256}"`))
      return void res.status(304).end();
    res.setHeader('content-type', file.media_type);
    res.setHeader('content-length', String(file.size));
    if (req.method === 'HEAD') return void res.status(200).end();
    res.status(200);
    await streamContent(manager, sha256, res);
    res.end();
  };
  // Express answers HEAD with the GET route: headers only, no bytes read.
  router.get('/files/:sha256/:name', cookieParser(), scoped, serve);
  return router;
}

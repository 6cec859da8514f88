import express from 'express';
import type { DataSource } from 'typeorm';
import type { Metrics } from './metrics';

const isLoopback = (address: string | undefined) =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/** Headers a proxy adds when it forwards a request: then a loopback peer is that proxy, not a local scraper. */
const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'via',
];

/** A scraper on this machine talking to the API directly, not a client forwarded by a proxy on it. */
const isLocalScraper = (req: express.Request) =>
  isLoopback(req.socket.remoteAddress) && FORWARDING_HEADERS.every((header) => req.get(header) === undefined);

/**
 * Operations endpoints: liveness (the process answers and its embedded database runs), readiness (the database answers and no
 * migration is pending), and Prometheus metrics — for loopback scrapers, or with
 * `Authorization: Bearer $METRICS_TOKEN`.
 */
export function opsRouter(dataSource: DataSource, metrics: Metrics, alive: () => boolean): express.Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    if (alive()) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'the embedded database process is gone' });
  });
  router.get('/health/ready', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrations pending' : 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  router.get('/metrics', async (req, res) => {
    const token = process.env.METRICS_TOKEN;
    const allowed = token ? req.get('authorization') === `Bearer ${token}` : isLocalScraper(req);
    if (!allowed) {
      res.status(403).json({
        error:
          'metrics are served to loopback scrapers (never through a proxy), or with the METRICS_TOKEN bearer token',
      });
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import { clientOperationNames } from './known-operations';

/**
 * Prometheus metrics of one app: requests and latency by GraphQL operation name, SQL statements
 * per request, and the database pool. Operation names come from clients, so only the names of the
 * platform's own clients' operations become labels; any other is counted as "other".
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'tablero_http_requests_total',
    help: 'HTTP requests by GraphQL operation and status.',
    labelNames: ['operation', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'tablero_http_request_duration_seconds',
    help: 'Request latency by GraphQL operation.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly statements = new Histogram({
    name: 'tablero_sql_statements_per_request',
    help: 'SQL statements one request cost.',
    buckets: [0, 1, 2, 5, 10, 20, 30, 50, 100],
    registers: [this.registry],
  });

  constructor(
    dataSource: DataSource,
    private readonly knownOperations: ReadonlySet<string> = clientOperationNames(),
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tablero_' });
    const pool = () =>
      (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } })
        .master;
    new Gauge({
      name: 'tablero_db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting clients).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const current = pool();
        this.set({ state: 'total' }, current?.totalCount ?? 0);
        this.set({ state: 'idle' }, current?.idleCount ?? 0);
        this.set({ state: 'waiting' }, current?.waitingCount ?? 0);
      },
    });
  }

  private label(operation: string | undefined): string {
    if (!operation) return 'anonymous';
    return this.knownOperations.has(operation) ? operation : 'other';
  }

  observe(request: { operation?: string; status: number; seconds: number; statements: number }): void {
    const operation = this.label(request.operation);
    this.requests.inc({ operation, status: String(request.status) });
    this.latency.observe({ operation }, request.seconds);
    this.statements.observe(request.statements);
  }
}

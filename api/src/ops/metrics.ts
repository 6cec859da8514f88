import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,49}$/;
const MAX_OPERATIONS = 200;

/**
 * Prometheus metrics of one app: requests and latency by GraphQL operation name, SQL statements
 * per request, and the database pool. Operation names come from clients, so labels are capped
 * (well-formed names, at most 200 distinct ones, the rest counted as "other").
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({ name: 'tablero_http_requests_total', help: 'HTTP requests by GraphQL operation and status.', labelNames: ['operation', 'status'], registers: [this.registry] });
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

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tablero_' });
    const pool = () => (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
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
    if (!OPERATION_NAME.test(operation)) return 'other';
    if (this.operations.has(operation)) return operation;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(operation);
    return operation;
  }

  observe(request: { operation?: string; status: number; seconds: number; statements: number }): void {
    const operation = this.label(request.operation);
    this.requests.inc({ operation, status: String(request.status) });
    this.latency.observe({ operation }, request.seconds);
    this.statements.observe(request.statements);
  }
}

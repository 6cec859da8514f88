import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../api/src/app';
import { QUERY_LIMITS } from '../../api/src/common/query-limits';
import { createDataSource } from '../../api/src/db/data-source';
import { listen } from '../support/listen';

export interface LimitsRun {
  shape: string;
  aliases: number;
  status: number;
  bytes: number;
  refusedBy: string | null;
  peakHeapGrowth: number;
  peakRssGrowth: number;
  ms: number;
}

/**
 * Shapes whose nested lists are longer than the cost's estimate (3), so that only the runtime caps
 * bound them: every state's municipalities, and the schema's own description (its types, fields
 * and arguments, with their descriptions: the same size on any data).
 */
const SHAPES: Record<string, string> = {
  'municipalities of every state':
    'states(first: 100) { nodes { municipalities { id name inegiKey cvegeo timeZone } } }',
  'schema introspection':
    '__schema { types { name description fields { name description args { name description type { name kind ofType { name kind } } } type { name kind ofType { name kind ofType { name } } } } inputFields { name description } enumValues { name description } } }',
};

/**
 * The largest answer the query limits let through, and the memory it costs: each shape under 1,
 * 2, … aliases, until a limit refuses it. Served in this process, so the heap and RSS sampled
 * every 2 ms while it runs are the server's own.
 */
export async function benchLimits(databaseUrl: string): Promise<LimitsRun[]> {
  const dataSource = createDataSource(databaseUrl, { poolSize: 4, quiet: true });
  await dataSource.initialize();
  const app = await createApp(dataSource, () => undefined);
  const url = `${await listen(app.server)}/graphql/public`;
  const runs: LimitsRun[] = [];
  try {
    for (const [shape, selection] of Object.entries(SHAPES))
      for (let aliases = 1; aliases <= QUERY_LIMITS.aliases; aliases += 1) {
        const fields = Array.from({ length: aliases }, (_, i) => `a${i}: ${selection}`).join(' ');
        global.gc?.();
        const base = process.memoryUsage();
        let heap = base.heapUsed;
        let rss = base.rss;
        const sampler = setInterval(() => {
          const now = process.memoryUsage();
          heap = Math.max(heap, now.heapUsed);
          rss = Math.max(rss, now.rss);
        }, 2);
        const started = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ ${fields} }` }),
        });
        const text = await response.text();
        const ms = performance.now() - started;
        clearInterval(sampler);
        const now = process.memoryUsage();
        const refusedBy = (JSON.parse(text).errors?.[0]?.extensions?.limit as string | undefined) ?? null;
        runs.push({
          shape,
          aliases,
          status: response.status,
          bytes: Buffer.byteLength(text),
          refusedBy,
          peakHeapGrowth: Math.max(heap, now.heapUsed) - base.heapUsed,
          peakRssGrowth: Math.max(rss, now.rss) - base.rss,
          ms,
        });
        if (refusedBy) break;
      }
  } finally {
    await app.stop();
    await dataSource.destroy();
  }
  return runs;
}

export function printLimits(runs: LimitsRun[]): void {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `\n## Query limits: the largest answer they let through (cost ${QUERY_LIMITS.cost.toLocaleString('en-US')}, ${QUERY_LIMITS.resolvedFields.toLocaleString('en-US')} resolved fields, ${QUERY_LIMITS.executionMs / 1000} s)`,
  );
  console.log(
    'Each shape under 1, 2, … aliases until a limit refuses it, served in the bench process; peak growth sampled every 2 ms while it runs.',
  );
  console.log('| shape | aliases | status | answer | refused by | peak heap growth | peak RSS growth | time |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of runs)
    console.log(
      `| ${r.shape} | ${r.aliases} | ${r.status} | ${mb(r.bytes)} | ${r.refusedBy ?? '-'} | ${mb(r.peakHeapGrowth)} | ${mb(r.peakRssGrowth)} | ${Math.round(r.ms)} ms |`,
    );
}

import { performance } from 'node:perf_hooks';
import { createDataSource } from '../../api/src/db/data-source';
import { generateSynthetic, removeSynthetic } from '../../api/src/modules/synthetic/synthetic';
import { median } from './measure';

/** Every figure of the comparison, as an evaluator would ask for it. */
const COMPARISON = `query Compare {
  compareExercises(slugs: ["coahuila-2015-2017"], filter: { isSynthetic: true }) {
    slug stateCode
    commitments { total withMeasuredProgress withUnknownProgress complete averageProgressPercent }
    pagesDelivered { pages qualifier }
    informationRequests { total answeredFully answeredPartially notAnswered responseUnknown }
    sessions { total ordinary extraordinary }
    agreements { done pending }
    attendance { value qualifier }
    daysToSecretariatInstallation { days atLeast atMost }
    daysToPlanPublication { days atLeast atMost }
    evaluation { scoresKnown averageQualityScore averageRelevanceScore }
  }
}`;

export interface ComparisonTiming {
  states: number;
  generateMs: number;
  /** The first run (plans and caches cold), then the median of the next five, in ms, POSTed (never cached). */
  firstMs: number;
  medianMs: number;
  exercises: number;
}

async function timeComparison(url: string): Promise<{ ms: number; exercises: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: COMPARISON }),
  });
  const body = (await response.json()) as { data?: { compareExercises: unknown[] }; errors?: unknown };
  const ms = performance.now() - started;
  if (!body.data) throw new Error(`comparison failed: ${JSON.stringify(body.errors)}`);
  return { ms, exercises: body.data.compareExercises.length };
}

/**
 * The comparison query's time on `counts` synthetic states (and Coahuila), against the running
 * server at `url` on the database at `databaseUrl`: synthetic exercises are generated up to each
 * count (same seed, so 320 extends 32), timed, and removed at the end.
 */
export async function benchComparison(
  url: string,
  databaseUrl: string,
  counts: number[],
): Promise<{ timings: ComparisonTiming[]; removeMs: number }> {
  const dataSource = createDataSource(databaseUrl, { poolSize: 2, quiet: true });
  await dataSource.initialize();
  try {
    const timings: ComparisonTiming[] = [];
    for (const states of counts) {
      const started = performance.now();
      await generateSynthetic(dataSource, { count: states, seed: 1 });
      // As after any bulk load: fresh statistics for the planner.
      await dataSource.query('ANALYZE');
      const generateMs = performance.now() - started;
      const first = await timeComparison(url);
      const runs: number[] = [];
      for (let i = 0; i < 5; i += 1) runs.push((await timeComparison(url)).ms);
      timings.push({ states, generateMs, firstMs: first.ms, medianMs: median(runs), exercises: first.exercises });
    }
    const started = performance.now();
    await removeSynthetic(dataSource);
    return { timings, removeMs: performance.now() - started };
  } finally {
    await dataSource.destroy();
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-accounts';
import { exited } from '../support/server-process';

export interface RunningServer {
  child: ChildProcess;
  url: string;
  readyMs: number;
  output: string[];
}

const SERVER_SCRIPT = 'dist/api/src/main.js';

/** The flags `npm start` gives node (package.json's start script): the server is measured as it is deployed. */
function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } })
    .scripts.start;
  const flags = new RegExp(`\\bnode((?: --\\S+)*) ${SERVER_SCRIPT.replaceAll('.', '\\.')}`).exec(start);
  if (!flags) throw new Error(`package.json's start script does not run "node … ${SERVER_SCRIPT}"`);
  return flags[1].split(' ').filter(Boolean);
}

/**
 * Starts the built server as `npm start` runs it and times it until it serves. From then on its
 * log is drained unread: it writes an access line per request (tens of thousands in a load run),
 * and scanning them here would take CPU from the load generator and from the servers it
 * measures. `SERVER_NODE_ARGS` adds flags for its node (`--cpu-prof` to profile it).
 */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  const started = performance.now();
  const extra = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...startFlags(), ...extra, SERVER_SCRIPT], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    let pending = '';
    const onData = (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      output.push(...lines.filter(Boolean));
      const ready = lines.map((line) => /"graphqlUrl":"([^"]+)"/.exec(line)).find(Boolean);
      if (!ready) return;
      for (const stream of [child.stdout, child.stderr]) {
        stream?.off('data', onData);
        stream?.resume();
      }
      child.off('exit', onEarlyExit);
      resolve({ child, url: ready[1], readyMs: performance.now() - started, output });
    };
    const onEarlyExit = (code: number | null) => reject(new Error(`server exited with ${code}:\n${output.join('\n')}`));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onEarlyExit);
  });
}

export async function stopServer(server: RunningServer): Promise<void> {
  server.child.kill('SIGINT');
  await exited(server.child);
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `connections` clients each sending `send()` back to back for `seconds`; latency percentiles in ms. */
export async function load(send: () => Promise<boolean>, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const ok = await send().catch(() => false);
        latencies.push(performance.now() - t);
        if (!ok) errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    throughput: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Resident memory of a process now and its peak since the last reset (Linux /proc), in MB. */
export function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Starts a new peak-memory measurement (writing 5 to clear_refs resets VmHWM to the current RSS). */
export const resetPeak = (pid: number) => writeFileSync(`/proc/${pid}/clear_refs`, '5');

/** Signs in as the demo institute of Coahuila: its session cookie. */
export async function signInAsInstitute(origin: string): Promise<string> {
  const signIn = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: 'icai@demo.tablero.mx', p: DEMO_PASSWORD },
    }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error('could not sign in as the demo institute');
  return cookie;
}

/** Coahuila's exercise id. */
export async function exerciseId(origin: string): Promise<string> {
  const response = await fetch(`${origin}/graphql/public`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ exercises(first: 1, filter: { search: "Coahuila" }) { nodes { id } } }' }),
  });
  return (await response.json()).data.exercises.nodes[0].id as string;
}

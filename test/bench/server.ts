import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import type { RunningServer } from './measure';

/**
 * The built server for the load runs, as startServer (measure.ts) starts it, except that once it
 * is ready its log is drained unread: it writes an access line per request (tens of thousands in
 * a run), and scanning them in the benchmark's process — which also runs PostGraphile and the load
 * generator — would take CPU from both sides of the comparison.
 */
export function startQuietServer(env: Record<string, string>): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/api/src/main.js'], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env } });
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

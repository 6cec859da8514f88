import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../../api/src/common/paths';

export interface ServerProcess {
  child: ChildProcess;
  /** Every log line so far, parsed (the server logs one JSON object per line). */
  lines: Record<string, unknown>[];
  graphqlUrl: string;
}

/** Starts `api/src/main.ts` as `npm start` would, with `env`, and waits for its "ready" log line. */
export function startServerProcess(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'api/src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
  });
  const lines: Record<string, unknown>[] = [];
  let buffer = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const complete = buffer.split('\n');
      buffer = complete.pop() ?? '';
      for (const text of complete.filter(Boolean)) {
        let line: Record<string, unknown>;
        try {
          line = JSON.parse(text) as Record<string, unknown>;
        } catch {
          line = { msg: text };
        }
        lines.push(line);
        if (typeof line.graphqlUrl === 'string') resolve({ child, lines, graphqlUrl: line.graphqlUrl });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before serving:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`)),
    );
  });
}

/** Resolves when `child` has exited; at once if it already has (by code, or by a signal: then `exitCode` stays null). */
export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );

export const messages = (server: ServerProcess) => server.lines.map((l) => String(l.msg)).join('\n');

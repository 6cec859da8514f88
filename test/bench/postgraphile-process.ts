import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { startPostGraphile, type PostGraphilePeer } from './postgraphile-peer';

/**
 * The peer in a process of its own, as our API runs in one: the load generator then takes CPU
 * from neither server's event loop, and both are measured alike. The same `startPostGraphile`
 * as in-process, started by this file when it is run as a program.
 */
export function startPostGraphileProcess(databaseUrl: string): Promise<PostGraphilePeer> {
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', __filename], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, GRAPHILE_ENV: 'production', NODE_ENV: 'production', PEER_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null) => reject(new Error(`PostGraphile exited with ${code} before serving`));
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"([^"]+)"/.exec(output)?.[1];
      if (!url) return;
      child.off('exit', onExit);
      child.stdout?.resume();
      resolve({
        url,
        stop: () =>
          new Promise<void>((done) =>
            child.exitCode !== null || child.signalCode !== null
              ? done()
              : (child.once('exit', () => done()), child.kill('SIGTERM')),
          ),
      });
    });
  });
}

if (require.main === module) {
  startPostGraphile(process.env.PEER_DATABASE_URL as string).then((peer) => {
    process.once('SIGTERM', () => void peer.stop().then(() => process.exit(0)));
    console.log(JSON.stringify({ url: peer.url }));
  });
}

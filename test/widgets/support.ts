import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { ownDatabase } from '../support/databases';
import { listen } from '../support/listen';
import { loadSeedFiles } from '../../api/src/seed/load-files';

/** Builds the widgets as `npm run build` does (into dist/widgets, or `out`). */
export function buildWidgets(out?: string): void {
  execFileSync(process.execPath, [join(PROJECT_ROOT, 'widgets', 'build.mjs'), ...(out ? ['--out', out] : [])], {
    cwd: PROJECT_ROOT,
    stdio: 'pipe',
  });
}

/** Coahuila's seed plus the demonstration exercise of api/src/seed/demo (milestones, so bars have something to show). */
export function demoExerciseFile() {
  const files = loadSeedFiles();
  return { ...files, exercises: [...files.exercises, ...loadSeedFiles(undefined, { demo: true }).exercises] };
}

/** A database of the widget tests' own, with Coahuila's seed and the demonstration exercise. */
export const widgetsDatabase = () => ownDatabase('widgets', demoExerciseFile(), 4);

/** A plain HTTP server on a free loopback port: the "other site" that embeds the widgets. */
export async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(handler);
  return {
    origin: await listen(server),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nothing listens on: an API that is down. */
export async function closedPort(): Promise<number> {
  const { origin, close } = await serve(() => undefined);
  await close();
  return Number(new URL(origin).port);
}

/**
 * WCAG contrast ratio of two sRGB colours given as computed CSS values (`rgb(…)`, `rgba(…)` or
 * `color(srgb …)`), the first composited over `background` when it is translucent.
 */
export function contrast(foreground: string, background: string, backdrop = background): number {
  const rgba = (value: string): [number, number, number, number] => {
    const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(value);
    if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
    const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(value);
    if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] === undefined ? 1 : +rgb[4]];
    throw new Error(`not a colour this test reads: ${value}`);
  };
  const over = (top: string, bottom: [number, number, number]) => {
    const [r, g, b, a] = rgba(top);
    return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a)] as [
      number,
      number,
      number,
    ];
  };
  const base = over(backdrop, [255, 255, 255]);
  const luminance = ([r, g, b]: [number, number, number]) => {
    const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [l1, l2] = [luminance(over(foreground, over(background, base))), luminance(over(background, base))].sort(
    (a, b) => b - a,
  );
  return (l1 + 0.05) / (l2 + 0.05);
}

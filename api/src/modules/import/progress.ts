/** Where the bar is drawn: a terminal's standard error, or anything shaped like it (tests). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** How often the bar is redrawn at most: often enough to move, rarely enough to cost nothing. */
const REDRAW_MS = 100;

/**
 * The import's progress bar: rows written of rows read, redrawn in place on `stream`. Silent when
 * `stream` is not a terminal (a pipe, a log file, CI) or when not `wanted` (--json), so that
 * nothing but the report reaches a file.
 */
export function progressBar(stream: ProgressStream, wanted: boolean, now: () => number = Date.now) {
  const on = wanted && Boolean(stream.isTTY);
  let drawn = false;
  let last = -Infinity;
  return {
    update: (done: number, total: number) => {
      if (!on || total === 0 || (done < total && now() - last < REDRAW_MS)) return;
      last = now();
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
      const filled = Math.round((width * done) / total);
      stream.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${Math.floor((100 * done) / total)} %)`,
      );
      drawn = true;
    },
    /** Ends the bar's line, so the report starts on its own. */
    done: () => {
      if (drawn) stream.write('\n');
    },
  };
}

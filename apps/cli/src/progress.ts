/** How many rows before a progress display appears (small files finish before it would help). */
export const PROGRESS_FROM_ROWS = 5000;

/**
 * A progress display on stderr: a bar redrawn in place on a terminal, a line
 * every `every` rows (and at the end) when stderr is a file or a pipe.
 * Quiet until `from` rows, so small jobs print nothing.
 *
 * @example const show = progressBar('importing'); show(done, total) … show(total, total)
 */
export function progressBar(
  label: string,
  options: { from?: number; every?: number } = {},
): (done: number, total?: number, fraction?: number) => void {
  const from = options.from ?? PROGRESS_FROM_ROWS;
  const every = options.every ?? 10_000;
  const tty = process.stderr.isTTY === true;
  let shown = false;
  let lastLine = 0;
  let finished = false;
  return (done, total, known) => {
    const fraction = known ?? (total ? done / total : undefined);
    const end = fraction === 1;
    if ((done < from && !shown) || finished) return;
    finished = end;
    shown = true;
    const percent = fraction === undefined ? '' : ` ${Math.floor(fraction * 100)}%`;
    const bar =
      fraction === undefined ? '' : ` [${'#'.repeat(Math.round(fraction * 30)).padEnd(30, '.')}]`;
    const count = total
      ? `${done.toLocaleString('en')}/${total.toLocaleString('en')}`
      : done.toLocaleString('en');
    const line = `${label}:${bar}${percent} ${count} rows`;
    if (tty) {
      process.stderr.write(`\r${line}${end ? '\n' : ''}`);
    } else if (end || done - lastLine >= every) {
      lastLine = done;
      process.stderr.write(`${line}\n`);
    }
  };
}

import { vi } from 'vitest';

/** A JSON line a handler wrote: a log line or an EMF document. */
export type LoggedLine = Record<string, unknown>;

/**
 * Runs `act` with stdout and stderr captured, not printed (the handlers run in
 * this process), and answers what it settled to with the JSON lines written
 * meanwhile, in order.
 */
export async function jsonLinesWhile<T>(
  act: () => Promise<T>,
): Promise<{ readonly settled: PromiseSettledResult<T>; readonly lines: LoggedLine[] }> {
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  let settled: PromiseSettledResult<T>;
  try {
    settled = { status: 'fulfilled', value: await act() };
  } catch (reason) {
    settled = { status: 'rejected', reason };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const lines = written
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LoggedLine);
  return { settled, lines };
}

/** What `act` answered, and the JSON lines written meanwhile; throws what `act` threw. */
export async function answerAndLines<T>(
  act: () => Promise<T>,
): Promise<{ readonly answer: T; readonly lines: LoggedLine[] }> {
  const { settled, lines } = await jsonLinesWhile(act);
  if (settled.status === 'rejected') throw settled.reason;
  return { answer: settled.value, lines };
}

import { join } from 'node:path';
import { DISTRICTS_DIR, DistrictConfigError } from '@ogi/districts';

/**
 * Runs `work`; a district config that cannot be used is printed field by
 * field (Chinese and English) with exit code 2 instead of a stack trace.
 */
export function exitOnConfigError<T>(work: () => T, dir: string = DISTRICTS_DIR): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof DistrictConfigError)) throw error;
    const id = (error as { id?: unknown }).id;
    const file = typeof id === 'string' ? ` (${join(dir, `${id}.json`)})` : '';
    process.stderr.write(`${error.message}${file}\n`);
    for (const field of error.fields) {
      process.stderr.write(`  ${field.path || '(file)'}: ${field.zh} / ${field.en}\n`);
    }
    process.exit(2);
  }
}

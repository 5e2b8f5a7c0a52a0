import { DistrictConfigError } from '@ogi/districts';

/**
 * Runs `work`; a district config that cannot be used is printed field by
 * field (Chinese and English) with exit code 2 instead of a stack trace.
 */
export function exitOnConfigError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof DistrictConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    for (const field of error.fields) {
      process.stderr.write(`  ${field.path || '(file)'}: ${field.zh} / ${field.en}\n`);
    }
    process.exit(2);
  }
}

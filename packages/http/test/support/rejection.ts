import { HttpError } from '../../src/index.js';

/** The `HttpError` a promise rejects with; any other outcome fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

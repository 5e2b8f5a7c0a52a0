/**
 * A layer of the bundle benchmark: what every handler makes at cold start
 * before its own code, `createRuntime` (the environment and district config
 * parsed, the calendar built, the clients made, traced in Lambda).
 */
import { createRuntime } from '@ogi/store';

const runtime = await createRuntime(process.env);

export async function handler(): Promise<unknown> {
  return runtime.district.id;
}

import { join, resolve } from 'node:path';
import { workspaceRoot } from '@ogi/emulators';
import * as z from 'zod';

const Env = z.object({
  /** Where the district configs live; defaults to infra/districts of this checkout. */
  OGI_DISTRICTS_DIR: z.string().min(1).optional(),
  /** pnpm sets this to the folder the user ran `pnpm ogi` from. */
  INIT_CWD: z.string().min(1).optional(),
});

const env = Env.parse(process.env);

export const config = {
  districtsDir: env.OGI_DISTRICTS_DIR
    ? resolve(env.INIT_CWD ?? process.cwd(), env.OGI_DISTRICTS_DIR)
    : join(workspaceRoot(), 'infra', 'districts'),
} as const;

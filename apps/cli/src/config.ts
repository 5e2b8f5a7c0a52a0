import { resolve } from 'node:path';
import { DISTRICTS_DIR } from '@ogi/districts';
import * as z from 'zod';

const Env = z.object({
  /** Where the district configs live; defaults to the configs shipped in @ogi/districts (infra/districts). */
  OGI_DISTRICTS_DIR: z.string().min(1).optional(),
  /** pnpm sets this to the folder the user ran `pnpm ogi` from. */
  INIT_CWD: z.string().min(1).optional(),
});

const env = Env.parse(process.env);

export const config = {
  districtsDir: env.OGI_DISTRICTS_DIR
    ? resolve(env.INIT_CWD ?? process.cwd(), env.OGI_DISTRICTS_DIR)
    : DISTRICTS_DIR,
} as const;

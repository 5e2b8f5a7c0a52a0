// `pnpm run deploy -- --district ID [cdk options]` (and `diff`, `destroy`,
// `bootstrap`): runs the AWS CDK CLI on the named districts' stacks only,
// synthesising just those districts. Any option after the districts goes to
// the CDK CLI as is, e.g. `--profile dachang-admin`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDistrictConfig } from '@ogi/districts';
import { deployable } from './app.js';
import { exitOnConfigError } from './config-errors.js';
import { stackNameOf } from './district-stack.js';

const COMMANDS = ['deploy', 'diff', 'destroy', 'bootstrap'] as const;
type Command = (typeof COMMANDS)[number];

// pnpm passes the `--` of `pnpm run deploy -- --district ID` through.
const [command = '', ...rest] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!COMMANDS.includes(command as Command)) {
  process.stderr.write(`usage: cdk-cli.ts <${COMMANDS.join('|')}> --district ID [cdk options]\n`);
  process.exit(2);
}
const { values, tokens } = parseArgs({
  args: rest,
  options: { district: { type: 'string', multiple: true } },
  strict: false,
  tokens: true,
});
const ids = (values.district ?? []).filter((id): id is string => typeof id === 'string');
if (ids.length === 0) {
  process.stderr.write('name at least one district: --district ID\n');
  process.exit(2);
}
const passThrough: string[] = (tokens ?? [])
  .filter((token) => !(token.kind === 'option' && token.name === 'district'))
  .flatMap((token): string[] => {
    if (token.kind === 'positional') return [token.value];
    if (token.kind === 'option') {
      return token.value === undefined ? [token.rawName] : [token.rawName, token.value];
    }
    return [];
  });

// Fails here, naming the file and field, before the CDK CLI starts.
const districts = exitOnConfigError(() => ids.map((id) => deployable(loadDistrictConfig(id))));
const synth = `node --import tsx src/main.ts --cdk ${ids.map((id) => `--district ${id}`).join(' ')}`;
const targets =
  command === 'bootstrap'
    ? districts.map(({ id, deployment }) => {
        if (!deployment.account) {
          process.stderr.write(`district ${id}: bootstrap needs deployment.account\n`);
          process.exit(2);
        }
        return `aws://${deployment.account}/${deployment.region}`;
      })
    : ids.map(stackNameOf);

const result = spawnSync(
  'pnpm',
  ['exec', 'cdk', command, ...targets, '--app', synth, '--no-notices', ...passThrough],
  {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
    env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' },
  },
);
process.exit(result.status ?? 1);

// `pnpm synth`: writes one CloudFormation template per district into
// infra/cdk.out, offline and without AWS credentials.
//   pnpm synth [--district ID]... [--outdir DIR] [--quiet]
// The CDK CLI (`pnpm --filter @ogi/infra cdk deploy`) runs it with --cdk and
// names the output folder in CDK_OUTDIR.
import { parseArgs } from 'node:util';
import { districtIds } from '@ogi/districts';
import { buildApp, loadDistricts } from './app.js';
import { exitOnConfigError } from './config-errors.js';
import { DEFAULT_OUTDIR } from './paths.js';

const { values } = parseArgs({
  options: {
    district: { type: 'string', multiple: true },
    outdir: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    cdk: { type: 'boolean', default: false },
  },
});

const say = (line: string) => {
  if (!values.quiet) process.stderr.write(`${line}\n`);
};

exitOnConfigError(() => {
  const ids = values.district ?? districtIds(process.env.OGI_DISTRICTS_DIR);
  const districts = loadDistricts(ids, process.env.OGI_DISTRICTS_DIR);
  const outdir = values.cdk ? process.env.CDK_OUTDIR : (values.outdir ?? DEFAULT_OUTDIR);
  const started = performance.now();
  say(`synth: ${districts.length} district(s): ${ids.join(', ')}`);
  const app = buildApp(districts, outdir ? { outdir } : {});
  const assembly = app.synth();
  for (const stack of assembly.stacks) {
    say(`synth: ${stack.stackName} → ${stack.templateFile}`);
  }
  say(
    `synth: done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${assembly.directory}`,
  );
}, process.env.OGI_DISTRICTS_DIR);

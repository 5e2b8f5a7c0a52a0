import { parseArgs } from 'node:util';
import { DistrictConfigError } from '@ogi/districts';
import { EmulatorError } from '@ogi/emulators';
import { startLocalStack } from './stack.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    district: { type: 'string' },
    quiet: { type: 'boolean' },
    'web-origin': { type: 'string', multiple: true },
    'oidc-issuer': { type: 'string' },
    'oidc-client-id': { type: 'string' },
    'oidc-role-claim': { type: 'string' },
    'oidc-jwks-url': { type: 'string' },
  },
});

const issuer = values['oidc-issuer'];
const clientId = values['oidc-client-id'];
if ((issuer === undefined) !== (clientId === undefined)) {
  process.stderr.write('ogi: --oidc-issuer and --oidc-client-id go together\n');
  process.exit(2);
}
const oidc =
  issuer && clientId
    ? {
        issuer,
        clientId,
        ...(values['oidc-role-claim'] ? { roleClaim: values['oidc-role-claim'] } : {}),
        ...(values['oidc-jwks-url'] ? { jwksUrl: values['oidc-jwks-url'] } : {}),
      }
    : undefined;

const port = Number(values.port ?? process.env.OGI_PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`ogi: --port must be a port number, got ${values.port}\n`);
  process.exit(2);
}

try {
  process.stdout.write('› starting DynamoDB Local, the S3 and SES emulators …\n');
  const stack = await startLocalStack({
    port,
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values.district ? { district: values.district } : {}),
    accessLog: !values.quiet,
    webOrigins:
      values['web-origin'] ?? (process.env.OGI_WEB_ORIGINS ?? '').split(',').filter(Boolean),
    deadlineSweeps: true,
    ...(oidc ? { oidc } : {}),
    onSweep: (result) =>
      process.stdout.write(
        'error' in result
          ? `deadline sweep failed: ${result.error}\n`
          : `deadline sweep as of ${result.asOf}: ${result.digestsSent} e-mails, ${result.closed} closed, ${result.failures.length} failures\n`,
      ),
  });
  process.stdout.write(
    [
      '',
      `ogi local stack for ${stack.district.names.agency} is up`,
      `  web form       ${stack.url}/`,
      `  API            ${stack.url}/api`,
      `  submit         POST ${stack.url}/api/requests`,
      oidc
        ? `  staff sign-in  ${oidc.issuer} (OIDC, client ${oidc.clientId}); no dev login`
        : `  staff login    POST ${stack.url}/api/dev/login  {"name":"张三","role":"clerk|head|office"}`,
      `  DynamoDB Local ${stack.emulators.dynamodb.endpoint}  (table ${stack.tableName})`,
      `  S3 emulator    ${stack.emulators.s3.endpoint}  (buckets ${stack.bucket}, ${stack.reportsBucket})`,
      `  mailbox        ${stack.mailbox}  (the tracker's e-mails; JSON at ${stack.mailbox}/store)`,
      `  deadlines      a sweep now and every day at 08:00 (${stack.district.timeZone}); pnpm --silent ogi tick runs one`,
      `ready on ${stack.url}`,
      'Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\n› stopping …\n');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof DistrictConfigError) {
    process.stderr.write(`ogi: ${error.message}\n`);
    for (const field of error.fields) {
      process.stderr.write(`  ${field.path}: ${field.en}（${field.zh}）\n`);
    }
    process.exit(2);
  }
  const message =
    error instanceof EmulatorError
      ? error.message
      : String(error instanceof Error ? error.stack : error);
  process.stderr.write(`ogi: the local stack could not start: ${message}\n`);
  process.exit(1);
}

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localFolder, runningLocalStack } from '@ogi/emulators';
import { documentClient, LedgerStore } from '@ogi/store';
import * as z from 'zod';
import { type District, loadDistrict } from './districts.js';
import { UsageError } from './errors.js';
import { resolvePath } from './ledger-files.js';

/** The district's table the CLI writes to, and how it was found. */
export interface StoreTarget {
  readonly districtId: string;
  readonly district: District;
  readonly ledger: LedgerStore;
  /** The district's table, for the adapters other commands need (`ogi tick`). */
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly region: string;
  /** The local stack's SES emulator; absent for a deployed table (the district's transport decides). */
  readonly sesEndpoint?: string;
  /** The emulators' credentials (they accept any); absent for a deployed table: the operator's own apply. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** The local stack's API, where staff open the case pages the mails link to. */
  readonly url?: string;
  /** Where the records go, for messages: the local stack or the table named in the environment. */
  readonly where: string;
  readonly endpoint: string | undefined;
  close(): void;
}

/** DynamoDB Local and aws-ses-v2-local accept any credentials; a shell may have none. */
const EMULATOR_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

const DeployedEnv = z.object({
  OGI_TABLE_NAME: z.string().min(3),
  AWS_REGION: z.string().min(1),
  OGI_DYNAMODB_ENDPOINT: z.url().optional(),
});

/**
 * A deployed district's table when `OGI_TABLE_NAME` is set (with `AWS_REGION`,
 * the operator's AWS credentials and `--district`), else the local stack
 * running on `--data-dir` (default `.local/data`), which announces itself in
 * the data folder's `stack.json`.
 */
export function storeTarget(options: {
  readonly district: string | undefined;
  readonly dataDir: string | undefined;
}): StoreTarget {
  if (process.env.OGI_TABLE_NAME) return deployedTarget(options.district);
  const dataDir = options.dataDir ? resolvePath(options.dataDir) : localFolder('data');
  const stack = runningLocalStack(dataDir);
  if (stack === null) {
    throw new UsageError(
      `no local stack is running on ${dataDir}: start it (bash scripts/start.sh), or set OGI_TABLE_NAME and AWS_REGION to work on a deployed district`,
      [
        {
          path: 'store',
          zh: '本地环境未运行：请先运行 bash scripts/start.sh，或设置 OGI_TABLE_NAME 与 AWS_REGION 使用已部署的地区',
          en: 'no local stack is running: start it, or set OGI_TABLE_NAME and AWS_REGION',
        },
      ],
    );
  }
  if (options.district !== undefined && options.district !== stack.district) {
    throw new UsageError(
      `--district ${options.district}: the local stack runs district ${stack.district}`,
      [
        {
          path: 'district',
          zh: `本地环境运行的是地区 ${stack.district}`,
          en: `the local stack runs district ${stack.district}`,
        },
      ],
    );
  }
  const raw = new DynamoDBClient({
    region: stack.region,
    endpoint: stack.dynamodbEndpoint,
    credentials: EMULATOR_CREDENTIALS,
  });
  return target(
    stack.district,
    raw,
    stack.tableName,
    `the local stack (${stack.url})`,
    stack.dynamodbEndpoint,
    {
      region: stack.region,
      url: stack.url,
      credentials: EMULATOR_CREDENTIALS,
      ...(stack.sesEndpoint ? { sesEndpoint: stack.sesEndpoint } : {}),
    },
  );
}

function deployedTarget(districtId: string | undefined): StoreTarget {
  const parsed = DeployedEnv.safeParse(process.env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new UsageError(`with OGI_TABLE_NAME set, these must be set too: ${names}`, [
      { path: names, zh: `缺少或无效的环境变量：${names}`, en: 'missing or invalid' },
    ]);
  }
  if (districtId === undefined) {
    throw new UsageError(
      '--district: is required with OGI_TABLE_NAME (its time zone and rules apply)',
      [{ path: 'district', zh: '使用已部署的地区时须用--district指定地区', en: 'is required' }],
    );
  }
  const env = parsed.data;
  const raw = new DynamoDBClient({
    region: env.AWS_REGION,
    ...(env.OGI_DYNAMODB_ENDPOINT ? { endpoint: env.OGI_DYNAMODB_ENDPOINT } : {}),
  });
  return target(
    districtId,
    raw,
    env.OGI_TABLE_NAME,
    `table ${env.OGI_TABLE_NAME}`,
    env.OGI_DYNAMODB_ENDPOINT,
    { region: env.AWS_REGION },
  );
}

function target(
  districtId: string,
  raw: DynamoDBClient,
  tableName: string,
  where: string,
  endpoint: string | undefined,
  extra: Pick<StoreTarget, 'region' | 'url' | 'sesEndpoint' | 'credentials'>,
): StoreTarget {
  const district = loadDistrict(districtId);
  const client = documentClient(raw);
  return {
    districtId,
    district,
    ledger: new LedgerStore({ client, tableName }),
    client,
    tableName,
    ...extra,
    where,
    endpoint,
    close: () => raw.destroy(),
  };
}

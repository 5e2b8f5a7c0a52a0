import { Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { FILE_AREAS, type FileArea, type FileBucket } from '../access/file-areas.js';
import type { FileRight, FunctionAccess } from '../access/function-access.js';

/** The resources a function's access names. */
export interface AccessTargets {
  readonly table: ITable;
  /** The key of the table and the buckets. */
  readonly dataKey: IKey;
  readonly buckets: Readonly<Record<FileBucket, IBucket>>;
  /** What sending the district's mail takes (SES or the SMTP secret); none without mail settings. */
  readonly mail: readonly PolicyStatement[];
  readonly deadLetters: { readonly queue: IQueue; readonly key: IKey };
}

const OBJECT_ACTIONS: Readonly<Record<Exclude<FileRight, 'list'>, string>> = {
  read: 's3:GetObject',
  readVersions: 's3:GetObjectVersion',
  write: 's3:PutObject',
  delete: 's3:DeleteObject',
};

const TABLE_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Key use only through the service that holds the data (`kms:ViaService`). */
function keyThrough(scope: Construct, service: string, key: IKey, actions: Iterable<string>) {
  const stack = Stack.of(scope);
  return new PolicyStatement({
    effect: Effect.ALLOW,
    actions: sorted(actions),
    resources: [key.keyArn],
    conditions: {
      StringEquals: { 'kms:ViaService': `${service}.${stack.region}.${stack.urlSuffix}` },
    },
  });
}

/**
 * The IAM statements of one row of `FUNCTION_ACCESS`: exactly its table
 * actions, index queries, file rights per key pattern, the data key through
 * DynamoDB and S3 only as far as those need it (reads decrypt, writes also
 * encrypt), mail and dead letters. No wildcard actions.
 */
export function accessStatements(
  scope: Construct,
  access: FunctionAccess,
  targets: AccessTargets,
): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  const { table, dataKey } = targets;
  if (access.table.length > 0) {
    statements.push(
      new PolicyStatement({
        actions: sorted(access.table.map((action) => `dynamodb:${action}`)),
        resources: [table.tableArn],
      }),
    );
  }
  if (access.indexes && access.indexes.length > 0) {
    statements.push(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: sorted(access.indexes).map((index) => `${table.tableArn}/index/${index}`),
      }),
    );
  }
  const usesTable = access.table.length > 0 || (access.indexes?.length ?? 0) > 0;
  if (usesTable) {
    const writes = access.table.some((action) => TABLE_WRITES.has(action));
    statements.push(
      keyThrough(scope, 'dynamodb', dataKey, [
        'kms:Decrypt',
        'kms:DescribeKey',
        ...(writes ? ['kms:Encrypt', 'kms:GenerateDataKey'] : []),
      ]),
    );
  }

  const files = Object.entries(access.files ?? {}) as [FileArea, readonly FileRight[]][];
  const listed = new Set<FileBucket>();
  const s3KeyActions = new Set<string>();
  for (const [area, rights] of files) {
    const layout = FILE_AREAS[area];
    const bucket = targets.buckets[layout.bucket];
    const objectRights = rights.filter((right) => right !== 'list');
    if (rights.includes('list')) listed.add(layout.bucket);
    if (objectRights.length > 0) {
      statements.push(
        new PolicyStatement({
          actions: sorted(objectRights.map((right) => OBJECT_ACTIONS[right])),
          resources: [bucket.arnForObjects(layout.keys)],
        }),
      );
    }
    if (objectRights.some((right) => right === 'read' || right === 'readVersions')) {
      s3KeyActions.add('kms:Decrypt');
    }
    if (objectRights.includes('write')) s3KeyActions.add('kms:GenerateDataKey');
  }
  for (const bucket of sorted(listed) as FileBucket[]) {
    statements.push(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [targets.buckets[bucket].bucketArn],
      }),
    );
  }
  if (s3KeyActions.size > 0) statements.push(keyThrough(scope, 's3', dataKey, s3KeyActions));

  if (access.mail) statements.push(...targets.mail);
  if (access.deadLetters) {
    const { queue, key } = targets.deadLetters;
    statements.push(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
      keyThrough(scope, 'sqs', key, ['kms:Decrypt', 'kms:GenerateDataKey']),
    );
  }
  return statements;
}

import {
  attachmentKey,
  letterFileKey,
  newStoreId,
  reportDocumentKey,
  verifiedPrefix,
} from '@ogi/store';
import type { CfnElement } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { FILE_AREAS } from '../src/access/file-areas.js';
import { FUNCTION_ACCESS } from '../src/access/function-access.js';
import { apiRoutes } from '../src/index.js';
import { routeKey } from '../src/routes.js';
import {
  actionsOf,
  type CfnStatement,
  functionIdOf,
  resourceOf,
  resourcesOf,
  stackOf,
  statementsOf,
  templateOf,
} from './support/stacks.js';

const DISTRICT = 'dachang';
const template = templateOf(DISTRICT);
const stack = stackOf(DISTRICT);
const idOf = (element: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(element.node.defaultChild as CfnElement);

const TABLE = { 'Fn::GetAtt': ['RequestsTable', 'Arn'] };
const DATA_KEY = { 'Fn::GetAtt': [idOf(stack.data.key), 'Arn'] };
const via = (service: string) => ({
  StringEquals: {
    'kms:ViaService': {
      'Fn::Join': ['', [`${service}.ap-southeast-1.`, { Ref: 'AWS::URLSuffix' }]],
    },
  },
});
const objects = (bucketId: string, keys: string) => ({
  'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, `/${keys}`]],
});
const index = (name: string) => ({ 'Fn::Join': ['', [TABLE, `/index/${name}`]] });
const allow = (actions: string | string[], resource: unknown) => ({
  Action: actions,
  Effect: 'Allow',
  Resource: resource,
});
/** The data key's actions, only through the service that holds the data. */
const dataKeyThrough = (service: string, actions: string[]) => ({
  ...allow(actions, DATA_KEY),
  Condition: via(service),
});
const DATA_KEY_READ = ['kms:Decrypt', 'kms:DescribeKey'];
const DATA_KEY_READ_WRITE = [...DATA_KEY_READ, 'kms:Encrypt', 'kms:GenerateDataKey'];

/** What every function's role holds: its traces and its own log group. */
function baseline(key: string): CfnStatement[] {
  const fn = resourceOf(template, 'AWS::Lambda::Function', functionIdOf(DISTRICT, key));
  const logGroup = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
  return [
    allow(['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], '*'),
    allow(['logs:CreateLogStream', 'logs:PutLogEvents'], { 'Fn::GetAtt': [logGroup, 'Arn'] }),
  ];
}

const statementsOfRoute = (key: string) =>
  statementsOf(template, functionIdOf(DISTRICT, key)) as unknown[];

const WRITES = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  's3:PutObject',
  's3:DeleteObject',
  'kms:Encrypt',
  'kms:GenerateDataKey',
];

describe('FUNCTION_ACCESS: one row per function', () => {
  it('has a row for every API route and the tracker, and no other', () => {
    // Assess
    expect(Object.keys(FUNCTION_ACCESS).sort()).toEqual(
      [...apiRoutes().map(routeKey), 'tracker'].sort(),
    );
  });

  it("names the keys the store's key builders make", () => {
    // Prepare
    const [request, file] = [newStoreId(), newStoreId()];
    const glob = (pattern: string) => new RegExp(`^${pattern.replaceAll('*', '.*')}$`);

    // Assess
    expect(attachmentKey(request, file)).toMatch(glob(FILE_AREAS.uploads.keys));
    expect(`${verifiedPrefix(request, file)}${newStoreId()}`).toMatch(
      glob(FILE_AREAS.verified.keys),
    );
    expect(letterFileKey(request, 'L1v1')).toMatch(glob(FILE_AREAS.letters.keys));
    expect(reportDocumentKey(2025, 1, 'docx')).toMatch(glob(FILE_AREAS.reports.keys));
    expect(attachmentKey(request, file)).not.toMatch(glob(FILE_AREAS.verified.keys));
  });
});

describe('Function roles: exactly what the code calls', () => {
  it('lets the submission write a new request and read nothing else', () => {
    // Act
    const statements = statementsOfRoute('POST /api/requests');

    // Assess
    expect(statements).toEqual([
      ...baseline('POST /api/requests'),
      allow(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], TABLE),
      dataKeyThrough('dynamodb', DATA_KEY_READ_WRITE),
    ]);
  });

  it('lets the staff list query its three indexes and nothing else', () => {
    // Act
    const statements = statementsOfRoute('GET /api/staff/requests');

    // Assess
    expect(statements).toEqual([
      ...baseline('GET /api/staff/requests'),
      allow('dynamodb:Query', [index('byAssignee'), index('byStatus'), index('open')]),
      dataKeyThrough('dynamodb', DATA_KEY_READ),
    ]);
  });

  it('lets the attachment check move an upload to a checked copy, within those two prefixes', () => {
    // Prepare
    const attachments = 'AttachmentsBucket';

    // Act
    const statements = statementsOfRoute(
      'POST /api/requests/{receiptNo}/attachments/{attachmentId}',
    );

    // Assess
    expect(statements).toEqual([
      ...baseline('POST /api/requests/{receiptNo}/attachments/{attachmentId}'),
      allow(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'], TABLE),
      dataKeyThrough('dynamodb', DATA_KEY_READ_WRITE),
      allow(['s3:DeleteObject', 's3:GetObject'], objects(attachments, 'requests/*')),
      allow(
        ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
        objects(attachments, 'verified/*'),
      ),
      allow('s3:ListBucket', { 'Fn::GetAtt': [attachments, 'Arn'] }),
      dataKeyThrough('s3', ['kms:Decrypt', 'kms:GenerateDataKey']),
    ]);
  });

  it('lets publishing a report write the reports bucket only', () => {
    // Prepare
    const reports = 'ReportsBucket';

    // Act
    const statements = statementsOfRoute('POST /api/staff/reports/{year}/publish');

    // Assess
    expect(statements).toContainEqual(allow('s3:PutObject', objects(reports, 'reports/*')));
    expect(actionsOf(statements as CfnStatement[]).filter((a) => a.startsWith('s3:'))).toEqual([
      's3:PutObject',
    ]);
  });

  it.each([
    'GET /api/requests/{receiptNo}',
    'GET /api/staff/requests',
    'GET /api/staff/requests/{id}',
    'GET /api/staff/requests/{id}/letters',
    'POST /api/staff/requests/{id}/letters/preview',
    'GET /api/staff/reports/{year}',
    'GET /api/staff/reports/{year}/published/{n}',
    'GET /api/staff/reports/{year}/published/{n}/document',
    'GET /api/staff/stats',
  ])('gives %s, which only reads, no write action', (key) => {
    // Act
    const actions = actionsOf(statementsOf(template, functionIdOf(DISTRICT, key)));

    // Assess
    expect(actions.filter((action) => WRITES.includes(action))).toEqual([]);
  });

  it('keeps every intake function out of the reports bucket', () => {
    // Prepare
    const reports = 'ReportsBucket';
    const intake = apiRoutes().filter((route) => route.app === 'intake');

    // Act
    const named = intake.map((route) =>
      JSON.stringify(statementsOf(template, functionIdOf(DISTRICT, routeKey(route)))),
    );

    // Assess
    expect(intake).toHaveLength(7);
    for (const statements of named) expect(statements).not.toContain(reports);
  });

  it('gives the tracker no S3 action at all: it writes no attachment and no file', () => {
    // Act
    const actions = actionsOf(statementsOf(template, functionIdOf(DISTRICT, 'tracker')));

    // Assess
    expect(actions.filter((action) => action.startsWith('s3:'))).toEqual([]);
    expect(actions).toContain('dynamodb:BatchWriteItem');
  });

  it('uses no wildcard action anywhere', () => {
    // Act
    const actions = Object.values(resourcesOf(template, 'AWS::IAM::Policy')).flatMap((policy) =>
      actionsOf((policy.Properties.PolicyDocument as { Statement: CfnStatement[] }).Statement),
    );

    // Assess
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);
  });
});

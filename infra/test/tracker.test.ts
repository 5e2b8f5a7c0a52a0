import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  type CfnResource,
  type CfnStatement,
  functionIdOf,
  resourcesOf,
  shipped,
  templateOf,
} from './support/stacks.js';

describe.each(shipped.map((district) => [district.id, district.timeZone] as const))(
  'The tracker’s schedule in %s',
  (id, timeZone) => {
    const template = templateOf(id);
    const [schedule] = Object.values(resourcesOf(template, 'AWS::Scheduler::Schedule'));
    const target = schedule?.Properties.Target as Record<string, unknown>;
    const trackerId = functionIdOf(id, 'tracker');
    const [queueId] = Object.keys(resourcesOf(template, 'AWS::SQS::Queue'));

    it('runs every morning at 07:30 in the district’s time zone, weekends too (调休 make-up days)', () => {
      // Assess
      expect(schedule?.Properties).toMatchObject({
        ScheduleExpression: 'cron(30 7 * * ? *)',
        ScheduleExpressionTimezone: timeZone,
        State: 'ENABLED',
      });
    });

    it('invokes the tracker, tries again, and sends what keeps failing to the dead-letter queue', () => {
      // Assess
      expect(target).toMatchObject({
        Arn: { 'Fn::GetAtt': [trackerId, 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
      });
    });

    it('lets the scheduler’s role invoke the tracker and send dead letters, nothing else', () => {
      // Prepare
      const roleId = (target.RoleArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const statements = Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
        .filter((policy) =>
          (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleId),
        )
        .flatMap(
          (policy) => (policy.Properties.PolicyDocument as { Statement: CfnStatement[] }).Statement,
        );

      // Assess
      expect(statements.map((statement) => statement.Action)).toEqual([
        'lambda:InvokeFunction',
        'sqs:SendMessage',
        ['kms:Decrypt', 'kms:GenerateDataKey'],
      ]);
      expect(statements.map((statement) => statement.Resource)).toEqual([
        { 'Fn::GetAtt': [trackerId, 'Arn'] },
        { 'Fn::GetAtt': [queueId, 'Arn'] },
        { 'Fn::GetAtt': [expect.stringMatching(/^OperationsKey/), 'Arn'] },
      ]);
      const role = resourcesOf(template, 'AWS::IAM::Role')[roleId] as CfnResource;
      expect(JSON.stringify(role.Properties.AssumeRolePolicyDocument)).toContain(
        'scheduler.amazonaws.com',
      );
    });

    it('keeps dead letters encrypted with a customer managed key, behind TLS', () => {
      // Assess
      template.hasResourceProperties('AWS::SQS::Queue', {
        KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^OperationsKey'), 'Arn'] },
      });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });

    it('sends the tracker’s own failed runs to the same queue', () => {
      // Assess
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: trackerId },
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
      });
    });
  },
);

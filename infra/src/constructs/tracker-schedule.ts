import { Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** When the tracker runs: 07:30 in the district, before the office opens. */
export const SWEEP_TIME = { hour: 7, minute: 30 } as const;
/** How often the scheduler tries again when invoking the tracker fails, and for how long. */
export const SWEEP_RETRY = { attempts: 3, maxAge: Duration.hours(2) } as const;

export interface TrackerScheduleProps {
  readonly tracker: IFunction;
  /** The district's IANA time zone (`Asia/Shanghai`). */
  readonly timeZone: string;
  readonly deadLetters: { readonly queue: IQueue; readonly key: IKey };
}

/**
 * EventBridge Scheduler's morning run of the deadline tracker, every day:
 * make-up working days (调休) fall on weekends, and the tracker knows the
 * district's calendar, the schedule does not. An invocation that keeps
 * failing goes to the dead-letter queue. The scheduler's role may invoke the
 * tracker and send it dead letters, nothing else.
 */
export class TrackerSchedule extends Construct {
  readonly role: Role;
  readonly schedule: CfnSchedule;

  constructor(scope: Construct, id: string, props: TrackerScheduleProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { queue, key } = props.deadLetters;
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
      description: 'ogi: EventBridge Scheduler invoking the deadline tracker',
    });
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [props.tracker.functionArn],
      }),
    );
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
    );
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: [key.keyArn],
        conditions: {
          StringEquals: { 'kms:ViaService': `sqs.${stack.region}.${stack.urlSuffix}` },
        },
      }),
    );
    this.schedule = new CfnSchedule(this, 'Schedule', {
      description: "ogi: the deadline tracker's morning sweep",
      scheduleExpression: `cron(${SWEEP_TIME.minute} ${SWEEP_TIME.hour} * * ? *)`,
      scheduleExpressionTimezone: props.timeZone,
      flexibleTimeWindow: { mode: 'OFF' },
      state: 'ENABLED',
      target: {
        arn: props.tracker.functionArn,
        roleArn: this.role.roleArn,
        // Today in the district: the handler works the day out itself.
        input: '{}',
        retryPolicy: {
          maximumRetryAttempts: SWEEP_RETRY.attempts,
          maximumEventAgeInSeconds: SWEEP_RETRY.maxAge.toSeconds(),
        },
        deadLetterConfig: { arn: queue.queueArn },
      },
    });
    // The role's policy must exist before the scheduler first uses it.
    this.schedule.node.addDependency(this.role);
  }
}

import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface OperationsProps {
  /** Where alarms are mailed (`deployment.alarmEmail`). */
  readonly alarmEmail: string;
}

/** An alarm that any datapoint at or above `threshold` in one period raises. */
export interface AlarmOn {
  readonly metric: IMetric;
  readonly description: string;
  /** 1 unless set. */
  readonly threshold?: number;
}

/**
 * What keeps the district's operators informed: the operations topic every
 * alarm goes to (mailed to `alarmEmail`), the dead-letter queue of the
 * tracker's failed runs, and the key both are encrypted with. The key is not
 * the data key: CloudWatch may use it to publish alarms, and nothing else.
 */
export class Operations extends Construct {
  readonly key: Key;
  readonly topic: Topic;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'ogi: the operations topic and the dead-letter queue of this district',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // CloudWatch publishes alarms to an encrypted topic only with the key's own consent.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new Topic(this, 'Topic', {
      masterKey: this.key,
      enforceSSL: true,
    });
    const subscription = new EmailSubscription(props.alarmEmail);
    this.topic.addSubscription(subscription);
    Validations.of(this.topic).acknowledge({
      id: 'Serverless-SNSRedrivePolicy',
      reason:
        "the only subscription is the operators' e-mail: SNS retries e-mail delivery itself, and a dead-letter queue of alarms would itself need watching",
    });
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetters).acknowledge(
      {
        id: 'AwsSolutions-SQS3',
        reason: 'this is the dead-letter queue; its depth is alarmed below',
      },
      {
        id: 'Serverless-SQSRedrivePolicy',
        reason: 'this is the dead-letter queue; its depth is alarmed below',
      },
    );
    this.alarm('DeadLettersWaiting', {
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      description: 'A run of the deadline tracker failed and waits in the dead-letter queue',
    });
  }

  /**
   * An alarm in this construct's scope that mails the operations topic when
   * `metric` reaches `threshold` (1) in one period; no data is not a problem.
   */
  alarm(id: string, on: AlarmOn, scope: Construct = this): Alarm {
    const alarm = new Alarm(scope, id, {
      metric: on.metric,
      alarmDescription: on.description,
      threshold: on.threshold ?? 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}

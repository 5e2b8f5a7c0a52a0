import { describe, expect, it } from 'vitest';
import { handlerFunctionsOf, resourcesOf, shipped, stackOf, templateOf } from './support/stacks.js';

describe.each(shipped.map((district) => district.id))('Alarms of %s', (id) => {
  const template = templateOf(id);
  const alarms = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm'));
  const [topicId] = Object.keys(resourcesOf(template, 'AWS::SNS::Topic'));
  const alarmsOn = (metric: string) =>
    alarms.filter((alarm) => alarm.Properties.MetricName === metric);

  it.each(['Errors', 'Throttles'])('raises an alarm on each function’s %s', (metric) => {
    // Prepare
    const functions = Object.keys(handlerFunctionsOf(template));

    // Act
    const watched = alarmsOn(metric).map(
      (alarm) => (alarm.Properties.Dimensions as { Value: { Ref: string } }[])[0]?.Value.Ref,
    );

    // Assess
    expect(watched.sort()).toEqual(functions.sort());
  });

  it('raises an alarm when a dead letter waits', () => {
    // Assess
    expect(alarmsOn('ApproximateNumberOfMessagesVisible')).toHaveLength(1);
  });

  it('sends every alarm to the operations topic, at the first failure', () => {
    // Assess
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.Threshold).toBe(1);
    }
  });

  it('mails the operations topic to the alarm address, encrypted with a customer managed key', () => {
    // Assess
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: stackOf(id).district.deployment.alarmEmail,
      TopicArn: { Ref: topicId },
    });
    const topic = resourcesOf(template, 'AWS::SNS::Topic')[topicId ?? ''];
    expect(JSON.stringify(topic?.Properties.KmsMasterKeyId)).toMatch(/OperationsKey/);
  });

  it('lets CloudWatch use the operations key, which encrypts no data', () => {
    // Act
    const [key] = Object.entries(resourcesOf(template, 'AWS::KMS::Key')).filter(([keyId]) =>
      keyId.startsWith('OperationsKey'),
    );

    // Assess
    expect(JSON.stringify(key?.[1].Properties.KeyPolicy)).toContain('cloudwatch.amazonaws.com');
  });
});

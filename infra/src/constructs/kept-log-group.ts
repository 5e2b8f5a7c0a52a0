import { RemovalPolicy } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/**
 * A log group of ogi's: kept six months (网络安全法 Art. 21(3)), and kept
 * when the stack goes, for the record of who did what outlives it.
 */
export function keptLogGroup(scope: Construct, id: string): LogGroup {
  return new LogGroup(scope, id, {
    retention: RetentionDays.SIX_MONTHS,
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

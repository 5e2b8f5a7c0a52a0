import { partitionOf } from '@ogi/schema';
import { type Duration, Stack, Validations } from 'aws-cdk-lib';
import { type PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, type ILayerVersion, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { handlerBundle } from '../handler-bundles.js';
import { keptLogGroup } from './kept-log-group.js';
import { acknowledgeObjectPrefixes, NAG_REASONS } from './nag-acknowledgements.js';

export interface HandlerFunctionProps {
  /** The handler file's absolute path. */
  readonly entry: string;
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly layers?: readonly ILayerVersion[];
}

/**
 * One handler as a Lambda function with a role and a log group of its own:
 * Node 22 on arm64, X-Ray tracing (outside AWS China, which does not offer
 * it for Lambda), source maps (read when an error is logged, not at cold
 * start), logs kept six months. The
 * role starts with nothing but writing its own logs (and, by tracing, X-Ray
 * segments); `allow` adds what the handler's code calls.
 *
 * The code is bundled once per handler (`handlerBundle`: esbuild with code
 * splitting) and given to `NodejsFunction` as its `code`, so twenty
 * districts share one asset per handler instead of bundling twenty times.
 */
export class HandlerFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    this.logGroup = keptLogGroup(this, 'Logs');
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
    });
    // AWS China offers no X-Ray integration with Lambda: untraced there, and
    // the handlers told so, or they would record calls for a daemon that is not there.
    const traced = partitionOf(Stack.of(this).region) === 'aws';
    this.function = new NodejsFunction(this, 'Function', {
      code: Code.fromAsset(handlerBundle(props.entry)),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      tracing: traced ? Tracing.ACTIVE : Tracing.DISABLED,
      role: this.role,
      logGroup: this.logGroup,
      layers: [...(props.layers ?? [])],
      environment: {
        ...(traced ? {} : { OGI_TRACE_ENABLED: 'false' }),
        ...props.environment,
      },
    });
    this.logGroup.grantWrite(this.role);
    Validations.of(this.function).acknowledge(
      { id: 'AwsSolutions-L1', reason: NAG_REASONS.runtime },
      { id: 'Serverless-LambdaLatestVersion', reason: NAG_REASONS.runtime },
    );
    if (!traced) {
      Validations.of(this.function).acknowledge({
        id: 'Serverless-LambdaTracing',
        reason: NAG_REASONS.noTracingInChina,
      });
    } else {
      // Tracing adds the X-Ray statement to the role's default policy.
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: NAG_REASONS.xray,
      });
    }
  }

  /** Adds statements to the function's own role. */
  allow(...statements: readonly PolicyStatement[]): void {
    for (const statement of statements) this.role.addToPrincipalPolicy(statement);
    acknowledgeObjectPrefixes(this.role, statements);
  }
}

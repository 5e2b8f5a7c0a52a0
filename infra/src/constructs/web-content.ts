import type { WebConfig } from '@ogi/schema';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { keptLogGroup } from './kept-log-group.js';
import { acknowledgeObjectPrefixes } from './nag-acknowledgements.js';

export interface WebContentProps {
  /** The web bucket. */
  readonly bucket: IBucket;
  /** The app's build folder (`apps/web/dist`). */
  readonly buildDir: string;
  /** `/config.json`, deploy-time values allowed. */
  readonly config: WebConfig;
  /** Whose cache forgets `index.html` and `/config.json` on each deploy. */
  readonly distribution: IDistribution;
}

const ONE_YEAR = Duration.days(365);

/**
 * Where in the web bucket the app lives (CloudFront's origin path): a key
 * prefix, so the copy's role can name the app's files and nothing else.
 */
export const WEB_APP_PREFIX = 'app';

/**
 * The built web app and its `/config.json` in the web bucket, copied by
 * CDK's deployment function on each deploy: the hashed assets first, cached
 * for a year and kept across deploys (a page loaded before still finds
 * them), then `index.html` and `/config.json`, revalidated on every load.
 * The function runs as a role of exactly the actions the copy takes, not
 * CDK's default grants with their wildcards.
 */
export class WebContent extends Construct {
  readonly role: Role;

  constructor(scope: Construct, id: string, props: WebContentProps) {
    super(scope, id);
    const build = new Asset(this, 'Build', { path: props.buildDir });
    const logGroup = keptLogGroup(this, 'Logs');
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'ogi: copies the built web app and its config.json to the web bucket',
    });
    const appFiles = props.bucket.arnForObjects(`${WEB_APP_PREFIX}/*`);
    const statements = [
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [props.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${WEB_APP_PREFIX}/*`] } },
      }),
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [appFiles],
      }),
      new PolicyStatement({
        actions: ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'],
        resources: [props.distribution.distributionArn],
      }),
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    ];
    for (const statement of statements) this.role.addToPolicy(statement);
    // CDK's own grants would add wildcard actions: the role above is complete.
    const role = this.role.withoutPolicyUpdates();

    const assets = new BucketDeployment(this, 'Assets', {
      destinationBucket: props.bucket,
      sources: [Source.bucket(build.bucket, build.s3ObjectKey)],
      destinationKeyPrefix: `${WEB_APP_PREFIX}/`,
      exclude: ['*'],
      include: ['assets/*'],
      prune: false,
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(ONE_YEAR),
        CacheControl.immutable(),
      ],
      role,
      logGroup,
    });
    const pages = new BucketDeployment(this, 'Pages', {
      destinationBucket: props.bucket,
      sources: [
        Source.bucket(build.bucket, build.s3ObjectKey),
        Source.jsonData('config.json', props.config),
      ],
      destinationKeyPrefix: `${WEB_APP_PREFIX}/`,
      exclude: ['assets/*'],
      cacheControl: [CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/index.html', '/config.json', '/'],
      role,
      logGroup,
    });
    // Exactly the sources' objects of CDK's asset bucket, whose keys are hashes.
    const sources = [build, ...pages.node.findAll().filter((child) => child instanceof Asset)];
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [...new Set(sources)].map((asset) =>
          asset.bucket.arnForObjects(asset.s3ObjectKey),
        ),
      }),
    );
    acknowledgeObjectPrefixes(this.role, statements);
    // The role's policy before either copy runs; the pages after their assets.
    assets.node.addDependency(this.role);
    pages.node.addDependency(this.role, assets);
    this.acknowledgeHandler();
  }

  /** CDK's deployment function runs only while the stack deploys; it serves no request. */
  private acknowledgeHandler(): void {
    const stack = Stack.of(this);
    // CDK makes the function once per stack, beside the deployments' scopes.
    const handler = stack.node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (!handler) return;
    for (const id of [
      'AwsSolutions-L1',
      'Serverless-LambdaTracing',
      'Serverless-LambdaLatestVersion',
      'Serverless-LambdaDLQ',
    ]) {
      Validations.of(handler).acknowledge({
        id,
        reason:
          "CDK's BucketDeployment function, with the runtime CDK pins: it runs only while the stack deploys and serves no request",
      });
    }
  }
}

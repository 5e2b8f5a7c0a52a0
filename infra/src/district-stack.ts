import { webContentSecurityPolicy } from '@ogi/http';
import {
  type DistrictConfig,
  type DistrictDeployment,
  partitionOf,
  webDistrictOf,
} from '@ogi/schema';
import { CfnOutput, Duration, Lazy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { pathTemplatesPattern, queryCodeRoutes } from './api-paths.js';
import { Api } from './constructs/api.js';
import { ApiFirewall } from './constructs/api-firewall.js';
import { DataStore } from './constructs/data-store.js';
import { Handlers } from './constructs/handlers.js';
import { Mail } from './constructs/mail.js';
import { Operations } from './constructs/operations.js';
import { StaffSignIn } from './constructs/sign-in.js';
import { Storage } from './constructs/storage.js';
import { WebSite } from './constructs/web-site.js';
import { webBuildDir } from './web-build.js';

/** A district's config with the deployment section the stack needs. */
export type DeployableDistrict = DistrictConfig & { readonly deployment: DistrictDeployment };

export interface DistrictStackProps extends StackProps {
  readonly district: DeployableDistrict;
}

/** The CloudFormation stack name of a district: `ogi-<id>`. */
export function stackNameOf(districtId: string): string {
  return `ogi-${districtId}`;
}

/** The web app's origin when the district names its domain (else CloudFront's, known at deploy). */
function webOriginsOf(district: DeployableDistrict): string[] {
  const domain = district.deployment.webDomain;
  return domain ? [`https://${domain}`] : [];
}

/**
 * One district's own copy of ogi: its table, buckets, functions, schedule,
 * mail, API and web app. Nothing in it is shared with another district's
 * stack.
 */
export class DistrictStack extends Stack {
  readonly district: DeployableDistrict;
  readonly data: DataStore;
  readonly storage: Storage;
  /** The operations topic (alarms; add yours with `operations.alarm`) and the dead-letter queue. */
  readonly operations: Operations;
  readonly mail: Mail;
  readonly handlers: Handlers;
  readonly signIn: StaffSignIn;
  readonly api: Api;
  readonly web: WebSite;

  constructor(scope: Construct, id: string, props: DistrictStackProps) {
    super(scope, id, props);
    this.district = props.district;
    const { deployment } = props.district;
    const partition = partitionOf(deployment.region);
    Tags.of(this).add('ogi:district', props.district.id);
    // Without a web domain, the page's origin is CloudFront's, known once the
    // distribution below exists; every use of it is resolved at synth.
    const [configuredOrigin] = webOriginsOf(props.district);
    const webOrigin = configuredOrigin ?? Lazy.string({ produce: () => this.web.origin });

    this.data = new DataStore(this, 'Data');
    this.storage = new Storage(this, 'Storage', { key: this.data.key, webOrigins: [webOrigin] });
    this.operations = new Operations(this, 'Operations', {
      alarmEmail: props.district.deployment.alarmEmail,
    });
    this.mail = new Mail(this, 'Mail', { email: props.district.email, key: this.data.key });
    this.handlers = new Handlers(this, 'Handlers', {
      district: props.district,
      table: this.data.table,
      dataKey: this.data.key,
      attachments: this.storage.attachments,
      reports: this.storage.reports,
      mail: this.mail,
      operations: this.operations,
      webOrigins: [webOrigin],
    });
    this.signIn = new StaffSignIn(this, 'SignIn', { signIn: deployment.signIn, webOrigin });
    // The staff handlers verify the tokens of the issuer the web app signs in with.
    const { issuer, clientId, roleClaim } = this.signIn.webSignIn;
    this.handlers.useStaffSignIn({ issuer, clientId, ...(roleClaim ? { roleClaim } : {}) });
    this.api = new Api(this, 'Api', {
      routes: this.handlers.routes,
      webOrigin,
      ...(this.signIn.userPool ? { staffUserPool: this.signIn.userPool } : {}),
      // AWS China offers no X-Ray integration for Lambda: a stage trace alone says little.
      tracing: partition === 'aws',
    });
    this.operations.alarm(
      'ServerErrors',
      {
        metric: this.api.restApi.metricServerError({
          period: Duration.minutes(5),
          statistic: 'Sum',
        }),
        description:
          'The API answered 5xx: a handler failed or timed out, or API Gateway could not call it',
      },
      this.api,
    );
    new ApiFirewall(this, 'ApiFirewall', {
      stageArn: this.api.stageArn,
      queryCodePathPattern: pathTemplatesPattern(
        queryCodeRoutes(this.handlers.routes.map(({ route }) => route)).map(({ path }) => path),
      ),
    });
    this.web = new WebSite(this, 'Web', {
      bucket: this.storage.web,
      logBucket: this.storage.accessLogs,
      ...(deployment.webDomain && deployment.webCertificate
        ? { domain: { name: deployment.webDomain, certificate: deployment.webCertificate } }
        : {}),
      buildDir: webBuildDir(),
      config: {
        district: webDistrictOf(props.district),
        apiOrigin: this.api.origin,
        signIn: this.signIn.webSignIn,
      },
      contentSecurityPolicy: webContentSecurityPolicy(
        [
          this.api.origin,
          // Presigned uploads go straight to the bucket's regional endpoint. On
          // CloudFront's own domain the bucket's CORS names the distribution,
          // which cannot name the bucket back: any bucket of the region then.
          configuredOrigin
            ? `https://${this.storage.attachments.bucketRegionalDomainName}`
            : `https://*.s3.${this.region}.${this.urlSuffix}`,
          ...this.signIn.connectOrigins,
        ],
        { upgradeInsecureRequests: true },
      ),
      edge: partition === 'aws-cn' ? 'china' : 'global',
    });

    new CfnOutput(this, 'ApiUrl', {
      description: 'Where the API answers: the routes start here',
      value: this.api.url,
    });
    if (this.signIn.userPool) {
      new CfnOutput(this, 'StaffUserPoolId', {
        description: 'The user pool staff sign in with: add them with admin-create-user',
        value: this.signIn.userPool.userPoolId,
      });
    }
    new CfnOutput(this, 'WebUrl', {
      description: 'The web app of applicants and staff',
      value: `${this.web.origin}/`,
    });
    const stored = {
      TableName: [
        'The table of requests, letters, reports and counters',
        this.data.table.tableName,
      ],
      AttachmentsBucketName: [
        "Applicants' files and the letters issued",
        this.storage.attachments.bucketName,
      ],
      ReportsBucketName: ['The published annual reports', this.storage.reports.bucketName],
      WebBucketName: ['The built web app, under app/', this.storage.web.bucketName],
    } as const;
    for (const [id, [description, value]] of Object.entries(stored)) {
      new CfnOutput(this, id, { description, value });
    }
  }
}

import { type DistrictConfig, type DistrictDeployment, partitionOf } from '@ogi/schema';
import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { pathTemplatesPattern, queryCodeRoutes } from './api-paths.js';
import { Api } from './constructs/api.js';
import { ApiFirewall } from './constructs/api-firewall.js';
import { DataStore } from './constructs/data-store.js';
import { Handlers } from './constructs/handlers.js';
import { StaffSignIn } from './constructs/sign-in.js';
import { Storage } from './constructs/storage.js';

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
export function webOriginsOf(district: DeployableDistrict): string[] {
  const domain = district.deployment.webDomain;
  return domain ? [`https://${domain}`] : [];
}

/**
 * One district's own copy of ogi: its table, buckets, functions, schedule
 * and mail. Nothing in it is shared with another district's stack.
 */
export class DistrictStack extends Stack {
  readonly district: DeployableDistrict;
  readonly data: DataStore;
  readonly storage: Storage;
  readonly handlers: Handlers;
  readonly signIn: StaffSignIn;
  readonly api: Api;

  constructor(scope: Construct, id: string, props: DistrictStackProps) {
    super(scope, id, props);
    this.district = props.district;
    Tags.of(this).add('ogi:district', props.district.id);
    this.data = new DataStore(this, 'Data');
    this.storage = new Storage(this, 'Storage', {
      key: this.data.key,
      webOrigins: webOriginsOf(props.district),
    });
    this.handlers = new Handlers(this, 'Handlers', {
      district: props.district,
      table: this.data.table,
      attachments: this.storage.attachments,
      reports: this.storage.reports,
    });
    const [webOrigin] = webOriginsOf(props.district);
    if (webOrigin === undefined) throw new Error(`district ${props.district.id}: no web origin`);
    this.signIn = new StaffSignIn(this, 'SignIn', {
      signIn: props.district.deployment.signIn,
      webOrigin,
    });
    this.api = new Api(this, 'Api', {
      routes: this.handlers.routes,
      webOrigin,
      ...(this.signIn.userPool ? { staffUserPool: this.signIn.userPool } : {}),
      // AWS China offers no X-Ray integration for Lambda: a stage trace alone says little.
      tracing: partitionOf(this.district.deployment.region) === 'aws',
    });
    new ApiFirewall(this, 'ApiFirewall', {
      stageArn: this.api.stageArn,
      queryCodePathPattern: pathTemplatesPattern(
        queryCodeRoutes(this.handlers.routes.map(({ route }) => route)).map(({ path }) => path),
      ),
    });
    new CfnOutput(this, 'ApiUrl', {
      description: 'Where the API answers: the routes start here',
      value: this.api.url,
    });
  }
}

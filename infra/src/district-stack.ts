import type { DistrictConfig, DistrictDeployment } from '@ogi/schema';
import { Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { DataStore } from './constructs/data-store.js';
import { Handlers } from './constructs/handlers.js';
import { Mail } from './constructs/mail.js';
import { Operations } from './constructs/operations.js';
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
  /** The operations topic (alarms; add yours with `operations.alarm`) and the dead-letter queue. */
  readonly operations: Operations;
  readonly mail: Mail;
  readonly handlers: Handlers;

  constructor(scope: Construct, id: string, props: DistrictStackProps) {
    super(scope, id, props);
    this.district = props.district;
    Tags.of(this).add('ogi:district', props.district.id);
    this.data = new DataStore(this, 'Data');
    this.storage = new Storage(this, 'Storage', {
      key: this.data.key,
      webOrigins: webOriginsOf(props.district),
    });
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
      webOrigins: webOriginsOf(props.district),
    });
    const { signIn } = props.district.deployment;
    if (signIn.kind === 'oidc') {
      this.handlers.useStaffSignIn({
        issuer: signIn.issuer,
        clientId: signIn.clientId,
        ...(signIn.roleClaim ? { roleClaim: signIn.roleClaim } : {}),
      });
    }
  }
}

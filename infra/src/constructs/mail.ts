import { SMTP_PASSWORD_SECRET } from '@ogi/deadlines';
import type { DistrictEmail } from '@ogi/schema';
import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailProps {
  /** The district's mail settings; none: nothing is ever sent. */
  readonly email: DistrictEmail | undefined;
  /** The key the SMTP password is encrypted with. */
  readonly key: IKey;
}

/**
 * The district's mail, by its config: SES, with the sender address created
 * as an identity (it must be verified before mail goes out); or the agency's
 * SMTP relay, whose password sits in a secret this stack creates with a
 * random placeholder, for the operator to set.
 */
export class Mail extends Construct {
  readonly identity?: EmailIdentity;
  readonly smtpPassword?: Secret;
  /** What a function that sends needs: SES send on the identity, or reading the password. */
  readonly sendStatements: readonly PolicyStatement[];
  /** What a function that sends reads from its environment. */
  readonly environment: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    const { email } = props;
    if (email?.transport === 'ses') {
      this.identity = new EmailIdentity(this, 'Sender', {
        identity: Identity.email(email.sender),
      });
      this.sendStatements = [
        new PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [this.identity.emailIdentityArn],
        }),
      ];
      this.environment = {};
      return;
    }
    if (email?.transport === 'smtp' && email.smtp?.passwordEnv !== undefined) {
      this.smtpPassword = new Secret(this, 'SmtpPassword', {
        description: `ogi: the password of ${email.smtp.user ?? 'the sender'} at ${email.smtp.host}`,
        encryptionKey: props.key,
        removalPolicy: RemovalPolicy.DESTROY,
      });
      Validations.of(this.smtpPassword).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          "the password belongs to the agency's own SMTP relay, which Secrets Manager cannot change: its administrator rotates it and updates this secret",
      });
      const stack = Stack.of(this);
      this.sendStatements = [
        new PolicyStatement({
          actions: ['secretsmanager:GetSecretValue'],
          resources: [this.smtpPassword.secretArn],
        }),
        new PolicyStatement({
          actions: ['kms:Decrypt'],
          resources: [props.key.keyArn],
          conditions: {
            StringEquals: {
              'kms:ViaService': `secretsmanager.${stack.region}.${stack.urlSuffix}`,
            },
          },
        }),
      ];
      // The tracker reads the secret at cold start (`withSmtpPassword` of `@ogi/deadlines`).
      this.environment = { [SMTP_PASSWORD_SECRET]: this.smtpPassword.secretArn };
      return;
    }
    this.sendStatements = [];
    this.environment = {};
  }
}

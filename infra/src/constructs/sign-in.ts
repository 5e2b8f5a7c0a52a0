import {
  DEFAULT_ROLE_CLAIM,
  type DeploymentSignIn,
  STAFF_ROLES,
  type WebSignIn,
} from '@ogi/schema';
import { Aws, Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  type CfnUserPool,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface StaffSignInProps {
  /** How the district's staff sign in: a user pool made here, or its own OIDC issuer. */
  readonly signIn: DeploymentSignIn;
  /** The web app's origin, where the sign-in page sends staff back with the code. */
  readonly webOrigin: string;
}

/** Cognito puts a member's groups in this claim of its tokens. */
const COGNITO_GROUPS_CLAIM = 'cognito:groups';

/** How long a signed-in staff member's token lasts: a working day, under the handlers' 12 hours. */
const TOKEN_LIFETIME = Duration.hours(8);

/**
 * How the district's staff sign in to the web app's console. With `cognito`,
 * a user pool of this stack: no self sign-up, a strong password and a TOTP
 * second factor required, threat protection enforced, one group per staff
 * role, and a public client (no secret) for the authorization code flow with
 * PKCE back to the web origin. With `oidc`, the district's own issuer, which
 * this stack only names. Either way the web app and the handlers read the
 * same issuer and client.
 */
export class StaffSignIn extends Construct {
  /** The user pool, when the stack makes one. */
  readonly userPool?: UserPool;
  /** `/config.json`'s `signIn`: the issuer and the web app's client. */
  readonly webSignIn: Extract<WebSignIn, { kind: 'oidc' }>;
  /** The claim of the tokens that names the staff role. */
  readonly roleClaim: string;
  /** The origins the web app's sign-in calls: the issuer's discovery, and its token endpoint. */
  readonly connectOrigins: readonly string[];

  constructor(scope: Construct, id: string, props: StaffSignInProps) {
    super(scope, id);
    if (props.signIn.kind === 'oidc') {
      const { issuer, clientId, roleClaim } = props.signIn;
      this.roleClaim = roleClaim ?? DEFAULT_ROLE_CLAIM;
      this.webSignIn = { kind: 'oidc', issuer, clientId, roleClaim: this.roleClaim };
      this.connectOrigins = [new URL(issuer).origin];
      return;
    }

    const pool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: true, mutable: true },
      },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      // Staff see applicants' personal data: a password alone is not enough.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: '政府信息公开申请办理系统账号 / Your account',
        emailBody:
          '您的账号：{username}，临时密码：{####}。首次登录时请修改密码并设置动态验证码（TOTP）。<br>Your user name is {username} and your temporary password {####}. Change it and set up a one-time code app when you first sign in.',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Pinned: a refactor must never replace the staff accounts.
    (pool.node.defaultChild as CfnUserPool).overrideLogicalId('StaffUserPool');
    for (const role of STAFF_ROLES) {
      pool.addGroup(`Group${role[0]?.toUpperCase()}${role.slice(1)}`, {
        groupName: role,
        description: `ogi staff role ${role}`,
      });
    }
    const domain = pool.addDomain('Domain', {
      // A prefix is unique in its region: the stack's name and a piece of its own id.
      cognitoDomain: {
        domainPrefix: Fn.join('-', [
          Stack.of(this).stackName,
          Fn.select(0, Fn.split('-', Fn.select(2, Fn.split('/', Aws.STACK_ID)))),
        ]),
      },
    });
    const client = pool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.EMAIL],
        // The app returns to the page it left from: `/`, or `/index.html`.
        callbackUrls: [`${props.webOrigin}/`, `${props.webOrigin}/index.html`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: TOKEN_LIFETIME,
      accessTokenValidity: TOKEN_LIFETIME,
      refreshTokenValidity: TOKEN_LIFETIME,
    });

    this.userPool = pool;
    this.roleClaim = COGNITO_GROUPS_CLAIM;
    this.webSignIn = {
      kind: 'oidc',
      issuer: `https://${pool.userPoolProviderUrl}`,
      clientId: client.userPoolClientId,
      roleClaim: this.roleClaim,
    };
    this.connectOrigins = [
      `https://cognito-idp.${Stack.of(this).region}.${Aws.URL_SUFFIX}`,
      domain.baseUrl(),
    ];
  }
}

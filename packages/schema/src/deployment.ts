import * as z from 'zod';
import { messageIssue } from './messages.js';
import { SingleLineText } from './text.js';
import { whenValid } from './when-valid.js';

/** AWS regions ogi deploys to: the global ones and the two in mainland China. */
const REGION = /^(?:cn|us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d{1,2}$/;

/** The AWS partition a region belongs to: AWS China regions are `aws-cn`. */
export function partitionOf(region: string): 'aws' | 'aws-cn' {
  return region.startsWith('cn-') ? 'aws-cn' : 'aws';
}

/**
 * How staff sign in to the district's stack: a Cognito user pool the stack
 * creates (AWS global regions only), or the district's own OIDC issuer.
 */
export const DeploymentSignIn = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cognito') }),
  z.strictObject({
    kind: z.literal('oidc'),
    /** The issuer; its `/.well-known/openid-configuration` names the endpoints and keys. */
    issuer: z.url({ protocol: /^https$/ }),
    /** The public client (no secret) the issuer registered for ogi's web app. */
    clientId: z.string().min(1).max(200),
    /** The claim that carries the staff role (clerk, head or office): `role` unless set. */
    roleClaim: z.string().min(1).max(100).optional(),
  }),
]);
export type DeploymentSignIn = z.infer<typeof DeploymentSignIn>;

/**
 * The certificate CloudFront serves `webDomain` with: an ACM certificate in
 * us-east-1 (AWS global regions; CloudFront takes ACM certificates from there
 * only), or, in AWS China, whose CloudFront has no ACM, the id of an IAM
 * server certificate uploaded under the `/cloudfront/` path.
 */
export const WebCertificate = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('acm'),
    arn: z.string().regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/),
  }),
  z.strictObject({
    kind: z.literal('iam'),
    /** e.g. `ASCACKCEVSQ6C2EXAMPLE` (`aws iam list-server-certificates`), not its ARN. */
    id: z.string().regex(/^[A-Z0-9]{16,128}$/),
  }),
]);
export type WebCertificate = z.infer<typeof WebCertificate>;

/**
 * Where and how a district's AWS stack is deployed. Only the CDK app reads
 * it; the handlers never do.
 */
export const DistrictDeployment = z
  .strictObject({
    /** The 12-digit AWS account; absent, the stack deploys to the CLI's current account. */
    account: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    /** e.g. `cn-northwest-1` (AWS China, partition `aws-cn`) or `ap-southeast-1`. */
    region: z.string().regex(REGION),
    /** The web app's host name, e.g. `ogi.dachang.gov.cn`; absent, CloudFront's own domain. */
    webDomain: z.hostname().optional(),
    /** The certificate of `webDomain`: required with it, unused without it. */
    webCertificate: WebCertificate.optional(),
    signIn: DeploymentSignIn,
    /** Where alarms (function errors, throttles, dead letters, 5xx) are mailed. */
    alarmEmail: z.email(),
    /** The operator's name for the stack's tags, e.g. 黄岛区政务服务管理办公室. */
    operator: SingleLineText(100).optional(),
  })
  .superRefine(
    ({ region, signIn }, ctx) => {
      // AWS China has no Cognito user pools.
      if (partitionOf(region) === 'aws-cn' && signIn.kind === 'cognito') {
        ctx.addIssue({
          code: 'custom',
          path: ['signIn', 'kind'],
          ...messageIssue('cognitoNotInChina'),
        });
      }
    },
    { when: whenValid(['region'], ['signIn']) },
  )
  .superRefine(
    ({ region, webDomain, webCertificate }, ctx) => {
      const china = partitionOf(region) === 'aws-cn';
      // CloudFront in AWS China serves no content on its own domain (*.cloudfront.cn).
      if (china && webDomain === undefined) {
        ctx.addIssue({ code: 'custom', path: ['webDomain'], ...messageIssue('webDomainInChina') });
      }
      if (webDomain !== undefined && webCertificate === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['webCertificate'],
          ...messageIssue('webCertificateRequired'),
        });
      }
      if (webDomain === undefined && webCertificate !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['webCertificate'],
          ...messageIssue('webCertificateUnused'),
        });
      }
      if (china && webCertificate?.kind === 'acm') {
        ctx.addIssue({
          code: 'custom',
          path: ['webCertificate', 'kind'],
          ...messageIssue('acmNotInChinaCloudFront'),
        });
      }
    },
    { when: whenValid(['region'], ['webDomain'], ['webCertificate']) },
  );
export type DistrictDeployment = z.infer<typeof DistrictDeployment>;

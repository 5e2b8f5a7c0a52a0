import type { WebCertificate, WebConfig } from '@ogi/schema';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  type CfnDistribution,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { WEB_APP_PREFIX, WebContent } from './web-content.js';

/**
 * Which CloudFront the stack's partition has: the global one, or AWS
 * China's, which takes no cache policy (CachePolicyId "can't be set for this
 * region") and has no origin access control resource, so it gets the legacy
 * cache settings and an origin access identity instead.
 */
export type EdgeKind = 'global' | 'china';

export interface WebSiteProps {
  /** The private bucket the built app is deployed to. */
  readonly bucket: IBucket;
  /** Where CloudFront writes its access logs. */
  readonly logBucket: IBucket;
  /** The web domain and its certificate; absent, CloudFront's own domain. */
  readonly domain?: { readonly name: string; readonly certificate: WebCertificate };
  /** The app's build folder (`apps/web/dist`). */
  readonly buildDir: string;
  /** `/config.json`, deploy-time values allowed. */
  readonly config: WebConfig;
  /** The page's Content-Security-Policy. */
  readonly contentSecurityPolicy: string;
  readonly edge: EdgeKind;
}

/**
 * The web app: the bucket behind CloudFront (HTTPS only, the bucket reached
 * only through the distribution), every answer with the security headers
 * (HSTS, nosniff, no framing, no referrer, the strict CSP), and the build
 * with its `/config.json` deployed to the bucket (`WebContent`).
 */
export class WebSite extends Construct {
  readonly distribution: Distribution;
  /** `https://<web domain>`, or CloudFront's domain without one. */
  readonly origin: string;
  readonly content: WebContent;

  constructor(scope: Construct, id: string, props: WebSiteProps) {
    super(scope, id);
    const china = props.edge === 'china';
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'ogi web app: HSTS, nosniff, no framing, no referrer, strict CSP',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        contentSecurityPolicy: {
          contentSecurityPolicy: props.contentSecurityPolicy,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=()',
            override: true,
          },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });
    const certificate = props.domain?.certificate;
    const originPath = `/${WEB_APP_PREFIX}`;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `ogi web app of ${Stack.of(this).stackName}`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: china
          ? S3BucketOrigin.withOriginAccessIdentity(props.bucket, { originPath })
          : S3BucketOrigin.withOriginAccessControl(props.bucket, { originPath }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      httpVersion: HttpVersion.HTTP2,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'cloudfront/',
      ...(props.domain && certificate?.kind === 'acm'
        ? {
            domainNames: [props.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', certificate.arn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    const cfn = this.distribution.node.defaultChild as CfnDistribution;
    if (china) {
      cfn.addPropertyDeletionOverride('DistributionConfig.DefaultCacheBehavior.CachePolicyId');
      cfn.addPropertyOverride('DistributionConfig.DefaultCacheBehavior.ForwardedValues', {
        QueryString: false,
        Cookies: { Forward: 'none' },
      });
    }
    if (props.domain && certificate?.kind === 'iam') {
      // The L2 distribution takes ACM certificates only.
      cfn.addPropertyOverride('DistributionConfig.Aliases', [props.domain.name]);
      cfn.addPropertyOverride('DistributionConfig.ViewerCertificate', {
        IamCertificateId: certificate.id,
        SslSupportMethod: 'sni-only',
        MinimumProtocolVersion: 'TLSv1.2_2021',
      });
    }
    this.origin = props.domain
      ? `https://${props.domain.name}`
      : `https://${this.distribution.distributionDomainName}`;
    this.content = new WebContent(this, 'Content', {
      bucket: props.bucket,
      buildDir: props.buildDir,
      config: props.config,
      distribution: this.distribution,
    });
    this.acknowledge(props);
  }

  private acknowledge(props: WebSiteProps): void {
    const distribution = (id: string, reason: string) =>
      Validations.of(this.distribution).acknowledge({ id, reason });
    distribution(
      'AwsSolutions-CFR1',
      'Applicants may file from anywhere (条例 Art. 27 names no place); the API applies its own rate limits',
    );
    distribution(
      'AwsSolutions-CFR2',
      'Static files only; a CloudFront web ACL lives in us-east-1, another stack. The API, where requests are judged, has its own regional web ACL',
    );
    if (!props.domain) {
      distribution(
        'AwsSolutions-CFR4',
        'Without a web domain CloudFront serves its own certificate, whose policy it sets; give deployment.webDomain and webCertificate for TLS 1.2 at least',
      );
    } else if (props.domain.certificate.kind === 'iam') {
      distribution(
        'AwsSolutions-CFR4',
        'The IAM certificate is set by an override (the L2 distribution takes ACM only), with SNI and TLSv1.2_2021, which cdk-nag does not read',
      );
    }
    if (props.edge === 'china') {
      distribution(
        'AwsSolutions-CFR7',
        "AWS China's CloudFront has no origin access control: an origin access identity keeps the bucket private instead",
      );
    }
  }
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WebConfig, webDistrictOf } from '@ogi/schema';
import { App, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { describe, expect, it } from 'vitest';
import { buildApp, DistrictStack } from '../src/index.js';
import {
  districtOf,
  type SynthesisedDistrict,
  shippedDistricts,
} from './support/district-stacks.js';
import { nagFindingsUnder } from './support/nag.js';
import { restApiMethods } from './support/rest-api.js';
import { readZip } from './support/zip.js';

const districts = shippedDistricts();
const dachang = districtOf(districts, 'dachang');
const zhangzheng = districtOf(districts, 'zhangzheng');
const WEB_ORIGIN = 'https://ogi.dachang.example.gov.cn';
const { region } = dachang.stack;

type Json = Record<string, unknown>;

function only(district: SynthesisedDistrict, type: string): Json {
  const found = Object.values(district.template.findResources(type));
  if (found.length !== 1) throw new Error(`${found.length} resources of type ${type}`);
  return found[0]?.Properties as Json;
}

function distributionConfig(district: SynthesisedDistrict): Json {
  return only(district, 'AWS::CloudFront::Distribution').DistributionConfig as Json;
}

function securityHeaders(district: SynthesisedDistrict): Json {
  const policy = only(district, 'AWS::CloudFront::ResponseHeadersPolicy');
  return (policy.ResponseHeadersPolicyConfig as Json).SecurityHeadersConfig as Json;
}

/** The directives of the web app's CSP, its deploy-time values as CloudFormation gives them. */
function cspDirectives(district: SynthesisedDistrict): Map<string, string> {
  const csp = (securityHeaders(district).ContentSecurityPolicy as Json).ContentSecurityPolicy;
  // A literal, or the parts of an Fn::Join of the deploy-time values.
  const text = JSON.stringify(csp).replace(/^"|^\{"Fn::Join":\["",\["/, '');
  return new Map(
    text
      .split(';')
      .map((directive) => directive.trim())
      .map((directive) => [directive.split(' ')[0] ?? '', directive]),
  );
}

/**
 * The `/config.json` a district's stack deploys, read from the synthesised
 * asset, each deploy-time value replaced by `x<n>`; and what each stands for.
 */
function deployedConfig({ stack, template }: SynthesisedDistrict): {
  config: unknown;
  markers: Json;
} {
  const assembly = App.of(stack)?.outdir ?? '';
  const pages = stack.web.content.node.findChild('Pages');
  const [deployment] = Object.values(
    template.findResources('Custom::CDKBucketDeployment', {
      Properties: { Exclude: ['assets/*'] },
    }),
  );
  const markers = ((deployment?.Properties.SourceMarkers ?? []) as Json[]).find(
    (candidate) => Object.keys(candidate).length > 0,
  );
  for (const asset of pages.node.findAll().filter((child) => child instanceof Asset)) {
    // CDK stages a folder as it is, or a generated one as the zip it uploads.
    const staged = join(assembly, asset.assetPath);
    const file = statSync(staged).isDirectory()
      ? join(staged, 'config.json')
      : readZip(staged).get('config.json');
    if (file === undefined || (typeof file === 'string' && !existsSync(file))) continue;
    const text = typeof file === 'string' ? readFileSync(file, 'utf8') : file.toString('utf8');
    return {
      config: JSON.parse(text.replace(/<<marker:0xbaba:(\d+)>>/g, 'x$1')),
      markers: markers ?? {},
    };
  }
  throw new Error('no config.json among the deployed pages');
}

describe('District stack: the web app behind CloudFront', () => {
  it('reaches the web bucket only through CloudFront, with origin access control', () => {
    // Prepare
    const [origin] = distributionConfig(dachang).Origins as Json[];
    const [controlId] = Object.keys(
      dachang.template.findResources('AWS::CloudFront::OriginAccessControl'),
    );

    // Assess
    dachang.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      }),
    });
    expect(origin).toMatchObject({
      DomainName: { 'Fn::GetAtt': ['WebBucket', 'RegionalDomainName'] },
      OriginAccessControlId: { 'Fn::GetAtt': [controlId, 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
    dachang.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: 'WebBucket' },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('redirects HTTP to HTTPS and serves the web domain with its ACM certificate, TLS 1.2 up', () => {
    // Prepare
    const config = distributionConfig(dachang);

    // Assess
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
    });
    expect(config.Aliases).toEqual(['ogi.dachang.example.gov.cn']);
    expect(config.ViewerCertificate).toEqual({
      AcmCertificateArn:
        'arn:aws:acm:us-east-1:111122223333:certificate/0b1e2c3d-4f5a-6b7c-8d9e-0f1a2b3c4d5e',
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.Logging).toMatchObject({ Prefix: 'cloudfront/' });
  });

  it('adds HSTS, nosniff, frame denial and no referrer to every answer, overriding the origin', () => {
    // Prepare
    const headers = securityHeaders(dachang);

    // Assess
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
    });
    expect((headers.StrictTransportSecurity as Json).Override).toBe(true);
    const [behavior] = [distributionConfig(dachang).DefaultCacheBehavior as Json];
    const [policyId] = Object.keys(
      dachang.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
    );
    expect(behavior?.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it('sends a strict CSP letting the page call only its API, the attachments bucket and sign-in', () => {
    // Prepare
    const csp = cspDirectives(dachang);
    const connect = csp.get('connect-src') ?? '';

    // Assess
    expect(csp.get('default-src')).toBe("default-src 'self'");
    expect(csp.get('script-src')).toBe("script-src 'self'");
    expect(csp.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(csp.get('object-src')).toBe("object-src 'none'");
    expect(connect).toContain(`.execute-api.${region}.`);
    expect(connect).toContain('{"Fn::GetAtt":["AttachmentsBucket","RegionalDomainName"]}');
    expect(connect).toContain(`https://cognito-idp.${region}.`);
    expect(connect).toContain(`.auth.${region}.amazoncognito.com`);
    expect(JSON.stringify([...csp.values()])).not.toMatch(/unsafe-|\*/);
  });

  it('writes /config.json as WebConfig: the district, the API origin and the user pool', () => {
    // Act
    const { config, markers } = deployedConfig(dachang);

    // Assess
    const parsed = WebConfig.parse(config);
    expect(parsed.district).toEqual(webDistrictOf(dachang.stack.district));
    expect(parsed.apiOrigin).toMatch(new RegExp(`^https://x\\d\\.execute-api\\.${region}\\.x\\d$`));
    expect(parsed.signIn).toMatchObject({ kind: 'oidc', roleClaim: 'cognito:groups' });
    const [apiId] = Object.keys(dachang.template.findResources('AWS::ApiGateway::RestApi'));
    const [clientId] = Object.keys(dachang.template.findResources('AWS::Cognito::UserPoolClient'));
    expect(Object.values(markers)).toEqual(
      expect.arrayContaining([
        { Ref: apiId },
        { Ref: clientId },
        { 'Fn::GetAtt': ['StaffUserPool', 'ProviderURL'] },
      ]),
    );
  });

  it('deploys the hashed assets, cached a year, before the pages, revalidated on every load', () => {
    // Prepare
    const deployments = dachang.template.findResources('Custom::CDKBucketDeployment');
    const [assetsId, assets] =
      Object.entries(deployments).find(([, d]) => d.Properties.Prune === false) ?? [];
    const [, pages] = Object.entries(deployments).find(([, d]) => d.Properties.Prune) ?? [];

    // Assess
    expect(assets?.Properties).toMatchObject({
      Include: ['assets/*'],
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    expect(pages?.Properties).toMatchObject({
      Exclude: ['assets/*'],
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionPaths: expect.arrayContaining(['/index.html', '/config.json']),
    });
    expect(pages?.DependsOn).toEqual(expect.arrayContaining([assetsId]));
  });

  it('copies the app under its key prefix, with a role that may write nothing else', () => {
    // Prepare
    const [origin] = distributionConfig(dachang).Origins as Json[];
    const deployments = Object.values(
      dachang.template.findResources('Custom::CDKBucketDeployment'),
    );
    const roleId = dachang.stack.getLogicalId(
      dachang.stack.web.content.role.node.defaultChild as CfnElement,
    );
    const statements = Object.values(dachang.template.findResources('AWS::IAM::Policy'))
      .filter((policy) =>
        (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleId),
      )
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Json[]);
    const writes = statements.find((statement) =>
      JSON.stringify(statement.Action).includes('s3:PutObject'),
    );

    // Assess
    expect(origin?.OriginPath).toBe('/app');
    for (const deployment of deployments) {
      expect(deployment.Properties.DestinationBucketKeyPrefix).toBe('app/');
    }
    expect(JSON.stringify(writes?.Resource)).toMatch(/"WebBucket","Arn"\]\},"\/app\/\*"/);
    expect(JSON.stringify(statements.map((statement) => statement.Action))).not.toContain('*');
    expect(statements.filter((statement) => statement.Resource === '*')).toEqual([]);
  });

  it('lets browsers upload to, and staff read from, the attachments bucket from the web origin only', () => {
    // Prepare
    const bucket = dachang.template.toJSON().Resources.AttachmentsBucket.Properties;

    // Assess
    expect(bucket.CorsConfiguration.CorsRules).toEqual([
      expect.objectContaining({ AllowedOrigins: [WEB_ORIGIN], AllowedMethods: ['POST', 'GET'] }),
    ]);
  });

  it('outputs the web URL, the API URL, the table and the buckets', () => {
    // Prepare
    const outputs = dachang.template.toJSON().Outputs;

    // Assess
    expect(outputs.WebUrl.Value).toBe(`${WEB_ORIGIN}/`);
    expect(JSON.stringify(outputs.ApiUrl.Value)).toContain('execute-api');
    expect(outputs.TableName.Value).toEqual({ Ref: 'RequestsTable' });
    expect(outputs.AttachmentsBucketName.Value).toEqual({ Ref: 'AttachmentsBucket' });
    expect(outputs.ReportsBucketName.Value).toEqual({ Ref: 'ReportsBucket' });
    expect(outputs.WebBucketName.Value).toEqual({ Ref: 'WebBucket' });
  });

  it('reports no cdk-nag finding on the web app that is not acknowledged', () => {
    // Act
    const findings = nagFindingsUnder(
      [...districts.values()].map(({ stack }) => stack),
      /\/(Web\/|Custom::CDKBucketDeployment)/,
    );

    // Assess
    expect(findings).toEqual([]);
  });
});

describe('District stack: the web app in AWS China', () => {
  it('serves the ICP-registered domain with its IAM certificate, TLS 1.2 up', () => {
    // Prepare
    const config = distributionConfig(zhangzheng);

    // Assess
    expect(config.Aliases).toEqual(['ogi.zhangzheng.example.gov.cn']);
    expect(config.ViewerCertificate).toEqual({
      IamCertificateId: 'ASCAZHANGZHENGEXAMPLE1',
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
    expect(zhangzheng.template.toJSON().Outputs.WebUrl.Value).toBe(
      'https://ogi.zhangzheng.example.gov.cn/',
    );
  });

  it("keeps the bucket private with an origin access identity and legacy cache settings, as China's CloudFront needs", () => {
    // Prepare
    const config = distributionConfig(zhangzheng);
    const [origin] = config.Origins as Json[];

    // Assess
    expect(zhangzheng.template.findResources('AWS::CloudFront::OriginAccessControl')).toEqual({});
    expect(JSON.stringify(origin?.S3OriginConfig)).toContain('origin-access-identity/cloudfront/');
    expect(config.DefaultCacheBehavior).not.toHaveProperty('CachePolicyId');
    expect(config.DefaultCacheBehavior).toMatchObject({
      ForwardedValues: { QueryString: false },
      ViewerProtocolPolicy: 'redirect-to-https',
      ResponseHeadersPolicyId: expect.anything(),
    });
  });

  it("writes /config.json naming the district's own issuer and client", () => {
    // Act
    const { config } = deployedConfig(zhangzheng);

    // Assess
    expect(WebConfig.parse(config).signIn).toEqual({
      kind: 'oidc',
      issuer: 'https://id.zhangzheng.example.gov.cn',
      clientId: 'ogi-web',
      roleClaim: 'ogi_role',
    });
    expect(cspDirectives(zhangzheng).get('connect-src')).toContain(
      'https://id.zhangzheng.example.gov.cn',
    );
  });

  it('names no ARN of the global partition anywhere in the stack', () => {
    // Assess
    expect(JSON.stringify(zhangzheng.template.toJSON())).not.toContain('arn:aws:');
  });
});

describe('District stack: the web app without a web domain', () => {
  const {
    webDomain: _domain,
    webCertificate: _certificate,
    ...deployment
  } = dachang.stack.district.deployment;
  const app = buildApp([{ ...dachang.stack.district, id: 'nodomain', deployment }]);
  const stack = app.node.children.find((child) => child instanceof DistrictStack);
  if (!stack) throw new Error('no stack built');
  const template = Template.fromStack(stack);
  const [distributionId] = Object.keys(template.findResources('AWS::CloudFront::Distribution'));
  const cloudFrontOrigin = {
    'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]],
  };

  it("serves the app on CloudFront's own domain and certificate", () => {
    // Assess
    const config = distributionConfig({ stack, template });
    expect(config.Aliases).toBeUndefined();
    expect(config.ViewerCertificate).toBeUndefined();
    expect(template.toJSON().Outputs.WebUrl.Value).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/']],
    });
  });

  it("lets the page upload to the region's buckets, since the bucket cannot name CloudFront back", () => {
    // Prepare
    const connect = cspDirectives({ stack, template }).get('connect-src') ?? '';

    // Assess
    expect(connect).toContain(`https://*.s3.${region}.`);
    expect(connect).not.toContain('AttachmentsBucket');
  });

  it("gives CloudFront's origin to CORS, the handlers, the uploads and the sign-in callback", () => {
    // Prepare
    const preflight = restApiMethods(template).find((method) => method.httpMethod === 'OPTIONS');
    const integration = preflight?.properties.Integration as {
      IntegrationResponses: { ResponseParameters: Record<string, unknown> }[];
    };
    const resources = template.toJSON().Resources;
    const [fn] = stack.handlers.routes;

    // Assess
    expect(
      integration.IntegrationResponses[0]?.ResponseParameters[
        'method.response.header.Access-Control-Allow-Origin'
      ],
    ).toEqual({
      'Fn::Join': ['', ["'https://", { 'Fn::GetAtt': [distributionId, 'DomainName'] }, "'"]],
    });
    expect(
      resources[stack.getLogicalId(fn?.fn.node.defaultChild as CfnElement)].Properties.Environment
        .Variables.OGI_WEB_ORIGINS,
    ).toEqual(cloudFrontOrigin);
    expect(
      resources.AttachmentsBucket.Properties.CorsConfiguration.CorsRules[0].AllowedOrigins,
    ).toEqual([cloudFrontOrigin]);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: Match.arrayWith([
        { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/']] },
      ]),
    });
  });
});

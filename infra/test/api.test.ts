import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { pathParametersOf, resourcePathOf } from '../src/api-paths.js';
import { apiRoutes } from '../src/index.js';
import { districtOf, shippedDistricts } from './support/district-stacks.js';
import { nagFindingsUnder } from './support/nag.js';
import { restApiMethods } from './support/rest-api.js';

const districts = shippedDistricts();
const dachang = districtOf(districts, 'dachang');
const zhangzheng = districtOf(districts, 'zhangzheng');
const WEB_ORIGIN = 'https://ogi.dachang.example.gov.cn';

/** A request path for a route template: each parameter a plausible value. */
function samplePath(template: string): string {
  return template.replace(/\{[^}]+\}/g, '20260001');
}

function queryCodePattern(template: typeof dachang.template): RegExp {
  const [acl] = Object.values(template.findResources('AWS::WAFv2::WebACL'));
  const rules = acl?.Properties.Rules as {
    Name: string;
    Statement: { RateBasedStatement: { ScopeDownStatement: Record<string, unknown> } };
  }[];
  const rule = rules.find((candidate) => candidate.Name === 'QueryCodeRate');
  const scope = rule?.Statement.RateBasedStatement.ScopeDownStatement as {
    RegexMatchStatement: { RegexString: string };
  };
  return new RegExp(scope.RegexMatchStatement.RegexString);
}

describe('District stack: the REST API', () => {
  it('puts every route of the apps on the API as a Lambda proxy, with its path parameters', () => {
    // Prepare
    const methods = restApiMethods(dachang.template).filter((m) => m.httpMethod !== 'OPTIONS');

    // Assess
    expect(methods).toHaveLength(apiRoutes().length);
    for (const route of apiRoutes()) {
      const method = methods.find(
        (m) => m.httpMethod === route.method && m.path === resourcePathOf(route.path),
      );
      expect(method, `${route.method} ${route.path}`).toBeDefined();
      expect(method?.properties.Integration).toMatchObject({ Type: 'AWS_PROXY' });
      expect(Object.keys(method?.properties.RequestParameters as object).sort()).toEqual(
        pathParametersOf(route.path)
          .map((name) => `method.request.path.${name}`)
          .sort(),
      );
    }
  });

  it("serves the routes on the stage named api, so the web app's /api/… paths reach them", () => {
    // Prepare
    const url = JSON.stringify(dachang.template.toJSON().Outputs.ApiUrl.Value);

    // Assess
    dachang.template.hasResourceProperties('AWS::ApiGateway::Stage', { StageName: 'api' });
    expect(url).toMatch(/execute-api.*\/api\/"\]\]\}$/);
  });

  it('is regional, throttled, traced, and keeps its JSON access logs at least 180 days', () => {
    // Prepare
    const [stage] = Object.values(dachang.template.findResources('AWS::ApiGateway::Stage'));
    const [logsId] = (stage?.Properties.AccessLogSetting.DestinationArn['Fn::GetAtt'] ??
      []) as string[];
    const logs = dachang.template.toJSON().Resources[logsId ?? ''];

    // Assess
    dachang.template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      EndpointConfiguration: { Types: ['REGIONAL'] },
    });
    dachang.template.hasResourceProperties('AWS::ApiGateway::Stage', {
      TracingEnabled: true,
      MethodSettings: [
        Match.objectLike({
          ResourcePath: '/*',
          HttpMethod: '*',
          ThrottlingRateLimit: Match.anyValue(),
          ThrottlingBurstLimit: Match.anyValue(),
          DataTraceEnabled: false,
        }),
      ],
      AccessLogSetting: Match.objectLike({ Format: Match.stringLikeRegexp('^\\{.*"status"') }),
    });
    expect(logs?.Properties.RetentionInDays).toBeGreaterThanOrEqual(180);
  });

  it('logs the path template and never the path, so receipt numbers stay out of the logs', () => {
    // Prepare
    const [stage] = Object.values(dachang.template.findResources('AWS::ApiGateway::Stage'));
    const format = stage?.Properties.AccessLogSetting.Format as string;

    // Assess
    expect(format).toContain('$context.resourcePath');
    expect(format).not.toMatch(/\$context\.path\b/);
  });

  it('answers preflights and its own refusals for the web origin only', () => {
    // Prepare
    const preflights = restApiMethods(dachang.template).filter((m) => m.httpMethod === 'OPTIONS');
    const origins = preflights.map((preflight) => {
      const integration = preflight.properties.Integration as {
        IntegrationResponses: { ResponseParameters: Record<string, unknown> }[];
      };
      return integration.IntegrationResponses[0]?.ResponseParameters[
        'method.response.header.Access-Control-Allow-Origin'
      ];
    });
    const refusals = Object.values(
      dachang.template.findResources('AWS::ApiGateway::GatewayResponse'),
    ).map((response) => response.Properties.ResponseParameters);

    // Assess
    expect(preflights.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set([`'${WEB_ORIGIN}'`]));
    expect(refusals).toHaveLength(2);
    for (const headers of refusals) {
      expect(headers['gatewayresponse.header.Access-Control-Allow-Origin']).toBe(`'${WEB_ORIGIN}'`);
    }
    expect(JSON.stringify(dachang.template.toJSON())).not.toContain('Allow-Origin":"\'*\'');
  });

  it('has the handlers add the same one origin to their answers (OGI_WEB_ORIGINS)', () => {
    // Prepare
    const { stack, template } = dachang;
    const functions = template.toJSON().Resources;

    // Assess
    for (const { route, fn } of stack.handlers.routes) {
      const id = stack.getLogicalId(fn.node.defaultChild as CfnElement);
      expect(functions[id].Properties.Environment.Variables.OGI_WEB_ORIGINS, route.path).toBe(
        WEB_ORIGIN,
      );
    }
  });

  it('mails the operations topic at the first 5xx answer of the API', () => {
    // Prepare
    const [apiName] = Object.values(dachang.template.findResources('AWS::ApiGateway::RestApi')).map(
      (api) => api.Properties.Name,
    );
    const [topicId] = Object.keys(dachang.template.findResources('AWS::SNS::Topic'));

    // Assess
    dachang.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5XXError',
      Dimensions: [{ Name: 'ApiName', Value: apiName }],
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: topicId }],
    });
  });

  it('reports no cdk-nag finding on the API or its firewall that is not acknowledged', () => {
    // Act
    const findings = nagFindingsUnder(
      [...districts.values()].map(({ stack }) => stack),
      /\/Api(Firewall)?\//,
    );

    // Assess
    expect(findings).toEqual([]);
  });
});

describe('District stack: the web ACL', () => {
  it("associates a regional web ACL with the API's stage", () => {
    // Prepare
    const [association] = Object.values(
      dachang.template.findResources('AWS::WAFv2::WebACLAssociation'),
    );
    const [stageId] = Object.keys(dachang.template.findResources('AWS::ApiGateway::Stage'));

    // Assess
    dachang.template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
    });
    expect(JSON.stringify(association?.Properties.ResourceArn)).toContain(`"Ref":"${stageId}"`);
    expect(JSON.stringify(association?.Properties.ResourceArn)).toContain('/stages/');
  });

  it('blocks an IP address that sends too many requests to the routes taking a query code', () => {
    // Prepare
    const pattern = queryCodePattern(dachang.template);

    // Assess
    dachang.template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'QueryCodeRate',
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: Match.objectLike({ AggregateKeyType: 'IP', Limit: 100 }),
          },
        }),
      ]),
    });
    for (const route of apiRoutes()) {
      const takesCode = route.access === 'public' && route.path.includes('{receiptNo}');
      expect(pattern.test(samplePath(route.path)), `${route.method} ${route.path}`).toBe(takesCode);
    }
    expect(pattern.test('/api/requests/20260001')).toBe(true);
  });

  it('limits every IP address on the whole API too, and applies the AWS managed rule groups', () => {
    // Prepare
    const [acl] = Object.values(dachang.template.findResources('AWS::WAFv2::WebACL'));
    const rules = acl?.Properties.Rules as { Name: string; Statement: Record<string, unknown> }[];

    // Assess
    expect(rules.map((rule) => rule.Name)).toEqual([
      'QueryCodeRate',
      'GeneralRate',
      'AWSManagedRulesAmazonIpReputationList',
      'AWSManagedRulesKnownBadInputsRuleSet',
      'AWSManagedRulesCommonRuleSet',
    ]);
    expect(rules[1]?.Statement).toEqual({
      RateBasedStatement: { AggregateKeyType: 'IP', EvaluationWindowSec: 300, Limit: 1000 },
    });
  });

  it('gives the AWS China district the same web ACL, with no rule group China lacks', () => {
    // Prepare
    const groups = (template: typeof dachang.template) =>
      JSON.stringify(
        Object.values(template.findResources('AWS::WAFv2::WebACL'))[0]?.Properties.Rules,
      );

    // Assess
    expect(groups(zhangzheng.template)).toBe(groups(dachang.template));
    expect(groups(zhangzheng.template)).not.toContain('BotControl');
  });
});

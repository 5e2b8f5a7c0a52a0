import { STAFF_ROLES } from '@ogi/schema';
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { resourcePathOf } from '../src/api-paths.js';
import { apiRoutes } from '../src/index.js';
import { districtOf, shippedDistricts } from './support/district-stacks.js';
import { nagFindingsUnder } from './support/nag.js';
import { restApiMethods } from './support/rest-api.js';

const districts = shippedDistricts();
const dachang = districtOf(districts, 'dachang');
const zhangzheng = districtOf(districts, 'zhangzheng');

function authorizationOf(template: typeof dachang.template, method: string, path: string) {
  const found = restApiMethods(template).find(
    (candidate) => candidate.httpMethod === method && candidate.path === resourcePathOf(path),
  );
  if (!found) throw new Error(`no method ${method} ${path}`);
  return found.properties;
}

describe('District stack: staff sign-in with a Cognito user pool', () => {
  it("guards every staff route with the user pool's authorizer, and no public route", () => {
    // Prepare
    const [authorizerId] = Object.keys(
      dachang.template.findResources('AWS::ApiGateway::Authorizer', {
        Properties: { Type: 'COGNITO_USER_POOLS' },
      }),
    );

    // Assess
    expect(authorizerId).toBeDefined();
    for (const route of apiRoutes()) {
      const method = authorizationOf(dachang.template, route.method, route.path);
      if (route.access === 'staff') {
        expect(method, `${route.method} ${route.path}`).toMatchObject({
          AuthorizationType: 'COGNITO_USER_POOLS',
          AuthorizerId: { Ref: authorizerId },
        });
      } else {
        expect(method.AuthorizationType, `${route.method} ${route.path}`).toBe('NONE');
        expect(method.AuthorizerId).toBeUndefined();
      }
    }
  });

  it('makes an invitation-only pool with strong passwords, TOTP required and threat protection', () => {
    // Assess
    dachang.template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 14,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
      }),
    });
    expect(Object.keys(dachang.template.findResources('AWS::Cognito::UserPool'))).toEqual([
      'StaffUserPool',
    ]);
  });

  it('outputs the user pool id, which adding a staff member needs', () => {
    // Assess
    expect(dachang.template.toJSON().Outputs.StaffUserPoolId.Value).toEqual({
      Ref: 'StaffUserPool',
    });
    expect(zhangzheng.template.toJSON().Outputs.StaffUserPoolId).toBeUndefined();
  });

  it('has one group per staff role, named as the role claim reads them', () => {
    // Prepare
    const groups = Object.values(dachang.template.findResources('AWS::Cognito::UserPoolGroup'));

    // Assess
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual(
      [...STAFF_ROLES].sort(),
    );
  });

  it('gives the web app a public client for the code flow only, back to the web origin only', () => {
    // Assess
    dachang.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      CallbackURLs: [
        'https://ogi.dachang.example.gov.cn/',
        'https://ogi.dachang.example.gov.cn/index.html',
      ],
      SupportedIdentityProviders: ['COGNITO'],
      IdTokenValidity: Match.anyValue(),
    });
    const [client] = Object.values(dachang.template.findResources('AWS::Cognito::UserPoolClient'));
    // The handlers refuse a token issued for more than 12 hours.
    expect(client?.Properties.IdTokenValidity).toBeLessThanOrEqual(12 * 60);
    expect(client?.Properties.TokenValidityUnits.IdToken).toBe('minutes');
  });

  it("names the pool's issuer, the web client and cognito:groups to the web app and the staff handlers", () => {
    // Prepare
    const { stack, template } = dachang;
    const [clientId] = Object.keys(template.findResources('AWS::Cognito::UserPoolClient'));
    const functions = template.toJSON().Resources;

    // Act
    const web = stack.resolve(stack.signIn.webSignIn);

    // Assess
    expect(web).toEqual({
      kind: 'oidc',
      issuer: {
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': ['StaffUserPool', 'ProviderURL'] }]],
      },
      clientId: { Ref: clientId },
      roleClaim: 'cognito:groups',
    });
    for (const { route, fn } of stack.handlers.routes.filter((r) => r.route.access === 'staff')) {
      const id = stack.getLogicalId(fn.node.defaultChild as CfnElement);
      expect(functions[id].Properties.Environment.Variables, route.path).toMatchObject({
        OGI_STAFF_OIDC_ISSUER: web.issuer,
        OGI_STAFF_OIDC_CLIENT_ID: web.clientId,
        OGI_STAFF_OIDC_ROLE_CLAIM: 'cognito:groups',
      });
    }
  });

  it('reports no cdk-nag finding on the sign-in that is not acknowledged', () => {
    // Act
    const findings = nagFindingsUnder(
      [...districts.values()].map(({ stack }) => stack),
      /\/SignIn\//,
    );

    // Assess
    expect(findings).toEqual([]);
  });
});

describe("District stack: staff sign-in with the district's OIDC issuer (AWS China)", () => {
  it('makes no Cognito resource and no API Gateway authorizer', () => {
    // Prepare
    const types = Object.values(zhangzheng.template.toJSON().Resources).map(
      (resource) => (resource as { Type: string }).Type,
    );

    // Assess
    expect(types.filter((type) => type.startsWith('AWS::Cognito::'))).toEqual([]);
    expect(types).not.toContain('AWS::ApiGateway::Authorizer');
  });

  it("leaves every staff route to the handlers' own verification of the issuer's tokens", () => {
    // Assess
    for (const route of apiRoutes().filter((candidate) => candidate.access === 'staff')) {
      const method = authorizationOf(zhangzheng.template, route.method, route.path);
      expect(method.AuthorizationType, `${route.method} ${route.path}`).toBe('NONE');
    }
  });

  it("names the district's issuer, client and role claim for the web app", () => {
    // Assess
    expect(zhangzheng.stack.signIn.webSignIn).toEqual({
      kind: 'oidc',
      issuer: 'https://id.zhangzheng.example.gov.cn',
      clientId: 'ogi-web',
      roleClaim: 'ogi_role',
    });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DistrictConfig } from '@ogi/schema';
import { RuntimeEnvironment } from '@ogi/store';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { handlerConfigOf } from '../src/constructs/district-config-layer.js';
import { buildApp, DistrictStack } from '../src/index.js';
import { handlerFunctionsOf, resourcesOf, shipped, stackOf, templateOf } from './support/stacks.js';

/** Lambda's limit on all of a function's variables, names and values together. */
const ENVIRONMENT_LIMIT_BYTES = 4096;

const variablesOf = (template: Template) =>
  Object.entries(handlerFunctionsOf(template)).map(
    ([id, fn]) =>
      [
        id,
        (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables,
      ] as const,
  );

/**
 * A variable's value as the deployed function would see it: a stack reference
 * stands in as a name, or as an https URL when it builds one (an issuer).
 */
const deployed = (value: unknown) => {
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.includes('https://')
    ? `https://ogi-${text.length}.resolved.example`
    : `ogi-${text.length}-resolved-name`;
};

describe.each(shipped.map((district) => district.id))('Function environment of %s', (id) => {
  const template = templateOf(id);

  it('holds everything createRuntime reads, as it parses it', () => {
    // Prepare
    const configFile = handlerConfigOf(stackOf(id).district);

    // Act & Assess
    for (const [, variables] of variablesOf(template)) {
      const { OGI_DISTRICT_CONFIG_FILE, ...rest } = Object.fromEntries(
        Object.entries(variables).map(([name, value]) => [name, deployed(value)]),
      );
      expect(OGI_DISTRICT_CONFIG_FILE).toBe('/opt/ogi/district.json');
      const parsed = RuntimeEnvironment.safeParse({
        ...rest,
        OGI_DISTRICT_CONFIG: JSON.stringify(configFile),
        AWS_REGION: stackOf(id).region,
      });
      expect(parsed.error).toBeUndefined();
      expect(variables.OGI_TABLE_NAME).toEqual({ Ref: 'RequestsTable' });
      expect(variables.OGI_ATTACHMENTS_BUCKET).toEqual({ Ref: 'AttachmentsBucket' });
      expect(variables.OGI_REPORTS_BUCKET).toEqual({ Ref: 'ReportsBucket' });
    }
  });

  it('ships the district’s config in a layer every function has, without its deployment section', () => {
    // Prepare
    const stack = stackOf(id);
    const [layerId] = Object.keys(resourcesOf(template, 'AWS::Lambda::LayerVersion'));
    const layerAsset = stack.node
      .findAll()
      .find((node) => node.node.path.endsWith('DistrictConfig/Layer/Code/Stage'));
    const stagedPath = (layerAsset as unknown as { absoluteStagedPath: string }).absoluteStagedPath;

    // Act
    const file = JSON.parse(readFileSync(join(stagedPath, 'ogi', 'district.json'), 'utf8'));

    // Assess
    expect(DistrictConfig.parse(file)).toEqual(
      DistrictConfig.parse(handlerConfigOf(stack.district)),
    );
    expect(file.deployment).toBeUndefined();
    for (const fn of Object.values(handlerFunctionsOf(template))) {
      expect(fn.Properties.Layers).toEqual([{ Ref: layerId }]);
    }
  });

  it('deploys no staff token secret: staff sign in through an OIDC issuer', () => {
    // Assess
    for (const [, variables] of variablesOf(template)) {
      expect(Object.keys(variables)).not.toContain('OGI_STAFF_TOKEN_SECRET');
    }
  });
});

describe('Function environment: the staff sign-in', () => {
  const oidc = shipped.find((district) => district.deployment?.signIn.kind === 'oidc');
  if (oidc?.deployment?.signIn.kind !== 'oidc') throw new Error('an OIDC district is shipped');
  const { signIn } = oidc.deployment;
  const stack = stackOf(oidc.id);
  const template = templateOf(oidc.id);
  const variablesOfFunction = (fn: unknown) =>
    Object.fromEntries(variablesOf(template))[
      stack.getLogicalId(
        (fn as { node: { defaultChild: import('aws-cdk-lib').CfnElement } }).node.defaultChild,
      )
    ];

  it('points every staff route at the district’s issuer, client and role claim', () => {
    // Act
    const staff = stack.handlers.routes.filter(({ route }) => route.access === 'staff');

    // Assess
    expect(staff.length).toBeGreaterThan(0);
    for (const { fn } of staff) {
      expect(variablesOfFunction(fn)).toMatchObject({
        OGI_STAFF_OIDC_ISSUER: signIn.issuer,
        OGI_STAFF_OIDC_CLIENT_ID: signIn.clientId,
        OGI_STAFF_OIDC_ROLE_CLAIM: signIn.roleClaim,
      });
    }
  });

  it('gives the public routes and the tracker no sign-in settings', () => {
    // Act
    const others = [
      ...stack.handlers.routes.filter(({ route }) => route.access === 'public').map(({ fn }) => fn),
      stack.handlers.tracker,
    ];

    // Assess
    for (const fn of others) {
      expect(Object.keys(variablesOfFunction(fn) ?? {})).not.toContain('OGI_STAFF_OIDC_ISSUER');
    }
  });
});

describe('Function environment: the 4 KB limit', () => {
  it('stays under 4 KB however long the district’s config grows', () => {
    // Prepare: 300 staff addresses would take some 12 KB as a variable.
    const [base] = shipped;
    if (!base?.email) throw new Error('a district with mail settings is shipped');
    const staffAddresses = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`工作人员${i}`, `staff${i}@example.gov.cn`]),
    );
    const large = DistrictConfig.parse({
      ...base,
      id: 'large',
      email: { ...base.email, staffAddresses },
    });
    const app = buildApp([large]);
    const stack = app.node.children.find((child) => child instanceof DistrictStack);
    if (!(stack instanceof DistrictStack)) throw new Error('no stack');

    // Act
    const sizes = variablesOf(Template.fromStack(stack)).map(([, variables]) =>
      Object.entries(variables).reduce(
        (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(deployed(value)),
        0,
      ),
    );

    // Assess
    expect(JSON.stringify(handlerConfigOf(large)).length).toBeGreaterThan(ENVIRONMENT_LIMIT_BYTES);
    expect(Math.max(...sizes)).toBeLessThan(ENVIRONMENT_LIMIT_BYTES / 2);
  });
});

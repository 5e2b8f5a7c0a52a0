import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DistrictConfig } from '@ogi/schema';
import { Architecture, Code, LayerVersion, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { scratchDir } from '../handler-bundles.js';

/** Where the handlers find the district's config: the layer's file under `/opt`. */
export const DISTRICT_CONFIG_PATH = '/opt/ogi/district.json';

/** The config as the handlers read it: everything but `deployment`, which only the CDK app reads. */
export function handlerConfigOf(district: DistrictConfig): Omit<DistrictConfig, 'deployment'> {
  const { deployment: _cdkOnly, ...config } = district;
  return config;
}

/**
 * The district's config as a file in a Lambda layer every function of the
 * district has (`OGI_DISTRICT_CONFIG_FILE`). Not an environment variable: a
 * function's variables share 4 KB, and a config's staff addresses and
 * calendar overrides have no upper bound.
 */
export class DistrictConfigLayer extends Construct {
  readonly layer: LayerVersion;
  readonly environment: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: { readonly district: DistrictConfig }) {
    super(scope, id);
    const dir = join(scratchDir(), `district-${props.district.id}`);
    const file = join(dir, DISTRICT_CONFIG_PATH.replace(/^\/opt\//, ''));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${JSON.stringify(handlerConfigOf(props.district), null, 2)}\n`);
    this.layer = new LayerVersion(this, 'Layer', {
      code: Code.fromAsset(dir),
      description: `ogi: the config of district ${props.district.id}`,
      compatibleRuntimes: [Runtime.NODEJS_22_X],
      compatibleArchitectures: [Architecture.ARM_64],
    });
    this.environment = { OGI_DISTRICT_CONFIG_FILE: DISTRICT_CONFIG_PATH };
  }
}

import { InvalidDistrictConfigError, loadDistrictConfig } from '@ogi/districts';
import type { DistrictConfig } from '@ogi/schema';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { type DeployableDistrict, DistrictStack, stackNameOf } from './district-stack.js';

export interface BuildOptions {
  /** Where the templates go; `infra/cdk.out` for `pnpm synth`. */
  readonly outdir?: string;
}

/**
 * The district config the stack needs: one with a `deployment` section.
 * Throws `InvalidDistrictConfigError` naming the file and field otherwise.
 */
export function deployable(district: DistrictConfig): DeployableDistrict {
  if (!district.deployment) {
    throw new InvalidDistrictConfigError(district.id, [
      {
        path: 'deployment',
        zh: '缺少部署设置（区域、登录方式、告警邮箱），无法生成该地区的云端资源栈',
        en: 'is required to synthesise the district stack (region, sign-in, alarm e-mail)',
      },
    ]);
  }
  return district as DeployableDistrict;
}

/** The CDK app: one `DistrictStack` per district, in the district's account and region. */
export function buildApp(districts: readonly DistrictConfig[], options: BuildOptions = {}): App {
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    // Synth runs offline: no lookups, and no version reporting resources.
    analyticsReporting: false,
  });
  // Every synth is checked: a finding that is not acknowledged fails it.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  for (const config of districts) {
    const district = deployable(config);
    new DistrictStack(app, stackNameOf(district.id), {
      district,
      env: { account: district.deployment.account, region: district.deployment.region },
      description: `ogi: open government information requests of ${district.names.agency} (${district.id})`,
    });
  }
  return app;
}

/** Loads the named districts (each validated, the file and field named on failure). */
export function loadDistricts(ids: readonly string[], dir?: string): DistrictConfig[] {
  return ids.map((id) => loadDistrictConfig(id, dir));
}

import { readFileSync } from 'node:fs';

/**
 * The environment with `OGI_DISTRICT_CONFIG` read from the file
 * `OGI_DISTRICT_CONFIG_FILE` names, when it names one: in the cloud the
 * config comes as a file of a Lambda layer, because a function's environment
 * holds 4 KB in all and a config's lists have no upper bound. Unchanged
 * without the variable.
 *
 * @throws Error when both variables are set (which one holds is unclear), or
 * when the file cannot be read, naming it.
 * @example withDistrictConfigFile({ OGI_DISTRICT_CONFIG_FILE: '/opt/ogi/district.json', … })
 */
export function withDistrictConfigFile(
  environment: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const file = environment.OGI_DISTRICT_CONFIG_FILE;
  if (file === undefined || file === '') return { ...environment };
  if (environment.OGI_DISTRICT_CONFIG !== undefined) {
    throw new Error(
      'invalid handler environment: set OGI_DISTRICT_CONFIG or OGI_DISTRICT_CONFIG_FILE, not both',
    );
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `invalid handler environment: OGI_DISTRICT_CONFIG_FILE names ${file}, which cannot be read`,
      { cause: error },
    );
  }
  return { ...environment, OGI_DISTRICT_CONFIG: text };
}

/**
 * Stands in for `semver` in the handler bundles (`BUNDLE_STAND_INS`). Its one
 * importer there is the X-Ray SDK's patcher for the AWS SDK v2, whose
 * `captureAWS` checks the v2 SDK's version with `gte` and nothing else; ogi
 * traces its SDK v3 clients (`captureAWSv3Client`) only, so the check never
 * runs. Bundled, the real package is 28 KB evaluated at every traced cold
 * start for nothing.
 */
export function gte(): never {
  throw new Error(
    "semver is not in ogi's handler bundles: the X-Ray SDK's captureAWS (AWS SDK v2) cannot run here; trace SDK v3 clients with captureAWSv3Client",
  );
}

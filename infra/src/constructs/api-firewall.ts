import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface ApiFirewallProps {
  /** The ARN of the REST API stage the web ACL protects. */
  readonly stageArn: string;
  /** A regular expression of the request paths that take a query code (see `pathTemplatesPattern`). */
  readonly queryCodePathPattern: string;
  /** Requests one IP address may send to those paths in five minutes. */
  readonly queryCodeLimit?: number;
  /** Requests one IP address may send to the whole API in five minutes. */
  readonly generalLimit?: number;
}

const FIVE_MINUTES = 300;

function visibility(metricName: string): CfnWebACL.VisibilityConfigProperty {
  return { cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName };
}

function managedGroup(
  priority: number,
  name: string,
  ruleActionOverrides?: CfnWebACL.RuleActionOverrideProperty[],
): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: {
        vendorName: 'AWS',
        name,
        ...(ruleActionOverrides ? { ruleActionOverrides } : {}),
      },
    },
    visibilityConfig: visibility(name),
  };
}

/**
 * The regional AWS WAF web ACL in front of the API: a per-IP rate limit on
 * the routes that take a query code (guessing codes is the abuse the public
 * API invites), a looser one on everything, and AWS's managed rule groups
 * for known bad sources and inputs. The groups used here are offered in
 * the AWS China regions too (only Bot Control's targeted level is not, and
 * it is not used).
 */
export class ApiFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiFirewallProps) {
    super(scope, id);
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      description: 'ogi: rate limits and managed rules of the district API',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('ogi-api'),
      rules: [
        {
          name: 'QueryCodeRate',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              evaluationWindowSec: FIVE_MINUTES,
              limit: props.queryCodeLimit ?? 100,
              scopeDownStatement: {
                regexMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  regexString: props.queryCodePathPattern,
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: visibility('QueryCodeRate'),
        },
        {
          name: 'GeneralRate',
          priority: 1,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              evaluationWindowSec: FIVE_MINUTES,
              limit: props.generalLimit ?? 1000,
            },
          },
          visibilityConfig: visibility('GeneralRate'),
        },
        managedGroup(2, 'AWSManagedRulesAmazonIpReputationList'),
        managedGroup(3, 'AWSManagedRulesKnownBadInputsRuleSet'),
        // A request's JSON may pass 8 KB (64 KiB is the handlers' limit, a
        // Chinese description takes three bytes a character): count it only.
        managedGroup(4, 'AWSManagedRulesCommonRuleSet', [
          { name: 'SizeRestrictions_BODY', actionToUse: { count: {} } },
        ]),
      ],
    });
    new CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}

import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../src/index.js';
import { routeKey } from '../src/routes.js';
import {
  actionsOf,
  functionIdOf,
  resourceOf,
  resourcesOf,
  shipped,
  statementsOf,
  templateOf,
} from './support/stacks.js';

const bySes = shipped.find((district) => district.email?.transport === 'ses');
const bySmtp = shipped.find((district) => district.email?.transport === 'smtp');
if (!bySes || !bySmtp) throw new Error('a district of each mail transport is shipped');

const routesOf = (id: string) => apiRoutes().map((route) => functionIdOf(id, routeKey(route)));

describe('Mail by SES', () => {
  const template = templateOf(bySes.id);

  it('creates the sender address as an SES identity', () => {
    // Assess
    template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: bySes.email?.sender,
    });
  });

  it('lets the tracker send from that identity alone, and no API function send at all', () => {
    // Prepare
    const [identity] = Object.keys(resourcesOf(template, 'AWS::SES::EmailIdentity'));

    // Act
    const tracker = statementsOf(template, functionIdOf(bySes.id, 'tracker'));
    const routes = routesOf(bySes.id).flatMap((id) => actionsOf(statementsOf(template, id)));

    // Assess
    expect(tracker.filter((statement) => statement.Action === 'ses:SendEmail')).toEqual([
      {
        Action: 'ses:SendEmail',
        Effect: 'Allow',
        Resource: {
          'Fn::Join': [
            '',
            [
              'arn:',
              { Ref: 'AWS::Partition' },
              `:ses:${bySes.deployment?.region}:`,
              { Ref: 'AWS::AccountId' },
              ':identity/',
              { Ref: identity },
            ],
          ],
        },
      },
    ]);
    expect(routes.filter((action) => action.startsWith('ses:'))).toEqual([]);
  });

  it('creates no SMTP secret', () => {
    // Assess
    template.resourceCountIs('AWS::SecretsManager::Secret', 0);
  });
});

describe('Mail by SMTP', () => {
  const template = templateOf(bySmtp.id);
  const [secretId] = Object.keys(resourcesOf(template, 'AWS::SecretsManager::Secret'));

  it('keeps the password in a secret encrypted with the district key, named to the tracker only', () => {
    // Prepare
    const trackerId = functionIdOf(bySmtp.id, 'tracker');
    const variables = (id: string) =>
      (
        resourceOf(template, 'AWS::Lambda::Function', id).Properties.Environment as {
          Variables: Record<string, unknown>;
        }
      ).Variables;

    // Assess
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] },
    });
    expect(variables(trackerId).OGI_SMTP_PASSWORD_SECRET).toEqual({ Ref: secretId });
    for (const id of routesOf(bySmtp.id)) {
      expect(variables(id).OGI_SMTP_PASSWORD_SECRET).toBeUndefined();
    }
  });

  it('lets the tracker alone read the secret', () => {
    // Act
    const readers = Object.entries(resourcesOf(template, 'AWS::IAM::Policy'))
      .filter(([, policy]) => JSON.stringify(policy).includes(`"${secretId}"`))
      .map(([, policy]) => policy.Properties.Roles);

    // Assess
    expect(readers).toHaveLength(1);
    expect(actionsOf(statementsOf(template, functionIdOf(bySmtp.id, 'tracker')))).toContain(
      'secretsmanager:GetSecretValue',
    );
    expect(JSON.stringify(readers)).toContain('HandlersTrackerRole');
  });

  it('puts no password variable into any function’s environment', () => {
    // Prepare
    const passwordEnv = bySmtp.email?.smtp?.passwordEnv ?? 'OGI_SMTP_PASSWORD';

    // Act
    const names = Object.values(resourcesOf(template, 'AWS::Lambda::Function')).flatMap((fn) =>
      Object.keys((fn.Properties.Environment as { Variables: object }).Variables),
    );

    // Assess
    expect(names).not.toContain(passwordEnv);
    expect(names).not.toContain('OGI_STAFF_TOKEN_SECRET');
  });
});

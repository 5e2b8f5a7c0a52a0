import { DistrictConfigError, districtIds } from '@ogi/districts';
import { DistrictConfig } from '@ogi/schema';
import { INDEX, KEY } from '@ogi/store';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/index.js';
import { stacks as shippedStacks, templateOf } from './support/stacks.js';

const stacks = shippedStacks();
const dachang = templateOf('dachang');

describe('CDK app: one stack per district', () => {
  it('builds one stack per shipped district config, named after the district', () => {
    // Assess
    expect(stacks.map((stack) => stack.stackName).sort()).toEqual(
      districtIds().map((id) => `ogi-${id}`),
    );
  });

  it("puts each stack in its district's region", () => {
    // Assess
    for (const stack of stacks) {
      expect(stack.region).toBe(stack.district.deployment.region);
    }
  });

  it('refuses a district without a deployment section, naming the district and the field', () => {
    // Prepare
    const undeployed = DistrictConfig.parse({
      id: 'sample',
      names: { agency: '某镇人民政府', office: '某镇党政办公室' },
      contact: { address: '某路1号', postcode: '266414', phone: '0532-58700977' },
    });

    // Act
    const build = () => buildApp([undeployed]);

    // Assess
    expect(build).toThrow(DistrictConfigError);
    expect(build).toThrow(/sample/);
  });
});

describe('CDK app: the table', () => {
  it("declares exactly the store's keys and indexes", () => {
    // Prepare
    const [table] = Object.values(dachang.findResources('AWS::DynamoDB::Table'));
    const properties = table?.Properties as {
      KeySchema: { AttributeName: string; KeyType: string }[];
      GlobalSecondaryIndexes: { IndexName: string }[];
    };

    // Assess
    expect(properties.KeySchema).toEqual([
      { AttributeName: KEY.pk, KeyType: 'HASH' },
      { AttributeName: KEY.sk, KeyType: 'RANGE' },
    ]);
    expect(properties.GlobalSecondaryIndexes.map((index) => index.IndexName).sort()).toEqual(
      Object.values(INDEX).sort(),
    );
  });

  it('keeps the table when the stack is deleted, with its logical id pinned', () => {
    // Assess
    dachang.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    expect(Object.keys(dachang.findResources('AWS::DynamoDB::Table'))).toEqual(['RequestsTable']);
  });

  it.each(['dachang', 'zhangzheng'])(
    'keeps every bucket, the data key and every log group of %s when its stack is deleted',
    (id) => {
      // Prepare
      const template = templateOf(id);
      const stack = stacks.find((candidate) => candidate.district.id === id);
      const dataKey = stack?.resolve(
        (stack.data.key.node.defaultChild as unknown as { logicalId: string }).logicalId,
      );

      // Act
      const kept = ['AWS::S3::Bucket', 'AWS::Logs::LogGroup'].flatMap((type) =>
        Object.entries(template.findResources(type)),
      );

      // Assess
      expect(kept.length).toBeGreaterThan(4);
      for (const [, resource] of kept) expect(resource.DeletionPolicy).toBe('Retain');
      expect(template.toJSON().Resources[dataKey].DeletionPolicy).toBe('Retain');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { findOutcome, OUTCOME_CODES, OUTCOME_GROUPS, OUTCOMES, outcomeRow } from '../src/index.js';

describe('Constant: OUTCOMES', () => {
  it('has the 21 rows of table 三 in the order of OUTCOME_CODES', () => {
    // Act
    const codes = OUTCOMES.map((row) => row.code);

    // Assess
    expect(codes).toHaveLength(21);
    expect(codes).toEqual([...OUTCOME_CODES]);
  });

  it('has unique codes and unique labels', () => {
    // Assess
    expect(new Set(OUTCOMES.map((row) => row.code)).size).toBe(OUTCOMES.length);
    expect(new Set(OUTCOMES.map((row) => row.label)).size).toBe(OUTCOMES.length);
  });

  it('runs through the groups （一）…（六） in template order, numbering items from 1', () => {
    // Prepare
    const groups = Object.keys(OUTCOME_GROUPS);
    const expectedItems = {
      '（一）': 0,
      '（二）': 0,
      '（三）': 8,
      '（四）': 3,
      '（五）': 5,
      '（六）': 3,
    };

    // Act
    const groupIndexes = OUTCOMES.map((row) => groups.indexOf(row.group));
    const itemsByGroup = Object.fromEntries(
      groups.map((group) => [
        group,
        OUTCOMES.filter((row) => row.group === group).map((row) => row.item),
      ]),
    );

    // Assess
    expect(groupIndexes).toEqual([...groupIndexes].sort((a, b) => a - b));
    for (const [group, count] of Object.entries(expectedItems)) {
      const items = itemsByGroup[group];
      if (count === 0) expect(items).toEqual([undefined]);
      else expect(items).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    }
  });
});

describe('Function: findOutcome', () => {
  it.each([
    ['重复申请', 'not-processed-repeated'],
    ['予以公开', 'disclosed'],
    ['部分公开（区分处理的，只计这一情形，不计其他情形）', 'partly-disclosed'],
    ['危及“三安全一稳定”', 'withheld-three-security-one-stability'],
    ['  本机关不掌握相关政府信息 ', 'unavailable-not-held'],
    ['其他', 'other'],
    ['other-fee-unpaid', 'other-fee-unpaid'],
  ])('finds %s', (codeOrLabel, code) => {
    // Act
    const row = findOutcome(codeOrLabel);

    // Assess
    expect(row?.code).toBe(code);
  });

  it('finds every row by its own label', () => {
    // Act
    const found = OUTCOMES.map((row) => findOutcome(row.label)?.code);

    // Assess
    expect(found).toEqual([...OUTCOME_CODES]);
  });

  it('returns undefined for an unknown label', () => {
    // Act
    const row = findOutcome('不予受理');

    // Assess
    expect(row).toBeUndefined();
  });
});

describe('Function: outcomeRow', () => {
  it('returns the row of a code', () => {
    // Act
    const row = outcomeRow('withheld-state-secret');

    // Assess
    expect(row).toMatchObject({ group: '（三）', item: 1, label: '属于国家秘密' });
  });
});

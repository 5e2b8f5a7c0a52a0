import { describe, expect, it } from 'vitest';
import { roleOfClaim, staffNameOfClaims } from '../src/index.js';

describe('Function: roleOfClaim', () => {
  it.each([
    ['a role as a string', 'clerk', { role: 'clerk' }],
    ['one ogi group among others', ['staff', 'head', 'admins'], { role: 'head' }],
    ['the same group twice', ['office', 'office'], { role: 'office' }],
  ])('returns the role of %s', (_label, claim, expected) => {
    // Act
    const reading = roleOfClaim(claim);

    // Assess
    expect(reading).toEqual(expected);
  });

  it.each([
    ['a missing claim', undefined],
    ['an unknown role', 'admin'],
    ['no ogi group', ['staff', 'admins']],
    ['an empty list', []],
    ['a number', 7],
    ['a role in other letters', 'Clerk'],
  ])('says there is no role for %s', (_label, claim) => {
    // Act
    const reading = roleOfClaim(claim);

    // Assess
    expect(reading).toEqual({ problem: 'no-role' });
  });

  it('refuses to guess between two ogi roles', () => {
    // Act
    const reading = roleOfClaim(['clerk', 'head']);

    // Assess
    expect(reading).toEqual({ problem: 'several-roles' });
  });
});

describe('Function: staffNameOfClaims', () => {
  it.each([
    [
      'name first',
      { name: '李经办', preferred_username: 'li', email: 'li@example.gov.cn' },
      '李经办',
    ],
    ['then preferred_username', { preferred_username: 'li', email: 'li@example.gov.cn' }, 'li'],
    ['then email', { email: 'li@example.gov.cn', sub: 'u-1' }, 'li@example.gov.cn'],
    ['then sub', { sub: 'u-1' }, 'u-1'],
    ['skipping blank names', { name: '  ', sub: 'u-1' }, 'u-1'],
  ])('returns %s', (_label, claims, expected) => {
    // Act
    const name = staffNameOfClaims(claims);

    // Assess
    expect(name).toBe(expected);
  });

  it('returns undefined when no claim names anyone', () => {
    // Act
    const name = staffNameOfClaims({ name: 42 });

    // Assess
    expect(name).toBeUndefined();
  });
});

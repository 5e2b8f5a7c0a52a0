import { describe, expect, it } from 'vitest';
import { formatAddress } from '../src/address.js';
import { readAddress } from './support/addresses.js';

const ADDRESS = 'ogi@dachang.example.gov.cn';

describe('Function: formatAddress', () => {
  it.each([
    ['Dachang OGI Office', 'Dachang OGI Office <ogi@dachang.example.gov.cn>'],
    ['Dachang, OGI "Office"', '"Dachang, OGI \\"Office\\"" <ogi@dachang.example.gov.cn>'],
  ])('writes the ASCII name %j as %j', (name, header) => {
    // Act
    const formatted = formatAddress(name, ADDRESS);

    // Assess
    expect(formatted).toBe(header);
  });

  it('returns the bare address without a name', () => {
    // Act
    const formatted = formatAddress(undefined, ADDRESS);

    // Assess
    expect(formatted).toBe(ADDRESS);
  });

  it.each([
    '大场镇人民政府政府信息公开领导小组办公室',
    '大场镇 "政务公开" 办公室, 青岛',
    'Dachang 大场镇',
  ])('encodes %j as ASCII-only words that a mail client reads back', async (name) => {
    // Act
    const formatted = formatAddress(name, ADDRESS);

    // Assess
    expect(formatted).toMatch(/^[\x20-\x7e]+$/);
    expect(await readAddress(formatted)).toEqual({ name, address: ADDRESS });
  });
});

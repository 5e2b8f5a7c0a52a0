import { describe, expect, it } from 'vitest';
import { addresseesOf, type DigestRecipients, noticeAddressees } from '../src/index.js';

const recipients: DigestRecipients = {
  staffAddresses: { 李四: 'lisi@dachang.gov.cn' },
  staffRecipients: ['ogi@dachang.gov.cn', 'clerk@dachang.gov.cn'],
  officeRecipients: ['office@dachang.gov.cn', 'OGI@dachang.gov.cn'],
};

describe('Function: addresseesOf', () => {
  it('sends a reminder to the assignee when the district maps the name to an address', () => {
    // Act
    const to = addresseesOf({ assignee: '李四', toOffice: false }, recipients);
    // Assess
    expect(to).toEqual(['lisi@dachang.gov.cn']);
  });

  it('sends it to staffRecipients when the request has no assignee or the name is not mapped', () => {
    // Act
    const unassigned = addresseesOf({ assignee: null, toOffice: false }, recipients);
    const unmapped = addresseesOf({ assignee: '王五', toOffice: false }, recipients);
    // Assess
    expect(unassigned).toEqual(['ogi@dachang.gov.cn', 'clerk@dachang.gov.cn']);
    expect(unmapped).toEqual(unassigned);
  });

  it('does not take a name that is a property of every object for a mapped staff member', () => {
    // Act
    const to = addresseesOf({ assignee: 'constructor', toOffice: false }, recipients);
    // Assess
    expect(to).toEqual(['ogi@dachang.gov.cn', 'clerk@dachang.gov.cn']);
  });

  it('adds the office to an overdue reminder, each address once whatever its case', () => {
    // Act
    const to = addresseesOf({ assignee: null, toOffice: true }, recipients);
    // Assess
    expect(to).toEqual(['ogi@dachang.gov.cn', 'clerk@dachang.gov.cn', 'office@dachang.gov.cn']);
  });

  it('works without staffAddresses or officeRecipients, as a district config may omit them', () => {
    // Act
    const to = addresseesOf(
      { assignee: '李四', toOffice: true },
      { staffRecipients: ['ogi@x.cn'] },
    );
    // Assess
    expect(to).toEqual(['ogi@x.cn']);
  });
});

describe('Function: noticeAddressees', () => {
  it('sends the office notices to officeRecipients', () => {
    // Act
    const to = noticeAddressees(recipients);
    // Assess
    expect(to).toEqual(['office@dachang.gov.cn', 'OGI@dachang.gov.cn']);
  });

  it('falls back to staffRecipients when the district names no office recipient', () => {
    // Act
    const to = noticeAddressees({ staffRecipients: ['ogi@x.cn'], officeRecipients: [] });
    // Assess
    expect(to).toEqual(['ogi@x.cn']);
  });
});

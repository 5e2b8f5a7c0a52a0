import { describe, expect, it } from 'vitest';

describe('Routing: the page each address shows', () => {
  it('opens the case page when the app starts at a case’s address', async () => {
    // Prepare
    window.location.hash = '#/staff/case/abcdef0123456789';

    // Act
    const { app } = await import('../src/state.js');

    // Assess
    expect(app.page).toBe('case');
    expect(app.caseId).toBe('abcdef0123456789');
  });

  it('tells the queue, the status page and the form apart, and refuses a malformed case id', async () => {
    // Prepare
    const { pageOf, caseIdOf } = await import('../src/state.js');

    // Act
    const pages = ['#/staff', '#/status', '#/receipt', '#/', '#/staff/case/NOT-AN-ID'].map(pageOf);

    // Assess
    expect(pages).toEqual(['staff', 'status', 'receipt', 'form', 'form']);
    expect(caseIdOf('#/staff/case/NOT-AN-ID')).toBeUndefined();
  });

  it('opens the figures page in the staff console, and goes back to it by its address', async () => {
    // Prepare
    const { go, isStaffPage, pageOf } = await import('../src/state.js');

    // Act
    go('figures');

    // Assess
    expect(pageOf('#/staff/figures')).toBe('figures');
    expect(isStaffPage('figures')).toBe(true);
    expect(window.location.hash).toBe('#/staff/figures');
  });

  it('opens the registration in the staff console', async () => {
    // Prepare
    const { pageOf, isStaffPage } = await import('../src/state.js');

    // Act
    const page = pageOf('#/staff/register');

    // Assess
    expect(page).toBe('register');
    expect(isStaffPage(page)).toBe(true);
    expect(isStaffPage('form')).toBe(false);
  });

  it('opens the annual report page in the staff console and gives it its own address', async () => {
    // Prepare
    const { app, go, pageOf, isStaffPage } = await import('../src/state.js');

    // Act
    const page = pageOf('#/staff/report');
    go('report');

    // Assess
    expect(page).toBe('report');
    expect(isStaffPage(page)).toBe(true);
    expect(app.page).toBe('report');
    expect(window.location.hash).toBe('#/staff/report');
  });

  it('opens the staff console when an identity provider redirects back with a code or an error', async () => {
    // Prepare
    const { landingPage } = await import('../src/state.js');

    // Act
    const pages = [
      landingPage('?code=abc&state=xyz', ''),
      landingPage('?error=access_denied&state=xyz', ''),
      landingPage('?code=abc', ''),
      landingPage('', '#/status'),
    ];

    // Assess
    expect(pages).toEqual(['staff', 'staff', 'form', 'status']);
  });
});

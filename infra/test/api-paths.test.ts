import { describe, expect, it } from 'vitest';
import {
  pathParametersOf,
  pathTemplatesPattern,
  queryCodeRoutes,
  resourcePathOf,
} from '../src/api-paths.js';
import { apiRoutes } from '../src/index.js';

describe('Function: resourcePathOf', () => {
  it('returns the path under the api stage', () => {
    // Act
    const path = resourcePathOf('/api/requests/{receiptNo}');

    // Assess
    expect(path).toBe('/requests/{receiptNo}');
  });

  it('throws for a route outside /api/, which the stage could not serve', () => {
    // Act
    const outside = () => resourcePathOf('/apis/requests');

    // Assess
    expect(outside).toThrow(/\/api\//);
  });
});

describe('Function: pathParametersOf', () => {
  it('returns the parameters of a path template in order', () => {
    // Act
    const names = pathParametersOf('/api/staff/requests/{id}/letters/{letterId}/versions');

    // Assess
    expect(names).toEqual(['id', 'letterId']);
  });
});

describe('Function: queryCodeRoutes', () => {
  it("returns the applicants' routes of one request, and neither submitting nor staff routes", () => {
    // Act
    const paths = queryCodeRoutes(apiRoutes()).map((route) => `${route.method} ${route.path}`);

    // Assess
    expect(paths).toContain('GET /api/requests/{receiptNo}');
    expect(paths).toContain('POST /api/requests/{receiptNo}/withdrawal');
    expect(paths).not.toContain('POST /api/requests');
    expect(paths.some((path) => path.includes('/staff/'))).toBe(false);
  });
});

describe('Function: pathTemplatesPattern', () => {
  const pattern = new RegExp(
    pathTemplatesPattern(['/api/requests/{receiptNo}', '/api/requests/{receiptNo}/letters/{id}']),
  );

  it('returns a pattern matching each template with any one segment per parameter', () => {
    // Assess
    expect(pattern.test('/api/requests/20260001')).toBe(true);
    expect(pattern.test('/api/requests/20260001/letters/L-1')).toBe(true);
  });

  it('returns a pattern refusing other paths, longer ones and empty parameters', () => {
    // Assess
    expect(pattern.test('/api/requests')).toBe(false);
    expect(pattern.test('/api/requests/')).toBe(false);
    expect(pattern.test('/api/requests/1/letters')).toBe(false);
    expect(pattern.test('/api/requests/1/letters/L-1/x')).toBe(false);
    expect(pattern.test('/api/staff/requests/1')).toBe(false);
  });

  it('escapes what a regular expression would read as syntax', () => {
    // Act
    const literal = new RegExp(pathTemplatesPattern(['/api/v1.0/{x}']));

    // Assess
    expect(literal.test('/api/v1.0/a')).toBe(true);
    expect(literal.test('/api/v1x0/a')).toBe(false);
  });
});

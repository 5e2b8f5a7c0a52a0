import type { ApiRoute } from './routes.js';

/**
 * The REST API's one stage. A REST API's URL starts with its stage's name;
 * naming the stage `api` makes `https://<api host>/api/requests/…`, the path
 * the web app calls on `apiOrigin`, land on the resource `/requests/…`.
 */
export const API_STAGE = 'api';

const STAGE_PREFIX = `/${API_STAGE}/`;
const PARAMETER = /^\{([A-Za-z][A-Za-z0-9]*)\}$/;

/** `/api/requests/{receiptNo}` → `/requests/{receiptNo}`: the resource under the stage. */
export function resourcePathOf(path: string): string {
  if (!path.startsWith(STAGE_PREFIX)) {
    throw new Error(`an API route must start with ${STAGE_PREFIX}: ${path}`);
  }
  return path.slice(STAGE_PREFIX.length - 1);
}

/** `/api/requests/{receiptNo}/letters/{letterId}` → `['receiptNo', 'letterId']`. */
export function pathParametersOf(path: string): string[] {
  return path
    .split('/')
    .map((segment) => PARAMETER.exec(segment)?.[1])
    .filter((name): name is string => name !== undefined);
}

/**
 * The public routes that name one request by its receipt number: each takes
 * the request's query code, so each is a way to guess codes.
 */
export function queryCodeRoutes(routes: readonly ApiRoute[]): ApiRoute[] {
  return routes.filter(
    (route) => route.access === 'public' && pathParametersOf(route.path).includes('receiptNo'),
  );
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression matching the request paths of these path templates
 * and nothing else, a parameter being any one non-empty segment:
 * `['/api/requests/{receiptNo}']` → `^(/api/requests/[^/]+)$`. Plain groups
 * only, for AWS WAF's regex engine.
 */
export function pathTemplatesPattern(paths: readonly string[]): string {
  const alternatives = [...new Set(paths)].sort().map((path) =>
    path
      .split('/')
      .map((segment) => (PARAMETER.test(segment) ? '[^/]+' : escapeRegex(segment)))
      .join('/'),
  );
  return `^(${alternatives.join('|')})$`;
}

import { reportRoutes } from '@ogi/annual-report';
import { caseworkRoutes } from '@ogi/casework';
import { deadlinesHandler } from '@ogi/deadlines';
import { intakeRoutes } from '@ogi/intake';

/** The apps whose handlers the stack deploys, by their folder under `apps/`. */
export type AppName = 'intake' | 'casework' | 'annual-report' | 'deadlines';

/** Who may call a route: anyone (the applicants' routes) or signed-in staff. */
export type RouteAccess = 'public' | 'staff';

/** One API route as its app declares it, with the handler file the stack bundles. */
export interface ApiRoute {
  readonly app: Exclude<AppName, 'deadlines'>;
  readonly method: string;
  /** API Gateway's path template, e.g. `/api/requests/{receiptNo}`. */
  readonly path: string;
  /** The handler file, relative to the app's folder. */
  readonly entry: string;
  readonly access: RouteAccess;
}

const STAFF_PREFIX = '/api/staff/';

/** Every route of the API, read from the apps' own route lists (never retyped here). */
export function apiRoutes(): readonly ApiRoute[] {
  const routes = [
    ...intakeRoutes.map((route) => ({ ...route, app: 'intake' as const })),
    ...caseworkRoutes.map((route) => ({ ...route, app: 'casework' as const })),
    ...reportRoutes.map((route) => ({ ...route, app: 'annual-report' as const })),
  ];
  return routes.map(({ app, method, path, entry }) => ({
    app,
    method,
    path,
    entry,
    access: path.startsWith(STAFF_PREFIX) ? 'staff' : 'public',
  }));
}

/** The deadline tracker's handler file, relative to `apps/deadlines`. */
export const trackerEntry = deadlinesHandler.entry;

/** The key of a route in the tables of `src/access`: `POST /api/requests`. */
export function routeKey(route: Pick<ApiRoute, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

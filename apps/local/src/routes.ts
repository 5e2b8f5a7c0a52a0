import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';

/** A Lambda handler as API Gateway calls it. */
export type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

/** One API Gateway route: `POST /api/requests/{receiptNo}/attachments`. */
export interface Route {
  readonly method: string;
  readonly path: string;
  readonly handler: LambdaHandler;
}

export interface MatchedRoute {
  readonly route: Route;
  readonly routeKey: string;
  readonly pathParameters: Record<string, string>;
}

/**
 * Finds the route for a request the way API Gateway does: exact segments,
 * `{name}` captures one. A preflight (`OPTIONS`) goes to the first route of
 * the path, whatever its method: the handler's header middleware answers it
 * (in the cloud, an `OPTIONS` route or the API's CORS settings do).
 */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): MatchedRoute | 'method-not-allowed' | undefined {
  const segments = path.split('/').filter(Boolean);
  let pathMatched = false;
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const pathParameters: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith('{') && part.endsWith('}')) {
        pathParameters[part.slice(1, -1)] = safeDecode(segment);
        return segment.length > 0;
      }
      return part === segment;
    });
    if (!matches) continue;
    pathMatched = true;
    if (route.method === method || method === 'OPTIONS') {
      return { route, routeKey: `${route.method} ${route.path}`, pathParameters };
    }
  }
  return pathMatched ? 'method-not-allowed' : undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

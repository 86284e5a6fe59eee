/** A route: an HTTP method and a path pattern whose `:name` segments are parameters, and what answers it. */
export interface Route<Call> {
  method: string;
  /** Like `/api/documents/:id/export`: literal segments, and `:name` for any one segment. */
  pattern: string;
  handle: (call: Call, params: Record<string, string>) => Promise<void>;
}

/** A route that matched a request, and the values of its parameters. */
export interface Match<Call> {
  route: Route<Call>;
  params: Record<string, string>;
}

/** The segments of a path; empty segments (`//`) are not counted, as the API always read them. */
function segments(pathname: string): string[] {
  return pathname.split('/').filter(Boolean);
}

/**
 * A table of routes, matched by method and path. Patterns are matched
 * segment by segment, so the order of the table does not matter for
 * patterns that differ in a literal segment.
 */
export class Router<Call> {
  private readonly routes: { route: Route<Call>; segments: string[] }[];

  constructor(routes: readonly Route<Call>[]) {
    this.routes = routes.map((route) => ({ route, segments: segments(route.pattern) }));
  }

  /** The route for a method and path, or null when none has it. */
  match(method: string, pathname: string): Match<Call> | null {
    const parts = segments(pathname);
    for (const { route, segments: pattern } of this.routes) {
      if (route.method !== method || pattern.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const fits = pattern.every((segment, index) => {
        const part = parts[index] ?? '';
        if (segment.startsWith(':')) {
          params[segment.slice(1)] = part;
          return true;
        }
        return segment === part;
      });
      if (fits) return { route, params };
    }
    return null;
  }
}

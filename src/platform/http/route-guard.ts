/**
 * Boot-time route guard: the server refuses to start when a route has no access declaration
 * (`config.access`: `'public'` or a declared action). The registry it fills is what
 * test/access-matrix.int.test.ts enumerates.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import { isActionName } from '../access/grants.js';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: string;
  partialSession: boolean;
}

export class RouteWithoutAccessError extends Error {
  constructor(method: string, url: string) {
    super(`Route ${method} ${url} has no access declaration: set config.access to 'public' or an action name`);
    this.name = 'RouteWithoutAccessError';
  }
}

export function installRouteGuard(app: FastifyInstance, registry: RegisteredRoute[]): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = route.config?.access;
    if (access === undefined) {
      throw new RouteWithoutAccessError(methods.join(','), route.url);
    }
    if (access !== 'public' && !isActionName(access)) {
      throw new Error(`Route ${methods.join(',')} ${route.url} declares unknown action "${String(access)}"`);
    }
    for (const method of methods) {
      if (method === 'HEAD' && registry.some((r) => r.method === 'GET' && r.url === route.url)) {
        continue;
      }
      registry.push({ method, url: route.url, access, partialSession: route.config?.partialSession === true });
    }
  });
}

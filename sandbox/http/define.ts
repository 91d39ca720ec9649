import type { Express, Request, RequestHandler, Response } from 'express';
import type { World } from '../world';
import { authenticate, handle, injectFaults, rateLimit, requireScopes, type ScopeRule } from './middleware';

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface RouteOptions {
  /** false for endpoints without a bearer token (OAuth token exchange, authorize). */
  auth?: boolean;
  /** Which rate-limit bucket applies ('none' for OAuth endpoints). */
  limit?: 'standard' | 'search' | 'none';
  scopes?: ScopeRule;
}

/**
 * Registers one HubSpot API route with the standard chain:
 * faults -> authentication -> rate limit -> scopes -> handler.
 */
export function defineRoute(
  app: Express,
  world: World,
  method: Method,
  path: string,
  options: RouteOptions,
  handler: (req: Request, res: Response) => unknown,
): void {
  const chain: RequestHandler[] = [injectFaults(world)];
  if (options.auth !== false) {
    chain.push(authenticate(world));
    const limit = options.limit ?? 'standard';
    if (limit !== 'none') chain.push(rateLimit(world, limit));
    if (options.scopes) chain.push(requireScopes(options.scopes));
  }
  chain.push(handle(handler));
  app[method](path, ...chain);
}

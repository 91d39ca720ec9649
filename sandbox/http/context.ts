import type { Request, Response } from 'express';
import type { AccessTokenRecord } from '../auth/tokens';
import type { Portal } from '../portal';

/** What authentication attaches to a request. */
export interface AuthContext {
  portal: Portal;
  token: AccessTokenRecord;
}

/** The authenticated portal and token of a request (set by `authenticate`). */
export function authOf(res: Response): AuthContext {
  const auth = res.locals.auth as AuthContext | undefined;
  if (!auth) throw new Error('route used authOf without authenticate');
  return auth;
}

/** A path parameter as a string (Express 5 may give arrays for wildcards). */
export function param(req: Request, name: string): string {
  const value = (req.params as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join('/') : String(value ?? '');
}

/** A single query value (the first one when repeated). */
export function queryValue(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : String(first);
}

/** The route template of a matched request, e.g. "POST /crm/v3/objects/{type}/batch/create". */
export function routeKind(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string') return `${req.method} (unmatched)`;
  return `${req.method} ${path.replace(/:(\w+)/g, '{$1}')}`;
}

import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { RegainError } from '../errors';
import { stateOf } from './request-context';

/**
 * Reads the body as raw bytes (up to 1 MB, HubSpot's own limit for hubspot.fetch), so the signature
 * can be checked on exactly what was sent before anything is parsed.
 */
export function rawBody(): RequestHandler[] {
  return [
    express.raw({ type: () => true, limit: '1mb' }),
    (req: Request, _res: Response, next: NextFunction) => {
      stateOf(req).rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      req.body = undefined;
      next();
    },
  ];
}

/** Parses the (already verified) raw body as JSON; an empty body is `undefined`, a malformed one a 400. */
export function parseJsonBody(): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const raw = stateOf(req).rawBody;
    if (!raw || raw.length === 0) return next();
    try {
      req.body = JSON.parse(raw.toString('utf8')) as unknown;
    } catch {
      throw new RegainError('invalid_json', 'The body is not valid JSON.', 400);
    }
    next();
  };
}

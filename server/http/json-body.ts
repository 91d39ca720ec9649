import express, { type RequestHandler } from 'express';
import { stateOf } from './request-context';

/**
 * JSON body parsing that keeps the raw bytes for signature checks (never re-serialise parsed JSON to
 * verify it). Bodies over 1 MB are refused (HubSpot's own limit for hubspot.fetch).
 */
export function jsonBody(): RequestHandler {
  return express.json({
    limit: '1mb',
    type: () => true,
    verify: (req, _res, buf) => {
      stateOf(req as express.Request).rawBody = Buffer.from(buf);
    },
  });
}

import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type {} from 'pino-http'; // brings req.log into Express's Request type
import type { ApiErrorBody } from '../../src/api/card-api';
import { isInvalidInputError } from '../db/pg/pg-errors';
import { RegainError, ValidationError } from '../errors';

/**
 * Turns every error into a JSON body with a stable code. Expected errors keep their status; a body
 * that is not JSON is a 400; a value the database refused (isInvalidInputError: input the schemas let
 * through) is a 400 too, logged as an error since the edge should have caught it; anything unexpected is
 * a 500 whose details stay in the log.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let status = 500;
    let body: ApiErrorBody = { error: { code: 'internal_error', message: 'Something went wrong on our side.' } };
    const e = err as { type?: string; status?: number; message?: string };
    if (err instanceof ValidationError) {
      status = 400;
      body = { error: { code: err.code, message: err.message, issues: err.issues } };
    } else if (err instanceof RegainError && err.status < 500) {
      status = err.status;
      body = { error: { code: err.code, message: err.message } };
    } else if (err instanceof RegainError && err.retriable) {
      status = 503;
      body = { error: { code: err.code, message: 'HubSpot is busy or unavailable; try again shortly.' } };
      if (err.retryAfterMs) res.setHeader('Retry-After', String(Math.ceil(err.retryAfterMs / 1000)));
    } else if (e.type === 'entity.parse.failed') {
      status = 400;
      body = { error: { code: 'invalid_json', message: 'The body is not valid JSON.' } };
    } else if (e.type === 'entity.too.large') {
      status = 413;
      body = { error: { code: 'body_too_large', message: 'The body is larger than 1 MB.' } };
    } else if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      status = e.status;
      body = { error: { code: 'bad_request', message: e.message ?? 'Bad request.' } };
    } else if (isInvalidInputError(err)) {
      status = 400;
      body = { error: { code: 'invalid_value', message: 'A value in the request cannot be stored (for example a NUL character, an unpaired surrogate or an oversized id).' } };
      (req.log ?? logger).error({ err }, 'the database refused a value the request schema accepted');
    }
    if (status >= 500) (req.log ?? logger).error({ err }, 'request failed');
    else (req.log ?? logger).info({ code: body.error.code, status }, 'request rejected');
    res.status(status).json(body);
  };
}

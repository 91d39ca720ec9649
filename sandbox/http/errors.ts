import { randomUUID } from 'node:crypto';
import type { Response } from 'express';

/** One entry of HubSpot's `errors[]` (the SDK's ErrorDetail). */
export interface ErrorDetail {
  message: string;
  code?: string;
  in?: string;
  subCategory?: string;
  context?: Record<string, string[]>;
}

/** The fields of a HubSpot error body other than `status` and `correlationId`. */
export interface ErrorFields {
  message: string;
  category: string;
  subCategory?: string;
  errors?: ErrorDetail[];
  context?: Record<string, string[]>;
  links?: Record<string, string>;
}

/**
 * An error that the sandbox answers with a HubSpot-shaped body:
 * `{status:"error", message, correlationId, category, errors?, context?}`.
 * `rawBody` replaces the standard shape for endpoints that answer differently
 * (OAuth's `{status:"BAD_REFRESH_TOKEN", error, error_description}`, 429 bodies).
 */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    readonly fields: ErrorFields,
    readonly rawBody?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(fields.message);
    this.name = 'SandboxHttpError';
  }
}

/** A new correlation id (HubSpot uses UUIDs). */
export function newCorrelationId(): string {
  return randomUUID();
}

/** Builds the JSON body sent for an error. */
export function errorBody(err: SandboxHttpError): Record<string, unknown> {
  if (err.rawBody) return { ...err.rawBody, correlationId: newCorrelationId() };
  return { status: 'error', ...err.fields, correlationId: newCorrelationId() };
}

/** Writes an error response (headers included). */
export function sendError(res: Response, err: SandboxHttpError): void {
  for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
  res.status(err.status).json(errorBody(err));
}

/** 400 VALIDATION_ERROR. */
export function validationError(message: string, errors?: ErrorDetail[], context?: Record<string, string[]>): SandboxHttpError {
  return new SandboxHttpError(400, { message, category: 'VALIDATION_ERROR', ...(errors ? { errors } : {}), ...(context ? { context } : {}) });
}

/** 404 OBJECT_NOT_FOUND. */
export function notFound(message: string, context?: Record<string, string[]>): SandboxHttpError {
  return new SandboxHttpError(404, { message, category: 'OBJECT_NOT_FOUND', ...(context ? { context } : {}) });
}

/** 409 OBJECT_ALREADY_EXISTS. */
export function conflict(message: string, context?: Record<string, string[]>): SandboxHttpError {
  return new SandboxHttpError(409, { message, category: 'OBJECT_ALREADY_EXISTS', ...(context ? { context } : {}) });
}

/** 5xx bodies used by fault injection, worded like HubSpot's gateway errors. */
export function serverError(status: number): SandboxHttpError {
  const message =
    status === 502 ? 'Bad Gateway: the upstream service did not respond in time.'
    : status === 503 ? 'Service Unavailable: please retry the request shortly.'
    : status === 504 ? 'Gateway Timeout.'
    : 'internal error';
  return new SandboxHttpError(status, { message, category: status === 500 ? 'INTERNAL_ERROR' : 'SERVICE_UNAVAILABLE' });
}

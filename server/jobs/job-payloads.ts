/**
 * The payload of every job type, as zod schemas: what a sender must put in, and what a handler gets
 * (parsed, never cast). A payload that does not parse (a job queued by an older version, a hand-made
 * one) fails its job for good with `invalid_job_payload` instead of running on guesses.
 */
import { z } from 'zod';
import { JOBS } from '../app-deps';
import { RegainError } from '../errors';
import type { JobName } from './job-timing';

const id = z.union([z.string().min(1).max(64), z.number().int().nonnegative()]).transform(String);
const properties = z.record(z.string(), z.string());

export const JOB_PAYLOADS = {
  [JOBS.provisionPortal]: z.object({ portalId: id }),
  // Events are checked one by one by the handler (a bad one is recorded and skipped): only the shape here.
  [JOBS.webhookBatch]: z.object({ events: z.array(z.unknown()) }),
  [JOBS.dealStageChanged]: z.object({ portalId: id, dealId: id, occurredAt: z.number().optional() }),
  [JOBS.writeReviewTask]: z.object({ portalId: id, dealId: id, ownerId: z.string().nullable(), properties }),
  [JOBS.writeDealProperties]: z.object({ portalId: id, dealId: id, properties }),
  // `links`: where the tasks go (the deal's primary company and first contact) when the sender had just read them.
  [JOBS.writePlan]: z.object({ portalId: id, planId: z.string().min(1), dealProperties: properties.optional(), links: z.object({ companyId: z.string().nullable(), contactId: z.string().nullable() }).optional() }),
  [JOBS.cancelPlan]: z.object({ portalId: id, planId: z.string().min(1), dealId: id, taskIds: z.array(z.string().nullable()).default([]).transform((ids) => ids.filter((i): i is string => i !== null)), dealProperties: properties.optional() }),
  [JOBS.runBackfill]: z.object({ portalId: id, runId: z.string().min(1), owner: z.string().min(1), slice: z.number().int().nonnegative().optional() }),
  [JOBS.sweepOutcomes]: z.object({ repeat: z.boolean().optional() }),
  [JOBS.completeWorkflowAction]: z.object({ portalId: id, dealId: id, callbackId: z.string().min(1), mode: z.enum(['suggest', 'create_plan']).nullable(), ownerId: z.string().nullable() }),
} satisfies Record<JobName, z.ZodType>;

export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;

/** A job whose payload is not what its type takes: never retried. */
export class InvalidJobPayloadError extends RegainError {
  constructor(name: string, issues: string) {
    super('invalid_job_payload', `Job ${name} has a payload it cannot run with: ${issues}`, 400);
  }
}

export function parseJobPayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  const parsed = JOB_PAYLOADS[name].safeParse(data);
  if (!parsed.success) throw new InvalidJobPayloadError(name, parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; '));
  return parsed.data as JobPayload<N>;
}

export const isJobName = (name: string): name is JobName => Object.prototype.hasOwnProperty.call(JOB_PAYLOADS, name);

/**
 * The portal a job works for, from its typed payload: its `portalId`, or for a webhook delivery the one
 * portal all its events name (null when they name several, or the payload does not parse).
 */
export function portalOfJob(name: string, data: unknown): string | null {
  if (!isJobName(name)) return null;
  const parsed = JOB_PAYLOADS[name].safeParse(data);
  if (!parsed.success) return null;
  const payload = parsed.data as { portalId?: string; events?: unknown[] };
  if (payload.portalId !== undefined) return payload.portalId;
  if (!payload.events) return null;
  const portals = new Set(payload.events.map((e) => (typeof e === 'object' && e !== null ? (e as { portalId?: unknown }).portalId : undefined)).filter((p) => typeof p === 'string' || typeof p === 'number').map(String));
  return portals.size === 1 ? [...portals][0]! : null;
}

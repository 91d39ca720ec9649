/**
 * zod schemas for every body and query the backend accepts. Our own endpoints are strict; HubSpot's
 * payloads (webhooks, workflow actions) are lenient, since HubSpot adds fields.
 */
import { z } from 'zod';
import type { ConfirmAnalysisRequest, CreatePlanRequest } from '../../src/api/card-api';
import { ALL_SEGMENTS, type DefectionSegment } from '../../src/types';

const segment = z.enum(ALL_SEGMENTS as unknown as [DefectionSegment, ...DefectionSegment[]]);
const source = z.enum(['internal', 'external', 'unknown']);
const stability = z.enum(['stable', 'unstable', 'unknown']);
const controllability = z.enum(['controllable', 'uncontrollable', 'unknown']);
const portalId = z.union([z.string().regex(/^\d{1,20}$/), z.number().int().positive().transform(String)]);

export const dealIdParam = z.object({ dealId: z.string().regex(/^\d{1,20}$/, 'a HubSpot deal id is numeric') });

export const confirmAnalysisSchema = z
  .object({
    portalId: portalId.optional(),
    segment,
    source,
    stability,
    controllability,
    version: z.number().int().positive().optional(),
    note: z.string().max(2000).optional(),
  })
  .strict() satisfies z.ZodType<ConfirmAnalysisRequest & { portalId?: string }, unknown>;

export const createPlanSchema = z
  .object({
    portalId: portalId.optional(),
    preview: z.boolean().optional(),
    activities: z
      .array(
        z
          .object({
            code: z.string().regex(/^[a-z_0-9]{1,60}$/),
            include: z.boolean().optional(),
            ownerId: z.string().regex(/^\d{1,20}$/).nullable().optional(),
            dueDate: z.iso.datetime({ offset: true }).optional(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
  })
  .strict() satisfies z.ZodType<CreatePlanRequest & { portalId?: string }, unknown>;

export const endPlanSchema = z.object({ portalId: portalId.optional(), note: z.string().max(2000).optional() }).strict();

/** One webhook event as HubSpot sends it (lenient: extra fields pass). */
export const webhookEventSchema = z.looseObject({
  eventId: z.union([z.number(), z.string()]).transform(String),
  subscriptionId: z.union([z.number(), z.string()]).transform(String).optional(),
  portalId: portalId,
  appId: z.union([z.number(), z.string()]).transform(String).optional(),
  occurredAt: z.number(),
  subscriptionType: z.string(),
  objectId: z.union([z.number(), z.string()]).transform(String),
  propertyName: z.string().optional(),
  propertyValue: z.string().optional(),
  changeSource: z.string().optional(),
  sourceId: z.string().optional(),
  attemptNumber: z.number().optional(),
});
export const webhookBatchSchema = z.array(z.unknown()).min(1).max(1000);

/** The workflow action's `mode` input (the HubSpot project's action definition offers exactly these). */
export const WORKFLOW_MODES = ['suggest', 'create_plan'] as const;

export const workflowActionSchema = z.looseObject({
  callbackId: z.string().min(1).max(200),
  origin: z.looseObject({ portalId }),
  object: z.looseObject({ objectId: z.union([z.number(), z.string()]).transform(String), objectType: z.string() }),
  inputFields: z
    .looseObject({
      mode: z.enum(WORKFLOW_MODES).optional(),
      ownerId: z.union([z.string(), z.number()]).transform(String).optional(),
    })
    .default({}),
});

/**
 * zod schemas for every body and query the backend accepts. Our own endpoints are strict; HubSpot's
 * payloads (webhooks, workflow actions) are lenient, since HubSpot adds fields.
 */
import { z } from 'zod';
import type { ConfirmAnalysisRequest, CreatePlanRequest } from '../../src/api/card-api';
import { ALL_SEGMENTS, type DefectionSegment } from '../../src/types';
import { hubspotId, storableText } from '../schemas/storable-text';

const segment = z.enum(ALL_SEGMENTS as unknown as [DefectionSegment, ...DefectionSegment[]]);
const source = z.enum(['internal', 'external', 'unknown']);
const stability = z.enum(['stable', 'unstable', 'unknown']);
const controllability = z.enum(['controllable', 'uncontrollable', 'unknown']);
const portalId = z.union([z.string().regex(/^\d{1,20}$/), z.number().int().positive().transform(String)]);

export const dealIdParam = z.object({ dealId: z.string().regex(/^\d{1,20}$/, 'a HubSpot deal id is numeric') });

// Card bodies name no portal or user: who is calling comes only from what HubSpot appends (card-caller.ts),
// so a body `portalId` is an unknown key (400), never read.
export const confirmAnalysisSchema = z
  .object({
    segment,
    source,
    stability,
    controllability,
    version: z.number().int().positive().optional(),
    note: storableText({ max: 2000 }).optional(),
  })
  .strict() satisfies z.ZodType<ConfirmAnalysisRequest, unknown>;

export const createPlanSchema = z
  .object({
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
  .strict() satisfies z.ZodType<CreatePlanRequest, unknown>;

export const endPlanSchema = z.object({ note: storableText({ max: 2000 }).optional() }).strict();

/**
 * What decides whether a webhook event concerns us (lenient: HubSpot adds fields and subscription types).
 * An event that does not parse here, or is not a deal stage change, is ignored, never stored.
 */
export const webhookEnvelopeSchema = z.looseObject({
  subscriptionType: z.string(),
  propertyName: z.string().optional(),
  // Only compared, never stored: an odd type is treated as absent rather than hiding the event.
  changeSource: z.string().optional().catch(undefined),
  sourceId: z.union([z.string(), z.number().transform(String)]).optional().catch(undefined),
});

/**
 * The fields of a deal stage change we store and act on, bounded so that a hostile value is refused
 * (and named) instead of failing later in the database: ids are digit strings of at most 20 characters.
 */
export const webhookEventSchema = z.looseObject({
  eventId: hubspotId,
  portalId: hubspotId,
  objectId: hubspotId,
  occurredAt: z.number(),
});

/** One event as a `webhook.batch` job carries it (checked again in the job: jobs queued by older versions). */
export const webhookEventJobSchema = z.object({
  portalId: z.string().regex(/^\d{1,20}$/),
  eventId: z.string().regex(/^\d{1,20}$/),
  dealId: z.string().regex(/^\d{1,20}$/),
  occurredAt: z.number(),
});
export const webhookBatchSchema = z.array(z.unknown()).min(1).max(1000);

/** The workflow action's `mode` input (the HubSpot project's action definition offers exactly these). */
export const WORKFLOW_MODES = ['suggest', 'create_plan'] as const;

// Every value we keep (job data, singleton keys) is bounded and storable; ids are numeric.
export const workflowActionSchema = z.looseObject({
  callbackId: storableText({ min: 1, max: 200 }),
  origin: z.looseObject({ portalId }),
  object: z.looseObject({ objectId: hubspotId, objectType: storableText({ max: 100 }) }),
  inputFields: z
    .looseObject({
      mode: z.enum(WORKFLOW_MODES).optional(),
      // An empty owner field means "no owner chosen".
      ownerId: z.union([hubspotId, z.literal('').transform(() => undefined)]).optional(),
    })
    .default({}),
});

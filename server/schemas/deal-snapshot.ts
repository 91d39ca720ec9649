import { z } from 'zod';
import type { DealSnapshot } from '../../src/types';

/**
 * A DealSnapshot as it may arrive from a file or a request. Lenient about extra fields (HubSpot
 * adds them), strict about types; optional collections default to empty.
 */
const isoDate = z.string().refine((s) => Number.isFinite(Date.parse(s)), { message: 'expected an ISO date' });
const amount = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]).nullish();

export const dealSnapshotSchema = z.object({
  deal: z.object({
    dealId: z.union([z.string().min(1), z.number().transform(String)]),
    dealName: z.string().optional(),
    amount,
    closeDate: isoDate.nullish(),
    createDate: isoDate.nullish(),
    pipelineId: z.string().nullish(),
    stageId: z.string().nullish(),
    dealType: z.string().nullish(),
    closedLostReason: z.string().nullish(),
    ownerId: z.string().nullish(),
  }),
  notes: z.array(z.object({ id: z.string(), body: z.string(), timestamp: isoDate.nullish(), on: z.enum(['deal', 'company']).optional() })).default([]),
  tickets: z
    .array(
      z.object({
        id: z.string(),
        subject: z.string(),
        content: z.string().nullish(),
        priority: z.string().nullish(),
        category: z.string().nullish(),
        createdAt: isoDate.nullish(),
        closedAt: isoDate.nullish(),
      }),
    )
    .default([]),
  company: z
    .object({
      companyId: z.string().optional(),
      name: z.string().optional(),
      lifecycleStage: z.string().nullish(),
      annualRevenue: amount,
      employees: amount,
      closedWonDeals: z.array(z.object({ dealId: z.string(), amount, closeDate: isoDate, dealType: z.string().nullish() })).default([]),
      openDealCount: z.number().int().nonnegative().optional(),
      competitorContractEndDate: isoDate.nullish(),
    })
    .nullable()
    .default(null),
  contacts: z.array(z.object({ id: z.string(), name: z.string().optional(), jobTitle: z.string().nullish(), isPrimary: z.boolean().optional() })).default([]),
});

export function parseDealSnapshot(input: unknown): { ok: true; snapshot: DealSnapshot } | { ok: false; issues: z.core.$ZodIssue[] } {
  const result = dealSnapshotSchema.safeParse(input);
  return result.success ? { ok: true, snapshot: result.data as DealSnapshot } : { ok: false, issues: result.error.issues };
}

/** A snapshot that holds only a loss reason: what the CLI classifies from `--text`. */
export function snapshotFromText(text: string, dealId = 'cli'): DealSnapshot {
  return { deal: { dealId, closedLostReason: text }, notes: [], tickets: [], company: null, contacts: [] };
}

/** Formats zod issues as one line each: "path: message". */
export function formatIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

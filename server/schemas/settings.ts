import { z } from 'zod';
import type { SettingsOverride } from '../../src/settings';
import { ALL_SEGMENTS, DEFECTION_SEGMENTS } from '../../src/types';
import { storableText } from './storable-text';

// Phrases and names are stored (jsonb): NUL and unpaired surrogates are refused, naming the field.
const phraseList = z.array(storableText({ trim: true, min: 2, max: 80 })).max(200);
const days = z.array(z.number().int().min(1).max(1825)).max(12);

/** An admin's settings override: strict (our own schema), every field optional. */
export const settingsOverrideSchema = z
  .object({
    vocabulary: z
      .object({
        competitors: z.array(storableText({ trim: true, min: 2, max: 60 })).max(200),
        phrases: z.partialRecord(z.enum(DEFECTION_SEGMENTS), phraseList),
      })
      .partial()
      .strict(),
    classification: z
      .object({
        minScore: z.number().min(0).max(10),
        minConfidence: z.number().min(0).max(1),
        ticketWindowDays: z.number().int().min(1).max(1825),
        secondOpinion: z.boolean(),
      })
      .partial()
      .strict(),
    plan: z
      .object({
        maxActivities: z.number().int().min(1).max(12),
        disabledActivities: z.array(storableText({ min: 1, max: 60 })).max(50),
        firstDueInDays: z.number().int().min(0).max(90),
        offerValidDays: z.number().int().min(1).max(365),
      })
      .partial()
      .strict(),
    activeWaiting: z
      .object({
        cadenceDays: z.partialRecord(z.enum(ALL_SEGMENTS as [string, ...string[]]), days),
        daysBeforeContractEnd: days,
        maxReminders: z.number().int().min(0).max(12),
      })
      .partial()
      .strict(),
    worthiness: z
      .object({
        referenceAnnualValue: z.number().positive().max(1e12),
        highThreshold: z.number().min(0).max(1),
        mediumThreshold: z.number().min(0).max(1),
        lowThreshold: z.number().min(0).max(1),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

export function parseSettingsOverride(input: unknown): { ok: true; value: SettingsOverride } | { ok: false; issues: z.core.$ZodIssue[] } {
  const result = settingsOverrideSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data as SettingsOverride } : { ok: false, issues: result.error.issues };
}

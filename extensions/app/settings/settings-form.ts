/**
 * The settings page's form, as pure functions: what the admin typed (kept as text, so nothing they
 * typed is ever lost), its client-side checks, the PUT body built from it, and the backend's 400
 * issues mapped back onto the fields they name.
 *
 * Override policy ("only send what the admin set"): PUT /api/v1/settings *replaces* the stored
 * override, so the body starts from the `core` the page loaded (sections this page does not edit,
 * such as `worthiness`, go back unchanged). A field the page edits is written
 * into `core` only when its parsed value differs from the value the page loaded; a field the admin
 * did not change keeps exactly its stored state (absent stays absent, an override stays an override).
 * Of `classification` the page edits one switch (the words' second opinion); the rest goes back as loaded.
 * The page cannot tell a default from an override equal to it (the defaults live in the backend), so
 * it never removes an override by itself.
 */
import type { AutomationSettingsView, ApiErrorBody, PutSettingsRequest, SettingsResponse } from '../../../src/api/card-api';
import type { SettingsOverride } from '../../../src/settings';
import type { DefectionSegment, DefectorType } from '../../../src/types';
import { SEGMENT_ORDER } from '../shared/labels';

/** Every segment in the framework's order (Step I), undetermined last. */
export const ALL_SEGMENTS: readonly DefectionSegment[] = SEGMENT_ORDER;
/** The five defector types: the ones with extra phrases. */
export const DEFECTOR_SEGMENTS = ALL_SEGMENTS.filter((s): s is DefectorType => s !== 'undetermined');

/** The backend's limits (server/schemas/settings.ts, server/http/routes/settings.ts); it checks them again. */
export const LIMITS = {
  competitor: { min: 2, max: 60, count: 200 },
  phrase: { min: 2, max: 80, count: 200 },
  cadence: { min: 1, max: 1825, count: 12 },
} as const;

export interface SettingsForm {
  mode: AutomationSettingsView['mode'];
  /** Percent, as typed ("80"). */
  threshold: string;
  ownerRule: AutomationSettingsView['taskOwner']['rule'];
  /** Kept while "deal owner" is chosen, so switching back does not lose it. */
  ownerId: string;
  /** Days after the loss, comma-separated, per segment. */
  cadence: Record<DefectionSegment, string>;
  /** One per line (commas also separate). */
  competitors: string;
  /** One per line, per defector type. */
  phrases: Record<DefectorType, string>;
  /** Whether the learned words may overrule or confirm the rules where the rules are unsure. */
  secondOpinion: boolean;
}

export type FieldKey =
  | 'mode'
  | 'threshold'
  | 'ownerRule'
  | 'ownerId'
  | 'competitors'
  | 'secondOpinion'
  | `phrases.${DefectorType}`
  | `cadence.${DefectionSegment}`;
export type FieldErrors = Partial<Record<FieldKey, string>>;

export function formFromSettings(s: SettingsResponse): SettingsForm {
  const owner = s.automation.taskOwner;
  return {
    mode: s.automation.mode,
    threshold: String(Math.round(s.automation.confidenceThreshold * 1000) / 10),
    ownerRule: owner.rule,
    ownerId: owner.rule === 'fixed_owner' ? owner.ownerId : '',
    cadence: Object.fromEntries(ALL_SEGMENTS.map((seg) => [seg, (s.effective.activeWaiting.cadenceDays[seg] ?? []).join(', ')])) as SettingsForm['cadence'],
    competitors: s.effective.vocabulary.competitors.join('\n'),
    phrases: Object.fromEntries(DEFECTOR_SEGMENTS.map((seg) => [seg, (s.effective.vocabulary.phrases[seg] ?? []).join('\n')])) as SettingsForm['phrases'],
    secondOpinion: s.effective.classification.secondOpinion,
  };
}

/** Splits a list field into trimmed, non-empty entries, dropping repeats (case-insensitive). */
export function parseList(text: string, { commas }: { commas: boolean }): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(commas ? /[\n,;]/ : /\n/)) {
    const entry = raw.trim().replace(/\s+/g, ' ');
    if (!entry || seen.has(entry.toLowerCase())) continue;
    seen.add(entry.toLowerCase());
    out.push(entry);
  }
  return out;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** "45, 120, 300" → [45, 120, 300] (sorted, repeats dropped); an empty field means no reminders. */
export function parseCadence(text: string): Parsed<number[]> {
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  const days = new Set<number>();
  for (const token of tokens) {
    if (!/^\d+$/.test(token)) return { ok: false, message: `"${clip(token)}" is not a whole number of days.` };
    const n = Number(token);
    if (n < LIMITS.cadence.min || n > LIMITS.cadence.max) return { ok: false, message: `${token} is out of range: use ${LIMITS.cadence.min} to ${LIMITS.cadence.max} days.` };
    days.add(n);
  }
  if (days.size > LIMITS.cadence.count) return { ok: false, message: `At most ${LIMITS.cadence.count} reminders (you have ${days.size}).` };
  return { ok: true, value: [...days].sort((a, b) => a - b) };
}

/** "80" or "72.5%" → 0.8 / 0.725 (rounded to a tenth of a percent). */
export function parseThreshold(text: string): Parsed<number> {
  const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  const percent = match?.[1] ? Number(match[1].replace(',', '.')) : NaN;
  if (!Number.isFinite(percent) || percent > 100) return { ok: false, message: 'Enter a percentage from 0 to 100.' };
  return { ok: true, value: Math.round(percent * 10) / 1000 };
}

function checkList(entries: string[], what: string, limits: { min: number; max: number; count: number }): string | undefined {
  if (entries.length > limits.count) return `At most ${limits.count} ${what}s (you have ${entries.length}).`;
  const tooShort = entries.find((e) => e.length < limits.min);
  if (tooShort) return `"${tooShort}" is too short: a ${what} needs at least ${limits.min} characters.`;
  const tooLong = entries.find((e) => e.length > limits.max);
  if (tooLong) return `"${clip(tooLong)}" is too long: a ${what} has at most ${limits.max} characters.`;
  return undefined;
}

/** Every client-side problem, keyed by field; empty when the form can be sent. */
export function validateForm(form: SettingsForm): FieldErrors {
  const errors: FieldErrors = {};
  const threshold = parseThreshold(form.threshold);
  if (!threshold.ok) errors.threshold = threshold.message;
  if (form.ownerRule === 'fixed_owner') {
    const id = form.ownerId.trim();
    if (!id) errors.ownerId = 'Enter the HubSpot owner id who gets the tasks.';
    else if (!/^\d{1,20}$/.test(id)) errors.ownerId = 'A HubSpot owner id is a number, such as 12345678.';
  }
  for (const seg of ALL_SEGMENTS) {
    const cadence = parseCadence(form.cadence[seg]);
    if (!cadence.ok) errors[`cadence.${seg}`] = cadence.message;
  }
  const competitors = checkList(parseList(form.competitors, { commas: true }), 'competitor name', LIMITS.competitor);
  if (competitors) errors.competitors = competitors;
  for (const seg of DEFECTOR_SEGMENTS) {
    const phrases = checkList(parseList(form.phrases[seg], { commas: false }), 'phrase', LIMITS.phrase);
    if (phrases) errors[`phrases.${seg}`] = phrases;
  }
  return errors;
}

export type BuildResult = { ok: true; request: PutSettingsRequest } | { ok: false; errors: FieldErrors };

/** The PUT body, or the field errors that block it. See the override policy at the top of this file. */
export function buildPutRequest(form: SettingsForm, loaded: SettingsResponse): BuildResult {
  const errors = validateForm(form);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // "Changed" compares with the form as it was loaded, parsed the same way, so an untouched field is
  // never rewritten (not even when the stored value would parse differently, e.g. a name with a comma).
  const baseline = formFromSettings(loaded);
  const core: SettingsOverride = { ...loaded.core };

  const competitors = parseList(form.competitors, { commas: true });
  if (!sameList(competitors, parseList(baseline.competitors, { commas: true }))) core.vocabulary = { ...core.vocabulary, competitors };

  // `phrases` is replaced as a whole by the backend's merge, so every segment's list is sent once one changes.
  const phrases = { ...loaded.effective.vocabulary.phrases };
  let phrasesChanged = false;
  for (const seg of DEFECTOR_SEGMENTS) {
    const list = parseList(form.phrases[seg], { commas: false });
    if (sameList(list, parseList(baseline.phrases[seg], { commas: false }))) continue;
    phrasesChanged = true;
    if (list.length > 0) phrases[seg] = list;
    else delete phrases[seg];
  }
  if (phrasesChanged) core.vocabulary = { ...core.vocabulary, phrases };

  // `cadenceDays` is merged per segment by the backend, so only the segments that changed are sent.
  const cadenceChanges: Partial<Record<DefectionSegment, number[]>> = {};
  for (const seg of ALL_SEGMENTS) {
    const parsed = parseCadence(form.cadence[seg]);
    const before = parseCadence(baseline.cadence[seg]);
    if (parsed.ok && !(before.ok && sameList(parsed.value, before.value))) cadenceChanges[seg] = parsed.value;
  }
  if (Object.keys(cadenceChanges).length > 0) {
    core.activeWaiting = { ...core.activeWaiting, cadenceDays: { ...core.activeWaiting?.cadenceDays, ...cadenceChanges } };
  }

  if (form.secondOpinion !== baseline.secondOpinion) core.classification = { ...core.classification, secondOpinion: form.secondOpinion };

  const threshold = parseThreshold(form.threshold);
  const automation: AutomationSettingsView = {
    mode: form.mode,
    confidenceThreshold: threshold.ok ? threshold.value : loaded.automation.confidenceThreshold,
    taskOwner: form.ownerRule === 'fixed_owner' ? { rule: 'fixed_owner', ownerId: form.ownerId.trim() } : { rule: 'deal_owner' },
  };
  return { ok: true, request: { core, automation } };
}

type Issue = NonNullable<ApiErrorBody['error']['issues']>[number];

/**
 * Puts the backend's 400 issues (zod paths into the PUT body) onto the fields they name. Issues that
 * name no field on this page come back in `other`, as readable lines.
 */
export function fieldErrorsFromIssues(issues: readonly Issue[], sent: PutSettingsRequest): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const located = locateIssue(issue.path, sent);
    if (!located) {
      other.push(issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message);
      continue;
    }
    const text = located.entry !== undefined ? `"${clip(String(located.entry))}": ${issue.message}` : issue.message;
    fields[located.key] = fields[located.key] ? `${fields[located.key]} ${text}` : text;
  }
  return { fields, other };
}

function locateIssue(path: ReadonlyArray<string | number>, sent: PutSettingsRequest): { key: FieldKey; entry?: unknown } | undefined {
  const [root, section, field, sub, index] = path;
  if (root === 'automation') {
    if (section === 'mode') return { key: 'mode' };
    if (section === 'confidenceThreshold') return { key: 'threshold' };
    if (section === 'taskOwner') return { key: field === 'ownerId' ? 'ownerId' : 'ownerRule' };
    return undefined;
  }
  if (root !== 'core') return undefined;
  if (section === 'classification' && field === 'secondOpinion') return { key: 'secondOpinion' };
  if (section === 'vocabulary' && field === 'competitors') {
    return { key: 'competitors', entry: typeof sub === 'number' ? sent.core.vocabulary?.competitors?.[sub] : undefined };
  }
  if (section === 'vocabulary' && field === 'phrases' && isDefector(sub)) {
    return { key: `phrases.${sub}`, entry: typeof index === 'number' ? sent.core.vocabulary?.phrases?.[sub]?.[index] : undefined };
  }
  if (section === 'activeWaiting' && field === 'cadenceDays' && isSegment(sub)) {
    return { key: `cadence.${sub}`, entry: typeof index === 'number' ? sent.core.activeWaiting?.cadenceDays?.[sub]?.[index] : undefined };
  }
  return undefined;
}

function isSegment(value: unknown): value is DefectionSegment {
  return typeof value === 'string' && (ALL_SEGMENTS as string[]).includes(value);
}

function isDefector(value: unknown): value is DefectorType {
  return typeof value === 'string' && (DEFECTOR_SEGMENTS as string[]).includes(value);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function clip(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

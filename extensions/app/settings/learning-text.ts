/** Words of the "Learning from your reps" section, kept pure so they are tested without rendering. */
import type { AcceptVocabularySuggestionResponse, AgreementFigure, RepAgreementView, SettingsResponse, VocabularySuggestionView } from '../../../src/api/card-api';
import { SEGMENT_SHORT_LABELS } from '../shared/labels';

export const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)} %`);

/** "Regain agreed with your reps on 18 of 24 confirmed deals (75 %)", or what it waits for. */
export function agreementLine(a: RepAgreementView): string {
  if (a.confirmed === 0) return 'No confirmed deals yet: when reps confirm or correct an analysis on the deal card, Regain measures how often it agreed with them.';
  return `Regain agreed with your reps on ${a.agreed} of ${a.confirmed} confirmed deal${a.confirmed === 1 ? '' : 's'} (${percent(a.rate)}).`;
}

/** "Moved away: 0 of 3 (0 %)". */
export function segmentFigure(segment: keyof typeof SEGMENT_SHORT_LABELS, f: AgreementFigure): string {
  return `${SEGMENT_SHORT_LABELS[segment]}: ${f.agreed} of ${f.confirmed} (${percent(f.rate)})`;
}

/** Why a phrase is offered: "In 3 deals reps corrected to Moved away; in 0 of 40 other deals." */
export function suggestionReason(s: VocabularySuggestionView): string {
  return `In ${s.corrections} deal${s.corrections === 1 ? '' : 's'} reps corrected to ${SEGMENT_SHORT_LABELS[s.segment]}; in ${s.elsewhere} of ${s.otherAnalyses} other deals.`;
}

/** Appends a phrase to a vocabulary text area's lines, unless a line already says it. */
export function withPhrase(lines: string, phrase: string): string {
  const list = lines.split('\n').map((l) => l.trim()).filter(Boolean);
  if (list.some((l) => l.toLowerCase() === phrase.toLowerCase())) return lines;
  return [...list, phrase].join('\n');
}

/** The loaded settings with an accepted phrase in the segment's stored and effective vocabulary. */
export function withAcceptedPhrase(settings: SettingsResponse, result: AcceptVocabularySuggestionResponse): SettingsResponse {
  const phrases = { ...settings.core.vocabulary?.phrases, [result.segment]: result.phrases };
  return {
    ...settings,
    core: { ...settings.core, vocabulary: { ...settings.core.vocabulary, phrases } },
    effective: { ...settings.effective, vocabulary: { ...settings.effective.vocabulary, phrases: { ...settings.effective.vocabulary.phrases, [result.segment]: result.phrases } } },
  };
}

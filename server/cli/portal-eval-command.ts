/**
 * `regain eval --portal <id> [--json]`: Regain's agreement with the portal's reps, from the configured
 * database. Every confirmation or correction on the card is a labelled example: agreement = Regain's
 * suggested segment equals the one the rep confirmed, by confirmed segment. Also lists the vocabulary
 * suggestions their corrections support (the admin accepts them on the settings page; nothing is
 * added from here). `--json` prints the settings page's VocabularySuggestionsResponse.
 */
import type { VocabularySuggestionsResponse } from '../../src/api/card-api';
import { formatTable } from '../backfill/backfill-report';
import { suggestVocabulary } from '../services/vocabulary-suggestions';
import type { CliIo } from './io';
import { runPortalCommand } from './portal-command';

export function runPortalEvalCommand(argv: string[], io: CliIo & { env?: Record<string, string | undefined> }): Promise<number> {
  return runPortalCommand(argv, io, async (ws, portalId, json) => {
    const result = await suggestVocabulary({ stores: ws.stores, now: ws.now }, portalId);
    return json ? `${JSON.stringify(result)}\n` : formatPortalEval(portalId, result);
  });
}

const pct = (rate: number | null) => (rate === null ? '-' : `${(rate * 100).toFixed(1)} %`);

/** The agreement and the suggestions as readable tables. */
export function formatPortalEval(portalId: string, r: VocabularySuggestionsResponse): string {
  const a = r.agreement;
  if (a.confirmed === 0) return `portal ${portalId}: no confirmed analyses yet: agreement is measured once reps confirm or correct analyses on the deal card\n`;
  const parts = [
    `Regain's agreement with the reps of portal ${portalId}: ${pct(a.rate)} (${a.agreed} of ${a.confirmed} confirmed analyses: suggested segment = the rep's)\n`,
    formatTable(['confirmed segment', 'confirmed', 'agreed', 'agreement'], a.bySegment.map((s) => [s.segment, String(s.confirmed), String(s.agreed), pct(s.rate)])),
  ];
  if (r.suggestions.length === 0) parts.push('no vocabulary suggestions: no phrase recurs in the reps\' corrections and is rare elsewhere\n');
  else {
    parts.push(
      formatTable(
        ['vocabulary suggestion', 'segment', 'in corrections', 'elsewhere'],
        r.suggestions.map((s) => [`"${s.phrase}"`, s.segment, String(s.corrections), `${s.elsewhere} of ${s.otherAnalyses}`]),
      ),
      'accept a suggestion on the settings page (Learning from your reps); nothing is added to the vocabulary until an admin does\n',
    );
  }
  return parts.join('\n');
}

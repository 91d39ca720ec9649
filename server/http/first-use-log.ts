/**
 * Logs, once per process, which variant of an UNCONFIRMED HubSpot behaviour a request showed (which
 * identity parameters the hubspot.fetch proxy appended, which signature versions a request type carried),
 * so an operator learns on the first day with a real account which one HubSpot plays. Names only: never
 * values, signatures or personal data.
 */
import type { Logger } from 'pino';

export interface FirstUseLog {
  /** Logs `fields` at info the first time `topic` shows `variant`; later sightings of it are silent. */
  note(topic: string, variant: string, fields: Record<string, unknown>, message: string): void;
  /** The variants seen so far, by topic (for tests and diagnostics). */
  seen(): Record<string, string[]>;
}

export function createFirstUseLog(logger: Pick<Logger, 'info'>): FirstUseLog {
  const seen = new Map<string, Set<string>>();
  return {
    note(topic, variant, fields, message) {
      const variants = seen.get(topic) ?? new Set<string>();
      if (variants.has(variant)) return;
      variants.add(variant);
      seen.set(topic, variants);
      logger.info({ firstUse: topic, variant, ...fields }, message);
    },
    seen: () => Object.fromEntries([...seen].map(([topic, variants]) => [topic, [...variants]])),
  };
}

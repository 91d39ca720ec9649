/**
 * Ground truth the seed generator records per deal. It is kept beside the portal,
 * never as a HubSpot property, so Regain cannot read it through the API.
 */

import { DEFECTION_SEGMENTS, type DefectionSegment } from '../../src/types';

/** The five defector segments (Regain's framework, Step I) plus `undetermined`: the domain's own list. */
export const SEED_SEGMENTS = DEFECTION_SEGMENTS;
export type SeedSegment = DefectionSegment;

export const SEED_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt'] as const;
export type SeedLanguage = (typeof SEED_LANGUAGES)[number];

/** How the rep wrote the loss reason. */
export type ReasonStyle = 'picklist' | 'short' | 'long' | 'empty';

export interface DealTruth {
  dealId: string;
  companyId: string;
  /** `open` deals are demo candidates: `segment` is what they become when moved to closed lost. */
  status: 'closed_lost' | 'open';
  segment: SeedSegment;
  customerStatus: 'lost_customer' | 'lost_prospect';
  language: SeedLanguage;
  style: ReasonStyle;
  /** Tickets pointing at a service failure were planted around the loss. */
  serviceFailureTickets: number;
}

/** What to seed: the small demo portal, or N closed-lost deals. */
export type SeedSpec =
  | 'demo'
  | {
      closedLostDeals: number;
      /** Open deals that can later be moved to closed lost (default: a few). */
      openDeals?: number;
      /** PRNG seed (default 1). Same seed, same data. */
      seed?: number;
      /** Reference "today" in epoch ms (default 2025-06-01). Dates are generated before it. */
      now?: number;
    };

/** Counts of what a seed created. */
export interface SeedSummary {
  owners: number;
  companies: number;
  contacts: number;
  deals: number;
  closedLostDeals: number;
  openDeals: number;
  notes: number;
  tickets: number;
  durationMs: number;
}

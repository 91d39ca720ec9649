/**
 * Finds every closed-lost deal in a close-date window with the CRM search API, without ever losing one
 * to HubSpot's cap of 10,000 results per query (fact sheet §5.7):
 * 1. the window is split into consecutive sub-windows of at most `cap` results: the end is halved
 *    (bisected) until the query's `total` fits;
 * 2. inside a sub-window deals come in id order, each page asking for `hs_object_id > last id` (keyset
 *    paging: no `after` offsets, so nothing shifts when deals change meanwhile, and a checkpoint is just
 *    the window and the last id).
 * Closed-lost stages come from pipeline metadata (all pipelines); results are checked against the
 * stage index again, since one stage id can be closed lost in one pipeline and open in another.
 */
import { DEAL_PROPERTIES } from '../hubspot/gather-deal-snapshot';
import type { FoundDeal } from '../hubspot/gather-deal-snapshots';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';

/** HubSpot's hard cap on the results of one search query. */
export const SEARCH_RESULT_CAP = 10_000;
/** HubSpot's largest search page. */
export const SEARCH_PAGE_SIZE = 200;

export type DealSearcher = Pick<HubSpotPort, 'portalId' | 'searchDeals'>;

export interface DealWindow {
  /** Epoch ms, both ends inclusive. */
  start: number;
  end: number;
}

export interface SearchPage {
  total: number;
  deals: FoundDeal[];
}

/** One search: closed-lost stage ids, close date in the window, optionally deals after an id (in id order). */
export async function searchClosedLost(client: DealSearcher, stageIds: string[], window: DealWindow, options: { afterId?: string | null; limit?: number } = {}): Promise<SearchPage> {
  const filters = [
    { propertyName: 'dealstage', operator: 'IN', values: stageIds },
    { propertyName: 'closedate', operator: 'GTE', value: String(window.start) },
    { propertyName: 'closedate', operator: 'LTE', value: String(window.end) },
    ...(options.afterId ? [{ propertyName: 'hs_object_id', operator: 'GT', value: options.afterId }] : []),
  ];
  return client.searchDeals({ filters, properties: DEAL_PROPERTIES, limit: options.limit ?? SEARCH_PAGE_SIZE });
}

/**
 * The next sub-window starting at `start` whose results fit under the cap, with its first page.
 * Halves the end until `total <= cap`; a single millisecond over the cap is returned as it is (keyset
 * paging still reaches every deal in it).
 */
export async function nextWindow(client: DealSearcher, stageIds: string[], start: number, until: number, cap = SEARCH_RESULT_CAP): Promise<{ window: DealWindow; first: SearchPage; probes: number }> {
  let end = until;
  let probes = 0;
  for (;;) {
    const first = await searchClosedLost(client, stageIds, { start, end });
    probes += 1;
    if (first.total <= cap || end === start) return { window: { start, end }, first, probes };
    end = start + Math.floor((end - start) / 2);
  }
}

/** How many closed-lost deals the whole window holds (one search, one result). */
export async function countClosedLost(client: DealSearcher, stageIds: string[], window: DealWindow): Promise<number> {
  return (await searchClosedLost(client, stageIds, window, { limit: 1 })).total;
}

export interface DealPage {
  window: DealWindow;
  deals: FoundDeal[];
  /** The last page of its sub-window: what follows starts at `window.end + 1`. */
  windowDone: boolean;
}

/**
 * Every closed-lost deal from a position (a sub-window and the last id done in it, or just a start)
 * up to `until`, page by page: sub-windows of at most `cap` results, id order inside each.
 */
export async function* closedLostDealPages(
  client: DealSearcher,
  stageIds: string[],
  from: { windowStart: number; windowEnd: number | null; lastDealId: string | null },
  until: number,
  cap = SEARCH_RESULT_CAP,
): AsyncGenerator<DealPage> {
  let start = from.windowStart;
  let current: { window: DealWindow; lastId: string | null; next: Promise<SearchPage> | null } | null =
    from.windowEnd !== null ? { window: { start: from.windowStart, end: from.windowEnd }, lastId: from.lastDealId, next: null } : null;
  while (current || start <= until) {
    if (!current) {
      const next = await nextWindow(client, stageIds, start, until, cap);
      current = { window: next.window, lastId: null, next: Promise.resolve(next.first) };
    }
    const page = await (current.next ?? searchClosedLost(client, stageIds, current.window, { afterId: current.lastId }));
    const windowDone = page.deals.length < SEARCH_PAGE_SIZE;
    if (page.deals.length > 0) current.lastId = page.deals[page.deals.length - 1]!.id;
    const window = current.window;
    if (windowDone) {
      start = window.end + 1;
      current = null;
    } else {
      // Ask for the next page while this one is worked on (searches have their own budget).
      const next = searchClosedLost(client, stageIds, window, { afterId: current.lastId });
      next.catch(() => undefined); // awaited on the next round; a consumer that stops early never sees it
      current.next = next;
    }
    yield { window, deals: page.deals, windowDone };
  }
}

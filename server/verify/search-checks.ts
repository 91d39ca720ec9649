/**
 * CRM search as the backfill uses it (server/backfill/find-closed-lost-deals.ts): pages of up to 200, sorted
 * by `hs_object_id`, keyset paging with `hs_object_id GT <last id>`, and an exact `total` (the backfill
 * splits close-date windows by it to stay under the cap of 10,000 results per query). `after`/`limit`
 * offset paging and the cap itself are read too: cheap, and the fact sheet says what to expect.
 */
import { SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP } from '../backfill/find-closed-lost-deals';
import { describeFailure, row, type VerifyContext, type VerifyRow } from './verify-context';

const AREA = 'search';
type Page = { total: number; ids: string[]; after: string | undefined };

async function searchDeals(ctx: VerifyContext, options: { limit: number; afterId?: string; after?: string }): Promise<Page> {
  const res = await ctx.hubspot.searchDeals({
    filters: [{ propertyName: 'hs_object_id', operator: 'GT', value: options.afterId ?? '0' }],
    properties: ['hs_object_id'],
    limit: options.limit,
    ...(options.after !== undefined ? { after: options.after } : {}),
  });
  return { total: res.total, ids: res.deals.map((d) => d.id), after: res.after };
}

const ascending = (ids: string[]) => ids.every((id, i) => i === 0 || BigInt(ids[i - 1]!) < BigInt(id));

export async function checkSearchPaging(ctx: VerifyContext): Promise<VerifyRow[]> {
  const rows: VerifyRow[] = [];
  const big = await searchDeals(ctx, { limit: SEARCH_PAGE_SIZE });
  rows.push(
    row(
      AREA,
      `Search takes limit ${SEARCH_PAGE_SIZE}, sorts by hs_object_id and answers a numeric total`,
      `${big.ids.length} result(s) of total ${String(big.total)}; ${ascending(big.ids) ? 'ascending ids' : 'ids NOT in ascending order'}`,
      typeof big.total === 'number' && big.ids.length <= SEARCH_PAGE_SIZE && big.total >= big.ids.length && ascending(big.ids),
    ),
  );
  const keyset = 'Paging: hs_object_id GT <last id> gives the next page (the backfill\'s keyset paging), as does paging.next.after';
  if (big.total < 3) {
    rows.push(row(AREA, keyset, `only ${big.total} deal(s) in the portal: too few to page`, 'skipped'));
  } else {
    const first = await searchDeals(ctx, { limit: 2 });
    const byKey = await searchDeals(ctx, { limit: 2, afterId: first.ids[first.ids.length - 1]! });
    const byOffset = first.after === undefined ? null : await searchDeals(ctx, { limit: 2, after: first.after });
    const disjoint = byKey.ids.every((id) => !first.ids.includes(id)) && byKey.ids.length > 0;
    const sameNext = byOffset !== null && byOffset.ids.join(',') === byKey.ids.join(',');
    const exactTotal = byKey.total === first.total - first.ids.length;
    rows.push(
      row(
        AREA,
        keyset,
        [
          `page 1 [${first.ids.join(', ')}], keyset page 2 [${byKey.ids.join(', ')}]`,
          byOffset ? `offset page 2 [${byOffset.ids.join(', ')}]` : 'no paging.next.after on page 1',
          exactTotal ? 'totals exact' : `total ${first.total} then ${byKey.total}: not exact`,
        ].join('; '),
        disjoint && sameNext && exactTotal,
      ),
    );
  }
  rows.push(await capRow(ctx));
  return rows;
}

/** Asks for a page past the cap: HubSpot documents a 400. The backfill never pages that far either way. */
async function capRow(ctx: VerifyContext): Promise<VerifyRow> {
  const assumption = `Paging past ${SEARCH_RESULT_CAP.toLocaleString('en')} results is refused (the backfill splits windows instead)`;
  try {
    const page = await searchDeals(ctx, { limit: 1, after: String(SEARCH_RESULT_CAP) });
    return row(AREA, assumption, `200 with ${page.ids.length} result(s) at after=${SEARCH_RESULT_CAP}: not refused here (harmless: the backfill never pages past it)`, true);
  } catch (err) {
    const answer = describeFailure(err);
    return row(AREA, assumption, answer.startsWith('400') ? `400 at after=${SEARCH_RESULT_CAP}, as documented` : answer, answer.startsWith('400'));
  }
}

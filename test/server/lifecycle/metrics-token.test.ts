/** The /metrics bearer-token check (METRICS_TOKEN), in constant time over digests. */
import { isAuthorizedScrape } from '../../../server/metrics';

const TOKEN = 'scrape-token-0123456789abcdef';

describe('isAuthorizedScrape', () => {
  it.each([
    [`Bearer ${TOKEN}`, true],
    [`bearer ${TOKEN}`, true],
    [`Bearer   ${TOKEN} `, true],
    [undefined, false],
    ['', false],
    ['Bearer', false],
    ['Bearer ', false],
    [`Basic ${TOKEN}`, false],
    [`Bearer ${TOKEN}x`, false],
    [`Bearer ${TOKEN.slice(0, -1)}`, false],
    [`Bearer ${TOKEN.toUpperCase()}`, false],
    [`Bearer ${TOKEN} extra`, false],
    [TOKEN, false],
  ])('%j -> %s', (header, expected) => {
    expect(isAuthorizedScrape(header, TOKEN)).toBe(expected);
  });
});

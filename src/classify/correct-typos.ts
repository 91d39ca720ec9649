/**
 * Typo tolerance for the words that matter most ("prcie", "cheeper", "competetor", "servcie"):
 * a symmetric-delete index finds the keyword within one edit (insert, delete, substitute, swap).
 * Only tokens of five letters or more that are not already known words are corrected.
 */

const KEYWORDS = [
  'price', 'prices', 'pricing', 'cheaper', 'cheapest', 'expensive', 'discount', 'competitor', 'competitors',
  'competition', 'service', 'support', 'delivery', 'deliveries', 'delayed', 'invoice', 'invoices', 'billing', 'outage',
  'outages', 'quality', 'acquired', 'acquisition', 'bankrupt', 'bankruptcy', 'merger', 'relocated', 'feature',
  'features', 'integration', 'integrations', 'functionality', 'unprofitable', 'profitable', 'onboarding',
  'implementation', 'requirements', 'platform', 'complaint', 'complaints', 'unresponsive', 'responded', 'decision',
  'guenstiger', 'gunstiger', 'billiger', 'lieferung', 'insolvenz', 'ubernommen', 'konkurrenz', 'wettbewerber',
  'concurrent', 'concurrence', 'fonctionnalites', 'livraison', 'faillite', 'competencia', 'proveedor', 'barato',
  'concorrente', 'fornecedor', 'atendimento', 'precio', 'preco', 'ansprechpartner', 'funciones', 'coutait', 'offer', 'internalizaram', 'internalized', 'fabrica',
];

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class TypoCorrector {
  private readonly index = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  /** @param known words that are never corrected (the lexicon's own words). */
  constructor(private readonly known: ReadonlySet<string>) {
    for (const keyword of KEYWORDS) {
      if (!this.index.has(keyword)) this.index.set(keyword, keyword);
      for (const d of deletions(keyword)) if (!this.index.has(d)) this.index.set(d, keyword);
    }
  }

  /** Returns the keyword the token most likely meant, or the token itself. */
  correct(token: string): string {
    if (token.length < 5 || this.known.has(token) || /\d/.test(token)) return token;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    let result = this.index.get(token);
    if (result === undefined) {
      for (const d of deletions(token)) {
        result = this.index.get(d);
        if (result !== undefined) break;
      }
    }
    const corrected = result ?? token;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(token, corrected);
    return corrected;
  }
}

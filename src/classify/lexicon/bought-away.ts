import type { CueSpec } from './types';

/** Step I, bought away: left for a lower price. EN, DE, FR, ES, PT; folded (no accents). */
export const BOUGHT_AWAY_CUES: CueSpec[] = [
  {
    kind: 'price',
    weight: 2.2,
    phrases: [
      // English
      'price', 'prices', 'pricing', 'priced', 'pricey', 'price*', 'undercut*', 'under cut', 'lower bid', 'lowest bid',
      'low bid', 'lowest offer', 'lowest quote', 'better price', 'better deal', 'better rate', 'better rates', 'better terms',
      'lower rate', 'lower rates', 'lower cost', 'lower costs', 'too expensive', 'overpriced', 'over priced', 'price war',
      'beat our price', 'beat our quote', 'beat us on', 'won on price', 'lost on price', 'came in lower', 'came in under',
      'came in cheaper', 'half the cost', 'half the price', 'fraction of the cost', 'fraction of the price', 'pct cheaper',
      'pct less', 'pct lower', 'pct below', 'pct off', 'pct discount', 'cost savings', 'cost saving', 'save money',
      'saves them', 'saving them', 'could not afford', 'can not afford', 'afford', 'money less', 'for less', 'less money',
      'budget option', 'low cost', 'low-cost', 'lowcost', 'price sensitive', 'price driven', 'price shopper', 'discount*',
      'rebate*', 'procurement went with the lowest', 'went with the lowest', 'lowest price', 'lower price', 'lower prices',
      'lower priced', 'cost reasons', 'cost-cutting', 'cost cutting',
      // German
      '*preis*', 'gunstig*', '*gunstig*', 'billig*', '*billig*', 'zu teuer', 'teurer als', 'kostengrunde*', 'kostengrunden',
      'rabatt*', 'nachlass', 'einsparung*', 'sparen', 'zu hohe kosten', 'kosten zu hoch', 'kosten', 'konditionen',
      'gunstigeres angebot', 'guenstiger',
      // French
      'prix', 'moins cher', 'moins chere', 'moins chers', 'moins cheres', 'trop cher', 'trop chere', 'tarif*', 'moins disant',
      'moins-disant', 'remise*', 'rabais', 'couts', 'cout', 'economies', 'offre plus avantageuse', 'plus avantageux',
      'plus avantageuse', 'moins couteux', 'moins couteuse', 'pct moins',
      // Spanish
      'precio*', 'mas barato', 'mas barata', 'mas baratos', 'barato', 'barata', 'demasiado caro', 'muy caro', 'coste*',
      'costo*', 'descuento*', 'tarifa*', 'ahorro*', 'mas economico', 'mas economica', 'oferta mas economica', 'economico',
      'rebaja*', 'pct mas barato', 'pct menos',
      // Portuguese
      'preco', 'precos', 'mais barato', 'mais barata', 'mais baratos', 'muito caro', 'muito cara', 'custo', 'custos', 'desconto*', 'por menos', 'menos dinheiro', 'menos dinero', 'por menos dinero', 'mejor precio', 'melhor preco', 'meilleur prix', 'besserer preis', 'besseren preis',
      'mais em conta', 'economia', 'preco _ menor', 'preco menor', 'menor preco', 'preco mais baixo', 'precio _ menor',
      'menor precio', 'precio mas bajo', 'prix plus bas', 'niedrigerer preis', 'undercut us', 'diferenca no frete', 'diferencia de precio', 'valor mais baixo', 'proposta mais barata', 'mais economica', 'mais economico',
    ],
  },
  {
    kind: 'price',
    weight: 1.0,
    phrases: [
      'expensive', 'cost', 'costs', 'costly', 'fees', 'fee', 'rates', 'money', 'quote', 'teuer',
      'cher', 'chere', 'caro', 'cara', 'valor alto', 'money pct', 'unit cost', 'unit costs', 'unit price',
      'reverse auction', 'lower', 'frete', 'flete', 'fret', 'free', 'for free', 'months free', 'mos free', 'gratis', 'kostenlos', 'gratuit', 'besseres angebot', 'besserem angebot', 'pctoff', 'dinero', 'dinheiro', 'argent',
      'commercial terms', 'commercials', 'tender', 'rfq', 'bid',
    ],
  },
  {
    kind: 'price',
    weight: 2.2,
    negatable: false,
    phrases: ['cheap*', 'affordable', 'not competitive', 'uncompetitive', 'nicht wettbewerbsfahig', 'pas competitif',
      'pas assez competitif', 'no competitivo', 'no eramos competitivos', 'nao competitivo', 'nao era competitivo',
      'barato', 'barata', 'gunstig*', 'go low enough', 'low enough', 'go lower', 'can not justify', 'could not justify',
      'justify paying', 'justify the price', 'justify the cost'],
  },
  {
    kind: 'our_price_rise',
    weight: 2.4,
    phrases: [
      'our price increase', 'our price rise', 'our price hike', 'price increase', 'price hike', 'price rise', 'price uplift',
      'renewal uplift', 'uplift', 'we raised prices', 'we raised our prices', 'we raised the price', 'increased our prices',
      'increased prices', 'raised prices', 'new pricing', 'new price list', 'renewal increase', 'pct increase',
      'preiserhohung*', 'preisanpassung*', 'preissteigerung*', 'augmentation tarifaire', 'augmentation de prix',
      'augmentation des prix', 'hausse des prix', 'hausse de prix', 'hausse tarifaire', 'aumento de precio',
      'aumento de precios', 'subida de precio', 'subida de precios', 'incremento de precio', 'reajuste', 'aumento de preco',
      'aumento do preco', 'aumento nos precos', 'aumento de precos',
    ],
  },
];

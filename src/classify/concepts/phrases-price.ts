import type { ConceptSpec } from './types';

/**
 * Step I, bought away: named phrases as reps write them (picklist values, set phrases), in the five languages.
 * They carry the concept without describing who did what; the structured forms live next to them.
 */
export const PRICE_PHRASES: ConceptSpec[] = [
  {
    concept: 'price_named',
    weight: 2.2,
    forms: {
      en: [
        'price*', 'lower bid', 'lowest bid', 'low bid', 'lowest quote', 'better price', 'better rate',
        'better rates', 'lower rate', 'lower rates', 'lower costs', 'over priced', 'price war', 'beat our price',
        'beat our quote', 'came in cheaper', 'half the cost', 'half the price', 'fraction of the cost',
        'fraction of the price', 'pct cheaper', 'cost savings', 'cost saving', 'saves them', 'saving them',
        'could not afford', 'can not afford', 'afford', 'money less', 'price sensitive', 'price driven',
        'price shopper', 'procurement went with the lowest', 'went with the lowest', 'lowest price', 'lower price',
        'lower prices', 'lower priced', 'cost reasons',
      ],
      de: [
        '*preis*', '*gunstig*', '*billig*', 'teurer als', 'kostengrunden', 'einsparung*', 'zu hohe kosten',
        'kosten zu hoch', 'guenstiger',
      ],
      fr: [
        'moins cher', 'moins chere', 'moins chers', 'moins cheres', 'trop cher', 'trop chere', 'tarif*',
        'offre plus avantageuse', 'plus avantageux', 'plus avantageuse', 'moins couteux', 'moins couteuse',
      ],
      es: [
        'precio*', 'mas barato', 'mas barata', 'mas baratos', 'barato', 'barata', 'demasiado caro', 'muy caro',
        'coste*', 'costo*', 'tarifa*', 'mas economico', 'mas economica', 'oferta mas economica', 'economico',
        'pct mas barato',
      ],
      pt: [
        'mais barato', 'mais barata', 'mais baratos', 'muito caro', 'muito cara', 'menos dinheiro', 'menos dinero',
        'por menos dinero', 'economia', 'preco _ menor', 'preco menor', 'preco mais baixo', 'precio _ menor',
        'precio mas bajo', 'niedrigerer preis', 'undercut us', 'diferenca no frete', 'diferencia de precio',
        'valor mais baixo', 'proposta mais barata', 'mais economica', 'mais economico',
      ],
    },
  },
  {
    concept: 'price_named',
    weight: 1.0,
    forms: {
      en: [
        'costly', 'valor alto', 'money pct', 'unit costs', 'lower', 'flete', 'fret', 'gratuit', 'besserem angebot',
        'pctoff', 'bid',
      ],
      fr: [
        'free', 'mos free',
      ],
    },
  },
  {
    concept: 'price_named',
    weight: 2.2,
    negatable: false,
    forms: {
      en: [
        'affordable', 'not competitive', 'uncompetitive', 'no competitivo', 'no eramos competitivos', 'barato',
        'barata', 'go low enough', 'go lower', 'can not justify', 'could not justify', 'justify paying',
        'justify the price', 'justify the cost',
      ],
      de: [
        'nicht wettbewerbsfahig',
      ],
      fr: [
        'pas competitif', 'pas assez competitif',
      ],
      pt: [
        'nao competitivo', 'nao era competitivo',
      ],
    },
  },
  {
    concept: 'our_price_rise',
    weight: 2.4,
    forms: {
      en: [
        'our price rise', 'our price hike', 'increased prices', 'raised prices',
      ],
      fr: [
        'aumento de precio', 'aumento de precios', 'subida de precio', 'subida de precios', 'incremento de precio',
        'aumento de preco', 'aumento de precos',
      ],
    },
  },
];

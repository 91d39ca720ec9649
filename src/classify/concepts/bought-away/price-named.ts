import type { ConceptSpec } from '../types';

/** Bought away (a lower price elsewhere): price named. */
export const PRICE_NAMED: ConceptSpec[] = [
  {
    concept: 'price_named',
    weight: 1.4,
    forms: {
      en: [
        'price', 'prices', 'pricing', 'priced', 'per unit', 'per seat', 'per head', 'unit cost', 'unit price',
        'the rate', 'rate',
        'rates', 'charge per', 'charges per', 'what you charge', 'what we charge', 'your price*', 'your rate*',
        'the fee',
      ],
      de: ['preis', 'preise', 'preisthema', 'preisgrunde', 'preislich', 'kostengrunde*', 'konditionen', 'stundensatz'],
      fr: ['prix', 'tarif', 'tarifs', 'tarifaire'],
      es: ['precio', 'precios', 'tarifa', 'tarifas', 'cuota'],
      pt: ['preco', 'precos', 'valor'],
    },
  },
  {
    concept: 'price_named',
    weight: 0.6,
    forms: {
      en: [
        'cost', 'costs', 'fee', 'fees', 'quote', 'quoted', 'money', 'commercials', 'commercial terms',
        'budget option',
      ],
      de: ['kosten', 'honorar', 'gebuhr*', 'angebot'],
      fr: ['cout', 'couts', 'devis', 'argent'],
      es: ['coste', 'costes', 'costo', 'costos', 'dinero'],
      pt: ['custo', 'custos', 'frete', 'dinheiro'],
    },
  },
  {
    // "ce n'est pas la qualité, c'est le coefficient": the figure named as the cause.
    concept: 'price_named',
    weight: 2.2,
    forms: {
      en: ['it was the @money', 'it is the @money', 'came down to the @money', 'all about the @money'],
      de: ['es war der @money', 'es ist der @money', 'ging nur um den @money'],
      fr: ['c est le @money', 'c etait le @money', 'c est la @money', 'c etait la @money'],
      es: ['es el @money', 'era el @money', 'fue el @money', 'fue la @money'],
      pt: ['foi o @money', 'era o @money'],
    },
  },
  {
    // A price gap, or the figures compared side by side: who was cheaper is read from the rest of the text.
    concept: 'price_named',
    weight: 1.4,
    forms: {
      en: ['side by side', 'bills side by side'],
      de: ['preisunterschied', 'preisdifferenz', 'nebeneinander'],
      fr: ['ecart de prix', 'cote a cote'],
      es: ['lado a lado'],
      pt: ['diferenca de preco'],
    },
  },
  {
    // Our price told as too high without "caro" ("salgada", "puxado", "un ojo de la cara"): price named, as "muy caro".
    concept: 'price_named',
    weight: 2.2,
    forms: {
      es: [
        'carisim*', 'precio desorbitado', 'precios desorbitados', 'un ojo de la cara', 'nos quedamos caros',
        'fuera de precio', 'nos salimos de precio', 'se les iba de precio', 'precio inasumible', 'precios inasumibles',
      ],
      pt: [
        'proposta salgada', 'preco salgado', 'valor salgado', 'ficou salgad*', 'salgada demais', 'salgado demais',
        'muito salgad*', 'ficou puxad*', 'muito puxad*', 'preco puxado', 'valor puxado', 'os olhos da cara',
        'ficamos caros', 'fora de preco', 'carissim*',
      ],
    },
  },
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
        'affordable', 'not competitive', 'uncompetitive', 'no competitivo', 'no eramos competitivos', 
        'go low enough', 'go lower', 'can not justify', 'could not justify', 'justify paying',
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
];

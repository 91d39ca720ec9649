import type { ConceptSpec } from '../types';

/** Bought away (a lower price elsewhere): our price increase. */
export const OUR_PRICE_RISE: ConceptSpec[] = [
  {
    concept: 'our_price_rise',
    weight: 2.4,
    forms: {
      en: [
        'our price increase', 'price increase', 'price hike', 'price rise', 'price uplift', 'renewal uplift', 'uplift',
        'we raised prices', 'we raised our prices', 'we raised the price', 'increased our prices', 'raised our rates',
        'new pricing', 'new price list', 'renewal increase', 'pct increase', 'new ~ pricing', 'doubled their bill',
        'doubled the price', 'doubled our price',
      ],
      de: ['preiserhohung*', 'preisanpassung*', 'preissteigerung*', 'erhohten preise'],
      fr: [
        'augmentation tarifaire', 'augmentation de prix', 'augmentation des prix', 'hausse des prix',
        'hausse de prix', 'hausse tarifaire', 'hausse des tarifs', 'augmente nos tarifs',
      ],
      es: [
        'aumento de precio*', 'subida de precio*', 'incremento de precio*', 'reajuste', 'subida de tarifa*',
        'aumento de tarifa*', 'subimos',
      ],
      pt: [
        'aumento de preco*', 'aumento do preco', 'aumento nos precos', 'aumentamos',
      ],
    },
  },
  {
    // Our own increase told in other words: an annual bump, an indexation at renewal ("their prices went up" is not ours).
    concept: 'our_price_rise',
    weight: 2.4,
    forms: {
      en: [
        'our quote jumped', 'renewal quote jumped', 'our price jumped', 'our prices jumped', 'our pricing jumped', 'renewal jumped', 'renewal went up',
        'our price went up', 'our prices went up', 'our rates went up',
        'annual increase', 'yearly increase', 'our increase', 'our rate increase', 'our rate hike', 'fee increase', 'price jump',
        'we increased the price*', 'we increased our', 'we bumped the price*', 'we bumped our', 'bumped our price*', 'bumped the price', 'raised our fee*', 'hiked our', 'hiked prices',
        'hiked the price', 'hiked the rate', 'hiked their rate', 'renewal hike', 'renewal jump', 'cpi increase', 'cpi uplift', 'inflation uplift', 'inflation increase',
        'indexation', 'price escalator', 'price adjustment', 'we repriced', 'repricing at renewal', 'list price increase',
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

import type { ConceptSpec } from '../types';

/** Bought away (a lower price elsewhere): a price comparison. */
export const PRICE_HIGHER: ConceptSpec[] = [
  {
    concept: 'price_higher',
    weight: 2.0,
    forms: {
      en: [
        'more expensive', 'too expensive', 'expensive', 'pricier', 'pricey', 'dearer', 'overpriced', 'costs more',
        'cost more', 'costing more', 'charges more', 'charge more', 'charging more', 'higher @money', '@money ~ higher',
        'higher than ours', 'higher than us', 'the highest', 'highest', 'above the cheapest', 'pct above', 'pct over',
        'pct higher', 'pct more', 'priced out', 'missed by', 'out of budget', 'over budget', 'too high', 'too much',
        'we were too expensive', 'we were more expensive', 'we were higher', 'we were pricier',
        'our price was too high', 'our prices were too high', 'our quote was too high', 'our quote was higher',
        'our rates were higher', 'we came in higher', 'we were above', 'out of their budget', 'beyond their budget',
        'too pricey', 'price was too high', 'prices were too high',
        'over their target', 'above their target', 'target price', 'above target', 'their price point', 'price point',
        'numbers did not work', 'could not make the numbers work', 'the math did not work', 'too rich',
        'sticker shock', 'pricing was an issue', 'pricing issue', 'price issue', 'price objection', 'cost objection',
        'too costly', 'cost too much', 'costs too much',
        'biggest number', 'highest number', 'largest number', 'most expensive', 'highest total', 'biggest total',
      ],
      de: [
        'teurer', 'zu teuer', 'teuer', 'hoher* @money', '@money ~ hoher', 'pct uber', 'pct uber dem gunstigst*',
        'uber dem gunstigst*', 'pct teurer', 'zu hoch', 'kosten mehr',
        'wir waren zu teuer', 'wir waren teurer', 'unser angebot war zu teuer', 'unser preis war zu hoch',
        'preis zu hoch', 'preise zu hoch', 'zu hohe preise', 'uber budget', 'lagen uber', 'lagen _ uber',
        'zu hoher preis', 'preislich nicht', 'preislich zu hoch', 'nicht wettbewerbsfahig', 'uber dem zielpreis',
        'zielpreis',
      ],
      fr: [
        'plus cher*', 'trop cher*', 'cher', 'chere', 'plus eleve*', 'pct plus cher*', 'au dessus', 'prix eleve*',
        'tarif* eleve*', 'trop haut', 'nous etions trop chers', 'nous etions plus chers', 'on etait trop cher*',
        'notre prix etait trop eleve', 'prix trop eleve*', 'hors budget', 'au dessus du budget',
        'au dessus de leur budget', 'prix cible', 'hors de prix', 'pas competitifs', 'pas competitif',
      ],
      es: [
        'mas car*', 'demasiado car*', 'muy car*', 'caro', 'mas alto*', '@money ~ mas alt*', 'por encima',
        'cuesta mas', 'eramos mas caros', 'eramos demasiado caros', 'nuestro precio era alto',
        'precio demasiado alto', 'precios altos', 'fuera de presupuesto', 'por encima del presupuesto',
        'precio objetivo', 'no fuimos competitivos', 'no somos competitivos', 'poco competitivos',
      ],
      pt: [
        'mais car*', 'muito car*', 'cara', 'mais alto*', '@money ~ mais alt*', 'acima', 'sai mais caro',
        'custa mais', 'estavamos mais caros', 'estavamos caros', 'nosso preco estava alto', 'preco muito alto',
        'precos altos', 'fora do orcamento', 'acima do orcamento', 'preco alvo', 'nao fomos competitivos',
        'pouco competitivos',
      ],
    },
  },
  {
    // Twice the price: who was dearer is read from who is the subject ("ours was nearly double").
    concept: 'price_higher',
    weight: 2.0,
    forms: {
      en: ['nearly double', 'almost double', 'twice the price', 'double the price'],
      de: ['doppelt so teuer', 'fast doppelt'],
      fr: ['presque le double', 'le double de'],
      es: ['casi el doble', 'el doble de'],
      pt: ['quase o dobro', 'o dobro do'],
    },
  },
  {
    // Our price too high, told as a distance from theirs or from the market.
    concept: 'price_higher',
    weight: 2.0,
    forms: {
      en: [
        'did not justify our price*', 'did not justify the price', 'did not justify the cost', 'value did not justify', 'not justify our price*',
        'twice what', 'double what', 'twice as expensive', 'twice our price',
        'double our price', 'triple what', 'out of line with the market', 'out of line on price',
        'above market', 'above the market', 'over market rate*', 'not competitive on price', 'uncompetitive on price',
        'uncompetitive pricing', 'way off on price', 'too steep', 'steep price*',
        'price was steep', 'pricing was steep', 'cost prohibitive', 'prohibitively expensive', 'could not justify the cost',
        'could not justify the spend', 'could not justify the price', 'could not justify the investment',
        'not in their price range', 'outside their price range', 'money diff*', 'pricing gap', 'price delta',
        'gap on price', 'too rich for', 'too much money', 'premium too high', 'premium was too',
      ],
    },
  },
  { concept: 'price_higher', weight: 2.0, forms: {
    de: [
      'zu hochpreisig', 'preislich nicht konkurrenzfahig', 'preislich nicht wettbewerbsfahig',
      'preislich nicht mithalten', 'preislich daneben', 'preisunterschied ~ zu gross', 'preisdifferenz ~ zu gross',
      'zu kostspielig',
    ],
    fr: [
      'tarif* trop eleve*', 'pas competitif* sur le prix', 'trop cher* de',
    ],
  } },
  {
    concept: 'price_higher',
    weight: 2.0,
    forms: {
      en: [
        'higher price', 'higher priced', 'hoherer preis', 'hoheren preis', 'a bit more', 'slightly more',
      ],
      fr: [
        'plus cher', 'plus chere', 'plus couteux', 'plus couteuse', 'paient plus',
      ],
      es: [
        'mas caro', 'mas cara', 'pagan algo mas',
      ],
      pt: [
        'mais caro', 'mais cara',
      ],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Bought away (a lower price elsewhere): a promotional price. */
export const PROMO: ConceptSpec[] = [
  {
    concept: 'promo',
    weight: 2.2,
    forms: {
      en: [
        'introductory', 'intro price', 'intro offer', 'intro promo', 'promo', 'promos', 'promotion*', 'en promocion', 'promocional', 'precio promocional', 'promocao', 'promocoes',
        'first year rate', 'first year price', 'year 1 free', 'months free', 'free for', 'for free', 'waive*',
        'surplus', 'clearance', 'break into', 'buy the business',
        'for nothing', 'threw in', 'thrown in', 'at no charge', 'no charge', 'at no cost', 'on the house',
        'free of charge months', 'free trial', 'one time offer', 'one off offer', 'one off deal', 'special offer',
        'limited time offer',
      ],
      de: [
        'einfuhrungspreis*', 'einfuhrungsangebot', 'aktionspreis*', 'kostenlos', 'gratis', 
        'sonderangebot*', 'sonderpreis*', 'sonderkondition*', 'einmalig* angebot*',
      ],
      fr: [
        'offre promotionnelle', 'gratuit*', 'offert*',
        'offre ponctuelle', 'offre speciale', 'prix special',
      ],
      // ("la última promoción" of a builder is a housing development, not a promotion.)
      es: ['oferta de lanzamiento', 'promocion* de precio*', 'precio* de promocion', 'promocion de lanzamiento',
        'promocion especial', 'promocion temporal', 'promociones', 'oferta puntual',
        'oferta especial', 'precio especial'],
      pt: ['preco promocional', 'de graca', 'oferta pontual',
        'preco especial'],
    },
  },
  {
    // A one-off cheap lot: a price cue, and it outweighs the closure or insolvency it came from.
    concept: 'promo',
    weight: 2.7,
    forms: {
      en: ['clearance lot', 'clearance stock', 'clearance sale', 'liquidation stock', 'liquidation lot', 'bankruptcy stock', 'surplus stock', 'job lot', 'fire sale'],
      de: ['restpartie', 'restposten', 'insolvenzmasse', 'aus einer insolvenz', 'spottpreis', 'ramschpreis', 'lagerraumung*', 'sonderposten'],
      fr: ['lot de liquidation', 'destockage', 'fin de serie', 'fins de serie', 'lot de faillite', 'prix casse', 'prix casses'],
      es: ['lote de liquidacion', 'lote de saldo', 'saldo de stock', 'restos de stock', 'excedente de stock', 'precio de saldo'],
      pt: ['ponta de estoque', 'queima de estoque', 'lote de liquidacao', 'saldo de estoque', 'massa falida', 'preco de banana'],
    },
  },
  {
    // A one-off buy they will use up, then come back: a passing price, not a new supplier.
    concept: 'promo',
    weight: 2.7,
    forms: {
      en: ['overstock*', 'one time lot', 'one off lot', 'until it runs out', 'once its used up', 'once it is used up', 'when it runs out', 'when the stock runs out'],
      de: ['nach verbrauch', 'wenn aufgebraucht', 'bis der vorrat', 'bis die ware aufgebraucht', 'uberbestand*'],
      fr: ['une fois le stock ecoule', 'quand le stock sera ecoule', 'surstock*', 'lot unique'],
      es: ['cuando se acabe', 'cuando se les acabe', 'cuando acaben el', 'compraron un lote', 'un lote de', 'sobrestock'],
      pt: ['quando acabar o estoque', 'quando o estoque acabar', 'comprou um lote', 'compraram um lote', 'um lote de', 'excesso de estoque'],
    },
  },
  {
    // A one-off lot bought cheaply: a price cue with a one-off reading in Step II.
    concept: 'promo',
    weight: 2.7,
    forms: {
      en: [
        'closeout*', 'close out lot', 'from a liquidator', 'liquidator s stock', 'overstock', 'excess stock', 'surplus lot',
        'leftover stock', 'introductory discount', 'introductory rate', 'intro rate', 'intro pricing', 'first year free',
        'free first', 'free for the first', 'waive* ~ for', 'teaser price', 'teaser tariff', 'buying market share',
        'buy market share', 'buy the market',
      ],
      de: ['marktanteile kaufen', 'marktanteile zu kaufen', '*rabatt vom', 'einfuhrungsrabatt', 'einfuhrungspreis', 'einstiegspreis', 'lockangebot', 'erstes jahr gratis', 'uberbestand'],
      fr: ['acheter des parts de marche', 'prix de lancement', 'remise de lancement', 'offre de lancement', 'premiere annee offerte', 'stock excedentaire'],
      es: ['comprar cuota de mercado', 'precio de lanzamiento', 'descuento de entrada', 'primer ano gratis', 'sobrante*', 'excedente*', 'liquidacion de stock'],
      pt: ['comprar mercado', 'sobra de estoque', 'sobras de estoque', 'preco de lancamento', 'desconto de entrada', 'primeiro ano gratis'],
    },
  },
  {
    // A one-off: stock bought cheap to use up, a first quarter given free.
    concept: 'promo',
    weight: 2.4,
    forms: {
      en: ['uses up the stock', 'using up stock', 'first quarter free'],
      de: ['erstes quartal gratis', 'erstes quartal geschenkt', 'restposten aufbrauchen'],
      fr: ['ecoule un stock', 'ecouler le stock', 'premier trimestre offert', 'premier mois offert'],
      es: ['agota el stock', 'regalo el primer', 'primer trimestre gratis', 'primer mes gratis'],
      pt: ['estoque comprado', 'primeiro trimestre gratis', 'primeiro mes gratis', 'regalou o primeiro'],
    },
  },
  {
    concept: 'promo',
    weight: 2.2,
    forms: { de: ['eroffnungsaktion', 'einfuhrungsaktion', 'sonderaktion', 'rabattaktion', 'pct auf alle', 'pct auf'] },
  },
  {
    concept: 'promo',
    weight: 2.3,
    forms: {
      en: ['token fee', 'teaser', 'teaser rate', 'first twelve months at', 'first year at', 'knockdown', 'dumped ~ stockpile', 'overproduced'],
      de: ['verramscht', 'verscherbelt', 'schleuderpreis*', 'ramschpreis*'],
      fr: ['brade', 'bradee', 'prix casse*'],
      es: ['malbarat*'],
      pt: ['torrou o estoque'],
    },
  },
  {
    concept: 'promo',
    weight: 2.2,
    forms: {
      en: ['one off purchase', 'one off buy', 'a single purchase'],
      de: ['einmalkauf', 'gelegenheitskauf', 'einmaliger kauf', 'einmalige bestellung'],
      fr: ['lot d occasion', 'achat ponctuel', 'achat unique', 'un lot de'],
      es: ['lote de ocasion', 'compra unica', 'compra puntual'],
      pt: ['lote de ocasiao', 'compra pontual'],
    },
  },
  {
    // Rival's free months, waived fees and bundled giveaways to win the switch.
    concept: 'promo',
    weight: 2.7,
    forms: {
      en: [
        'two for one', 'buy one get one', 'bogo', 'first month free', 'first months free', 'free months',
        'months for free', 'waived ~ fee*', 'waived the setup', 'waived setup', 'waived onboarding',
        'waived implementation', 'no setup fee*', 'free setup', 'free onboarding', 'free implementation', 'free migration',
        'switching credit*', 'switching incentive*', 'signing bonus', 'sign on bonus',
        'introductory pricing', 'teaser price*', 'paid out our contract', 'bought out our contract',
        'covered the exit fee*', 'paid the exit fee*', 'paid their exit fee*', 'covered their early termination',
      ],
    },
  },
  {
    // Stock bought off a liquidation: a one-off cheap lot, not their closure ("one-time deal from a liquidator").
    concept: 'promo',
    weight: 2.6,
    forms: {
      en: ['from ~ liquidator*', 'via ~ liquidator*', 'liquidator stock'],
      de: ['vom insolvenzverwalter', 'aus ~ insolvenzmasse', 'restposten aus'],
      fr: ['aupres ~ liquidateur', 'stock de liquidation', 'chez ~ liquidateur'],
      es: ['de ~ liquidador', 'stock de liquidacion', 'a ~ liquidador'],
      pt: ['de ~ liquidante', 'estoque de liquidacao', 'do ~ liquidante'],
    },
  },
];

import type { ConceptSpec } from './types';

/**
 * Step I, bought away (continued): awarded on price, price named, a drive to cut costs, a promotional price, our price increase.
 */
export const PRICE_CONTEST_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'price_contest',
    weight: 2.3,
    forms: {
      en: [
        'lowest', 'lowest @money', 'cheapest', 'lowest bidder', 'lowest offer', 'reverse auction', 'online auction',
        'auction',
        'e auction', 'rebid*', 're bid', 'three quotes', 'multiple quotes', 'three bids', 'compared ~ @money',
        'compared our', 'price comparison', 'on price', 'purely on price', 'decided on price', 'won on price',
        'lost on price', 'spreadsheet won', 'the number won', 'awarded ~ lowest', 'went to the lowest',
        'without selling at a loss', 'we could not get near', 'could not get close', 'could not get anywhere close',
        'asked us to match', 'could not match the @money', 'match their @money', 'match the @money',
        'not enough to close the gap',
        'nowhere near enough', 'could not match', 'we could not match', 'would not match',
        'on cost', 'won on cost', 'lost on cost', 'purely on cost', 'purely a cost decision', 'cost decision',
        'cost was the', 'price was the', 'price was decisive', 'price decided', 'price won', 'cost won',
        'went with the low bidder', 'low bidder', 'lowest quote', 'lowest cost', 'lowest rate', 'lowest fee',
        'cheapest option', 'cheapest bid', 'cheapest quote', 'cheapest supplier', 'cheapest provider',
        'bake off on price', 'price based', 'price driven', 'price shopped', 'shopped around', 'shopping around',
        'shopped us', 'benchmarked', 'benchmark*', 'bid it out', 'bidding war', 'put it out to bid',
        'went out to bid', 'competitive bid', 'rfp on price', 'price only', 'only price', 'best price', 'best offer',
        'delta', 'price gap', 'price difference', 'cost difference', 'gap of', 'difference of', 'the difference was',
        'lost the bid', 'lost the tender', 'lost the rfp', 'lost on the numbers', 'on the numbers',
        'scorecard weighted', 'weighted on cost', 'weighted on price', 'lowest total', 'lowest landed',
        'price weighting', 'commercial score', 'commercials',
      ],
      de: [
        'gunstigst*', 'billigst*', 'nach preis', 'rein nach preis', 'uber den preis', 'preisvergleich', 'auktion',
        'preis entschieden', 'den gunstigsten', 'nicht mithalten', 'konnten nicht mithalten', 'nicht mitgehen',
        'rein preislich', 'nur der preis', 'der preis hat entschieden', 'preis war entscheidend',
        'preis gab den ausschlag', 'ausschlaggebend war der preis', 'gunstigste angebot', 'billigste angebot',
        'bestbieter', 'billigstbieter',
        'preisdifferenz', 'preisunterschied', 'kostendifferenz',
        'wir ~ nicht mithalten', 'konnten ~ nicht mithalten', 'konnen ~ nicht mithalten',
      ],
      fr: [
        'moins disant', 'le moins cher', 'la moins chere', 'les moins chers', 'sur le prix', 'au prix', 'encheres',
        'enchere inversee', 'comparatif de prix', 'le mieux place', 'pas pu suivre', 'pu s aligner', 'nous aligner',
        'le prix a fait la difference', 'le prix a tranche', 'le prix a decide', 'uniquement sur le prix',
        'critere prix', 'au mieux disant', 'offre la moins chere', 'le plus bas',
        'ecart de prix', 'difference de prix',
      ],
      es: [
        'el mas barat*', 'la mas barat*', 'los mas barat*', 'el mas economic*', 'al mas economic*', 'la mas economic*',
        'por precio', 'subasta*', 'comparo ~ @money', 'comparacion de precios', 'menor oferta', 'igualar* ~ @money',
        'igualaramos',
        'no llegamos', 'no pudimos igualar', 'no pudimos bajar',
        'el precio fue decisivo', 'el precio decidio', 'solo por precio', 'unicamente por precio', 'criterio precio',
        'la oferta mas barata', 'el mas bajo', 'la mas baja',
        'diferencia de precio',
      ],
      pt: [
        'o mais barat*', 'a mais barat*', 'os mais barat*', 'pelo menor preco', 'pelo preco', 'por preco', 'leilao',
        'comparou ~ @money', 'o mais economic*', 'a mais economic*', 'igualar ~ @money', 'nao conseguimos igualar',
        'nao conseguimos baixar', 'nao chegamos',
        'o preco pesou', 'o preco decidiu', 'so pelo preco', 'somente pelo preco', 'criterio preco',
        'a proposta mais barata', 'o mais baixo', 'a mais baixa',
        'diferenca de preco',
      ],
    },
  },
  {
    concept: 'price_contest',
    weight: 0.9,
    forms: {
      en: [
        'tender', 'tendered', 'rfp', 'rfq', 'bid out', 'put ~ out to bid', 'out to tender', 'bidding',
        'procurement ran',
      ],
      de: ['ausschreibung'],
      fr: ['appel d offres', 'appel d offre', 'ao', 'consultation', 'consulte* trois'],
      es: ['licitacion', 'concurso'],
      pt: ['licitacao', 'cotacao', 'concorrencia'],
    },
  },
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
      pt: ['preco', 'precos', 'valor', 'tarifa', 'tarifas'],
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
    concept: 'cost_drive',
    weight: 1.3,
    forms: {
      en: [
        'cost reduction', 'cost cutting', 'cost saving*', 'cut costs', 'cutting costs', 'reduce cost*', 'reduce spend',
        'save money', 'saving money', 'savings', 'to save', 'squeez*', 'every overhead', 'trim costs',
        'budget pressure', 'cost pressure', 'cost pressures', 'tight budget', 'tighter budget', 'squeeze on',
        'spend review', 'spend reduction', 'procurement savings', 'savings target', 'save on', 'cost conscious',
        'belt tightening',
      ],
      de: [
        'kosten senken', 'kostensenkung', 'einspar*', 'sparen', 'sparmassnahme*', 'sparkurs', 'kosten reduzieren',
        'kostendruck', 'sparzwang', 'sparprogramm', 'budgetdruck', 'kosten sparen',
      ],
      fr: [
        'reduire les couts', 'reduction des couts', 'economies', 'faire des economies', 'reduire les depenses',
        'pression sur les couts', 'reduction budgetaire', 'plan d economies', 'economies budgetaires',
      ],
      es: [
        'reducir costes', 'reducir costos', 'recorte de costes', 'recorte de costos', 'ahorro*', 'ahorrar',
        'presion de costes', 'presion de costos', 'recorte de gastos', 'plan de ahorro', 'reducir gastos',
      ],
      pt: [
        'reduzir custo*', 'reducao de custos', 'cortar custos', 'corte de custos', 'economia*', 'economizar',
        'pressao de custos', 'corte de gastos', 'plano de economia', 'reduzir gastos', 'contencao de custos',
      ],
    },
  },
  {
    concept: 'promo',
    weight: 2.2,
    forms: {
      en: [
        'introductory', 'intro rate', 'intro price', 'intro offer', 'intro promo', 'promo', 'promos', 'promotion*', 'en promocion', 'promocional', 'precio promocional', 'promocao', 'promocoes',
        'first year free',
        'first year rate', 'first year price', 'year 1 free', 'months free', 'free for', 'for free', 'waive*',
        'one time lot',
        'one off lot', 'surplus', 'clearance', 'teaser rate', 'break into', 'buy the business',
        'for nothing', 'threw in', 'thrown in', 'at no charge', 'no charge', 'at no cost', 'on the house',
        'free of charge months', 'free trial', 'one time offer', 'one off offer', 'one off deal', 'special offer',
        'limited time offer',
      ],
      de: [
        'einfuhrungspreis*', 'einfuhrungsangebot', 'aktionspreis*', 'kostenlos', 'gratis', 'lockangebot',
        'restposten', 'sonderangebot*', 'sonderpreis*', 'sonderkondition*', 'einmalig* angebot*',
      ],
      fr: [
        'prix de lancement', 'offre de lancement', 'offre promotionnelle', 'gratuit*', 'offert*',
        'premiere annee offerte', 'offre ponctuelle', 'offre speciale', 'prix special',
      ],
      // ("la última promoción" of a builder is a housing development, not a promotion.)
      es: ['precio de lanzamiento', 'oferta de lanzamiento', 'promocion* de precio*', 'precio* de promocion', 'promocion de lanzamiento',
        'promocion especial', 'promocion temporal', 'promociones', 'gratis', 'gratuit*', 'primer ano gratis', 'oferta puntual',
        'oferta especial', 'precio especial'],
      pt: ['preco promocional', 'promocao', 'promocional', 'gratuit*', 'de graca', 'primeiro ano gratis', 'oferta pontual',
        'oferta especial', 'preco especial'],
    },
  },
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
        'aumento de preco*', 'aumento do preco', 'aumento nos precos', 'reajuste', 'aumento de tarifa*', 'aumentamos',
      ],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Bought away (a lower price elsewhere): awarded on price. */
export const PRICE_CONTEST: ConceptSpec[] = [
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
  { concept: 'price_contest', weight: 2.3, forms: {
    de: [
      // "we were too dear", "they undercut us": told by us, so not the we-were-cheaper reading of a lower price.
      'waren wir ~ zu teuer', 'waren wir ~ teurer', 'wir lagen ~ zu hoch', 'lagen wir ~ zu hoch',
      'preislich ausgestochen', 'preislich unterboten', 'uns unterboten', 'unterbietet uns',
      'beim preis rausgeflogen', 'am preis gescheitert', 'uber den preis verloren', 'preislich verloren',
      'gunstigstbieter', 'billigsten anbieter',
    ],
    fr: [
      'perdu au prix', 'que on etait trop cher*', 'on etait bien trop cher*', 'on etait beaucoup trop cher*',
      'nous etions trop cher*', 'etions trop cher*', 'etait trop cher*', 'perdu* sur le tarif', 'perdu* sur les prix',
      'fait jouer la concurrence', 'prix le plus bas', 'double* sur le prix',
    ],
  } },
];

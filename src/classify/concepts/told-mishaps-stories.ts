import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Round 12 in longer stories: the market's prices (gas, metal, milk) that hit the customer's own business,
 * which are no price of ours; a site put into care and maintenance or left empty for a season; a farm none of
 * whose children take over; the way our technician spoke to their staff; a new supplier that costs them more;
 * a tender we opted out of; a rep who cannot know which of several things happened.
 */
export const TOLD_MISHAP_STORY_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: [
        'gas costs', 'gas prices', 'gas price', 'energy costs', 'energy prices', 'power prices', 'electricity prices', 'metal price*',
        'copper price*', 'grain price*', 'milk price*', 'prices recover', 'price recovers', 'prices fall', 'price slumped', 'prices slumped',
        'price slump', 'prices collapsed', 'holding tank',
      ],
      de: ['energiekosten', 'gaspreis*', 'strompreis*', 'energiepreis*', 'milchpreis*', 'metallpreis*', 'getreidepreis*'],
      fr: ['prix du gaz', 'prix de le energie', 'cout de le energie', 'couts de le energie', 'cours du metal', 'cours des metaux', 'prix du lait', 'prix des cereales'],
      es: ['precio del gas', 'precios de la energia', 'costo de la energia', 'coste de la energia', 'precio del metal', 'precio de la leche', 'precio del cobre'],
      pt: ['preco do gas', 'precos da energia', 'custo da energia', 'preco do metal', 'preco do leite', 'preco do cobre'],
    },
  },
  {
    // A site idle for now, or a business with no one to take it over.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['care and maintenance', 'standing empty', 'stood empty', 'lying idle', 'left idle', 'left ~ empty this', 'none of his children', 'none of her children', 'none of their children', 'none of the kids'],
      de: ['steht leer', 'stehen leer', 'leer stehen', 'keines seiner kinder', 'keines ihrer kinder', 'keins der kinder', 'keiner der sohne', 'kein schnee', 'schneemangel'],
      fr: ['mis en sommeil', 'mise en sommeil', 'laisse* vides', 'aucun de ses enfants', 'aucun des enfants', 'manque de neige'],
      es: ['temporada cerrada', 'parada temporal', 'quedo vacio', 'quedaron vacios', 'ninguno de sus hijos', 'ninguno de los hijos', 'falta de nieve', 'sin nieve'],
      pt: ['temporada fechada', 'parada temporaria', 'ficou vazi*', 'ficaram vazi*', 'nenhum dos filhos', 'nenhum de seus filhos', 'falta de neve', 'sem neve'],
    },
  },
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: ['way our ~ spoke', 'way our ~ talked', 'way our ~ treated', 'how our ~ spoke to', 'how our ~ talked to'],
      de: ['wie unser ~ gesprochen', 'wie unser ~ umgegangen', 'wie unsere ~ umgegangen', 'ton unseres', 'ton unserer'],
      fr: ['facon dont notre ~ a parle', 'maniere dont notre ~ a parle', 'facon dont notre ~ a traite', 'ton de notre'],
      es: ['forma en que nuestro ~ hablo', 'manera en que nuestro ~ hablo', 'como nuestro ~ trato', 'modo en que nuestro ~ trato'],
      pt: ['jeito que nosso ~ falou', 'forma como nosso ~ falou', 'como nosso ~ tratou', 'jeito como nosso ~ tratou'],
    },
  },
  {
    // The new supplier costs them more: price did not drive it.
    concept: 'price_accepted',
    weight: 2.4,
    forms: {
      en: ['costs them more', 'cost them more', 'actually costs more', 'actually cost more', 'even costs more'],
      de: ['kostet sie mehr', 'kostet ihn mehr', 'kostet sie sogar mehr', 'sogar teurer'],
      fr: ['leur coute plus', 'lui coute plus', 'coute meme plus', 'meme plus cher'],
      es: ['les cuesta mas', 'le cuesta mas', 'incluso mas caro', 'sale mas caro'],
      pt: ['custa mais caro', 'lhes custa mais', 'ate mais caro', 'sai mais caro'],
    },
  },
  {
    // Said in the first person (or of a tender, which only a seller answers): ours whoever the clause's subject seems.
    concept: 'exit_named',
    weight: 3,
    forms: {
      en: ['opted not to bid', 'opted not to tender'],
      fr: ['avons choisi de ne pas', 'avons decide de ne pas renouveler'],
      es: ['optamos por no', 'decidimos no renovar', 'decidimos no concursar'],
      pt: ['optamos por nao', 'decidimos nao renovar', 'decidimos nao concorrer'],
    },
  },
  {
    // Whose decision it was, the clause says ("our harbour board decided against renewing"; "der Kunde hat sich
    // gegen eine Verlängerung entschieden" is theirs).
    concept: 'our_decision',
    weight: 2.5,
    forms: {
      en: ['opted not to renew', 'decided against renewing', 'decided against a renewal'],
      de: ['gegen eine verlangerung entschieden', 'gegen die verlangerung entschieden', 'entschieden ~ nicht zu bieten'],
      fr: ['decide de ne pas renouveler'],
      es: ['no concursar'],
      pt: ['nao concorrer'],
    },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['impossible to know', 'no way of knowing', 'no way to know', 'no way to tell', 'impossible to tell'],
      de: ['unmoglich zu sagen', 'nicht herauszufinden', 'unmoglich zu wissen', 'lasst sich nicht sagen'],
      fr: ['impossible de savoir', 'impossible de dire', 'aucun moyen de savoir'],
      es: ['imposible saber', 'no hay forma de saber', 'no hay manera de saber'],
      pt: ['impossivel saber', 'nao ha como saber', 'nao tem como saber'],
    },
  },
];

/** A cause ruled out in so many words: "le tarif n'a pas joué", "das war es nicht", "não foi isso". */
export const TOLD_MISHAP_STORY_MARKERS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'denial',
    weight: 1,
    forms: {
      en: ['never bothered', 'did not matter', 'did not bother', 'played no part', 'played no role'],
      de: ['spielte keine rolle', 'hat nicht gestort', 'nie gestort', 'keine rolle gespielt'],
      fr: ['ne a pas joue', 'ne a joue aucun role', 'jamais derange*', 'ne a jamais derange*'],
      es: ['no influyo', 'no peso', 'nunca le molesto', 'no tuvo peso'],
      pt: ['nao pesou', 'nao influenciou', 'nunca incomodou', 'nao teve peso'],
    },
  },
  {
    concept: 'dismissal',
    weight: 1,
    forms: {
      en: ['but that was not it', 'that was not really it'],
      de: ['das war es nicht', 'daran lag es nicht', 'das war es aber nicht'],
      fr: ['ce ne etait pas ca', 'ce ne etait pas cela'],
      es: ['no fue eso', 'no era eso'],
      pt: ['nao foi isso', 'nao era isso'],
    },
  },
];

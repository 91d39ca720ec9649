import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): the customer mistreated our people. */
export const ABUSIVE: ConceptSpec[] = [
  {
    concept: 'abusive',
    weight: 2.3,
    forms: {
      en: [
        'abusive', 'difficult customer', 'difficult client', 'problem customer', 'problem client', 'nightmare client',
        'nightmare', 'toxic', 'not one to win back',
      ],
      de: ['schwierige* kunde*', 'problemkunde*', 'schikan*'],
      fr: ['client difficile', 'client toxique', 'cauchemar'],
      es: ['cliente dificil', 'cliente problematico', 'cliente toxico'],
    },
  },
  {
    // The customer mistreated our people.
    concept: 'abusive',
    weight: 2.3,
    forms: {
      en: [
        'verbally abusive', 'abuse of our', 'abused our', 'threatened our', 'yelled at our', 'screamed at our', 'shouted at our',
        'swore at our', 'berated our', 'bullied our', 'bullying our', 'toxic client', 'toxic customer', 'hostile toward our',
        'hostile towards our', 'rude to our', 'insulted our', 'mistreated our', 'intimidated our',
      ],
    },
  },
  { concept: 'abusive', weight: 2.3, forms: {
    de: [
      'bedroht unsere', 'unsere ~ bedroht', 'ausfallend', 'handgreiflich', 'belastigt unsere', 'unsere ~ belastigt',
      'beschimpft* unsere', 'unsere ~ beschimpft', 'beleidigt* unsere', 'unsere ~ beleidigt', 'unsere ~ angeschrien', 'unsere ~ angebrullt',
    ],
    fr: ['comportement du client envers', 'comportement deplace', 'comportement inacceptable', 'menace* nos', 'agressif* envers nos', 'insulte* nos', 'injurie*', 'propos deplaces'],
  } },
  {
    // The customer mistreated our people.
    concept: 'abusive',
    weight: 2.3,
    forms: {
      es: [
        'trataba fatal', 'trataban fatal', 'maltrataba', 'maltrataban', 'trataba muy mal', 'trataba mal a nuestr*',
        'cliente abusivo', 'cliente abusiva', 'faltaba al respeto a nuestr*', 'insultaba a nuestr*', 'cliente conflictivo', 'muy conflictivo',
      ],
      pt: ['maltratava', 'maltratavam', 'tratava mal a nossa', 'tratava mal nossa', 'tratava mal nossos', 'cliente encrenqueiro', 'cliente barraqueiro'],
    },
  },
];

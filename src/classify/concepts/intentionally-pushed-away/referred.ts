import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): we referred them elsewhere. */
export const REFERRED: ConceptSpec[] = [
  {
    concept: 'referred',
    weight: 1.4,
    forms: {
      en: [
        'referred him', 'referred her', 'referred them', 'referred ~ to', 'recommended another', 'walked her through',
        'walked him through', 'pointed them to', 'gave them the names', 'names of',
      ],
      de: ['empfohlen', 'vermittelt'],
      fr: ['recommande*', 'oriente*', 'conseille*'],
      es: ['recomendamos', 'derivamos', 'les recomendamos'],
      pt: ['indicou', 'indicamos', 'encaminhamos'],
    },
  },
  {
    concept: 'referred',
    weight: 2.0,
    forms: { es: ['le pase el contacto', 'les pase el contacto'], pt: ['passei o contato'], fr: ['donne le contact', 'passe le contact'], de: ['kontakt weitergegeben'], en: ['passed on the contact', 'gave them the contact'] },
  },
];

import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): a promise we broke. */
export const BROKEN_PROMISE: ConceptSpec[] = [
  {
    concept: 'broken_promise',
    weight: 2.3,
    forms: {
      en: [
        'promised', 'promise', 'kept promising', 'never kept', 'despite promise', 'despite our promise',
        'we had confirmed', 'committed to', 'broken promise',
      ],
      de: ['versprochen', 'zugesagt', 'zusage', 'nicht eingehalten'],
      fr: ['promis', 'promesse*', 'engagement non tenu', 'pas tenu'],
      es: ['prometido', 'prometimos', 'promesa*', 'no cumplimos', 'incumpli*'],
      pt: ['prometemos', 'promessa*', 'nao cumprimos', 'descumpri*'],
    },
  },
  { concept: 'broken_promise', weight: 2.3, forms: {
    de: ['zugesagt* ~ nie', 'versproch* ~ nie', 'nicht wie versprochen', 'nicht wie zugesagt', 'zusage* nicht eingehalten', 'versprechen nicht gehalten'],
    fr: ['pas tenu* ses promesses', 'pas tenu nos promesses', 'on le baladait', 'on les baladait', 'mene* en bateau', 'promis ~ jamais', 'engagement* non tenu*'],
  } },
  {
    // Sold more than we could deliver: "vender humo", "gato por liebre".
    concept: 'broken_promise',
    weight: 2.3,
    forms: {
      es: ['vendimos humo', 'le vendimos humo', 'les vendimos humo', 'prometimos de mas', 'no entregamos lo prometido', 'gato por liebre'],
      pt: ['prometemos demais', 'prometemos mais do que', 'nao entregamos o prometido', 'nao entregamos o que prometemos', 'gato por lebre'],
    },
  },
];

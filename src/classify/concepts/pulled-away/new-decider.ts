import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): a new decision-maker. */
export const NEW_DECIDER: ConceptSpec[] = [
  {
    concept: 'new_decider',
    weight: 0.8,
    forms: {
      en: [
        '@new @role', '@new _ @role', '@new _ _ @role', 'came over from', 'came from', 'hired a @role',
        'hired a _ @role', 'replacement', 'successor', 'took over as',
      ],
      de: ['nachfolger*'],
      fr: ['remplacant*', 'successeur'],
      es: ['entro una nueva', 'entro un nuevo', 'sustitut*', 'reemplaz*'],
      pt: ['substitut*', 'sucessor*'],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Undetermined (no decisive cause): says nothing about why. */
export const VAGUE_SHORT: ConceptSpec[] = [
  {
    concept: 'vague_short',
    weight: 2.5,
    negatable: false,
    forms: {
      en: [
        'other', 'others', 'n a', 'na', 'unknown', 'unclear', 'none', 'tbd', 'misc', 'stalled', 'closed', 'budget',
        'competitor', 'lost', 'not specified', 'unspecified',
      ],
      de: ['sonstig*', 'unbekannt', 'unklar', 'andere'],
      fr: ['autre*', 'inconnu*', 'divers'],
      es: ['otro', 'otros', 'desconocid*', 'presupuesto'],
      pt: ['outro', 'outros', 'desconhecid*', 'orcamento'],
    },
  },
  {
    concept: 'vague_short',
    weight: 2.5,
    negatable: false,
    forms: {
      en: [
        'clean up', 'keine antwort',
      ],
      fr: [
        'pas de reponse', 'keine reaktion',
      ],
    },
  },
];

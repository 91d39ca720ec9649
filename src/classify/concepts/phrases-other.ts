import type { ConceptSpec } from './types';

/**
 * Undetermined and competitor mentions: named phrases as reps write them (picklist values, set phrases), in the five languages.
 * They carry the concept without describing who did what; the structured forms live next to them.
 */
export const OTHER_PHRASES: ConceptSpec[] = [
  {
    concept: 'competitor',
    weight: 1.0,
    negatable: false,
    forms: {
      en: [
        'competitor*', 'competetor*', 'compeititor*', 'chose competitor', 'switching to', 'moved to a competitor',
        'another vendor', 'another supplier', 'another provider', 'other vendor', 'new vendor', 'new supplier',
        'new provider', 'wettbewerb*', 'konkurren*', 'mitbewerber', 'anderen anbieter', 'anderer anbieter',
        'concurren*', 'concorren*', 'autre fournisseur', 'otro proveedor', 'outro fornecedor',
      ],
    },
  },
  {
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: [
        'same service', 'same quality', 'same product', 'same products', 'similar service', 'mismo producto',
        'meme produit', 'mesmo produto', 'service terrain', 'aussendienst', 'service app',
      ],
      fr: [
        'servicio de campo', 'servico de campo', 'service de terrain',
      ],
    },
  },
  {
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: [
        'unresponsive', 'stopped answering', 'dunno', 'might have been', 'may have been', 'hard to say',
        'nothing concrete', 'no clear reason', 'reason unclear', 'reason unknown', 'not to move forward',
        'not move forward', 'no response after', 'no answer after', 'decided not to proceed', 'not proceed',
        'when the time is right',
      ],
      es: [
        'sin respuesta del cliente',
      ],
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

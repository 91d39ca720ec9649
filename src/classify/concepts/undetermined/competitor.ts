import type { ConceptSpec } from '../types';

/** Undetermined (no decisive cause): went to a competitor. */
export const COMPETITOR: ConceptSpec[] = [
  {
    concept: 'competitor',
    weight: 1.0,
    negatable: false,
    forms: {
      en: [
        '@competitor', 'lost to', 'went with', 'switched to', 'switched supplier*', 'switched', 'moved to another',
        'signed with', 'chose another', '@other @vendor', '@new @vendor', 'elsewhere', 'someone else', 'awarded',
      ],
      de: ['anderen @vendor', 'anderer @vendor', 'gewechselt', 'woanders'],
      fr: ['ailleurs', 'autre @vendor', 'un autre'],
      es: ['otro @vendor', 'otra @vendor', 'cambio de proveedor', 'cambiar de proveedor'],
      pt: ['outro @vendor', 'outra @vendor', 'fecharam com outro', 'fechou com outro'],
    },
  },
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
];

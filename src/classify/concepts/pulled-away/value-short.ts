import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): a product reason named. */
export const VALUE_SHORT: ConceptSpec[] = [
  {
    concept: 'value_short',
    weight: 1.4,
    negatable: false,
    forms: {
      en: [
        'product', 'products', 'features', 'functionality', 'integration', 'integrations', 'technology', 'fit',
        'usability', 'ux', 'roadmap',
      ],
      de: ['produkt', 'funktionen', 'technologie', 'passung'],
      fr: ['produit', 'fonctionnalites'],
      es: ['producto', 'funcionalidades', 'tecnologia'],
      pt: ['produto'],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): a co-created offer. */
export const CO_CREATE: ConceptSpec[] = [
  {
    concept: 'co_create',
    weight: 2.0,
    forms: {
      en: [
        'co design*', 'codesign*', 'co develop*', 'codevelop*', 'co creat*', 'cocreat*', 'tailor*', 'bespoke',
        'designed with', 'custom design*', 'said yes', 'customi*',
      ],
      de: ['mass* ~ geschneidert', 'massgeschneidert*', 'gemeinsam entwickelt', 'individuell*', 'sonderanfertigung'],
      fr: ['sur mesure', 'personnalis*', 'co concu*', 'co developpe*'],
      es: ['a medida', 'personaliza*', 'diseno propio', 'co desarroll*', 'disenado con'],
      pt: ['sob medida', 'co desenvolv*', 'desenvolvid* com'],
    },
  },
];

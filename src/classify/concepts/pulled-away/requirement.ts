import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): a new requirement. */
export const REQUIREMENT: ConceptSpec[] = [
  {
    concept: 'requirement',
    weight: 1.4,
    forms: {
      en: [
        'require*', 'requirement*', 'must have', 'mandatory', 'asked us for', 'asked for', 'asking for', 'needed',
        'wanted',
        'insisted on having', 'made _ a requirement', 'demanding', 'started requiring', 'now requires', 'criterion',
        'criteria',
      ],
      de: [
        'verlangt', 'verlangten', 'fordert*', 'anforderung*', 'voraussetzung', 'wollte',
        'wunschte', 'gefordert', 'kriteri*',
      ],
      fr: ['exige*', 'exigence*', 'obligatoire', 'voulait', 'voulaient', 'demandait', 'demandaient', 'reclamait', 'critere*'],
      es: ['exig*', 'requisito*', 'requiere*', 'obligatori*', 'queria', 'pedia', 'criterio*'],
      pt: ['obrigatori*'],
    },
  },
  {
    // What the customer's side imposed: a new requirement the winner met.
    concept: 'requirement',
    weight: 2.1,
    forms: {
      en: ['mandated', 'imposed', 'insisted on', 'made ~ mandatory'],
      de: ['verlangte', 'forderte', 'vorgeschrieben', 'schrieb ~ vor', 'zur pflicht'],
      fr: ['a impose', 'a exige', 'rendu obligatoire'],
      es: ['impuso', 'hizo obligatorio'],
      pt: ['impos', 'exigiu', 'tornou obrigatorio'],
    },
  },
  {
    concept: 'requirement',
    weight: 1.4,
    forms: { de: ['kunde will', 'kunde wollte', 'kunde mochte', 'will ~ bestellen', 'will ~ haben'] },
  },
  {
    // What they needed, in the verb reps use: "Kd. braucht Mehrmandanten", "necesitaba app móvil".
    concept: 'requirement',
    weight: 1.4,
    forms: {
      de: ['braucht', 'brauchte', 'brauchten', 'benotigt', 'benotigte', 'benotigten'],
      fr: ['avait besoin de', 'avaient besoin de', 'a besoin de', 'ont besoin de'],
      es: ['necesitaba', 'necesitaban', 'necesita', 'necesitan'],
      pt: ['precisava', 'precisavam', 'precisa de', 'necessitava', 'necessitavam'],
    },
  },
];

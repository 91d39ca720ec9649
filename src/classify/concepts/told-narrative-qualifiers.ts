import type { ConceptSpec, MarkerConcept } from './types';

/** Step II in round 9's longer stories (`told-narrative.ts`): a lasting gap said as "not planned", a season off, "we still run only X". */
export const TOLD_NARRATIVE_QUALIFIERS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'permanent',
    weight: 1,
    forms: {
      en: ['not on our roadmap', 'never going to build', 'no intention of building', 'no intention of offering'],
      de: ['nicht geplant', 'planen wir nicht', 'nicht vorgesehen', 'nicht auf der roadmap', 'nicht auf unserer roadmap'],
      fr: ['pas prevu', 'pas dans notre feuille de route', 'aucun projet de'],
      es: ['no esta previsto', 'no entra en nuestros planes', 'no esta en nuestra hoja de ruta'],
      pt: ['nao esta previsto', 'nao esta nos nossos planos', 'fora dos nossos planos'],
    },
  },
  {
    concept: 'temporary',
    weight: 1,
    forms: {
      en: ['the year after', 'when they return', 'next summer', 'next winter', 'next autumn', 'a year off', 'sitting out'],
      de: ['ab nachstem jahr', 'nachsten sommer', 'im nachsten jahr'],
      fr: ['l ete prochain', 'l annee d apres', 'l annee suivante'],
      es: ['el ano que viene', 'el proximo verano', 'el ano siguiente'],
      pt: ['no proximo verao', 'no ano seguinte'],
    },
  },
  {
    concept: 'cannot_offer',
    weight: 1,
    forms: {
      en: ['we run only', 'we sell only', 'we supply only', 'we make only', 'we stock only'],
      de: ['wir arbeiten noch mit', 'bei uns noch', 'wir machen nur'],
      fr: ['nous en restons a', 'nous restons sur', 'nous faisons encore'],
      es: ['nosotros seguimos con', 'seguimos trabajando con', 'seguimos en papel'],
      pt: ['nos continuamos com', 'continuamos no papel', 'nos seguimos com'],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): a capability. */
export const CAPABILITY: ConceptSpec[] = [
  {
    concept: 'capability',
    weight: 1.0,
    forms: {
      en: ['@capability'],
    },
  },
  {
    // What the rival has, said of the rival: "the competitor has a refrigerated fleet", "Mitbewerber hat IATF".
    concept: 'capability',
    weight: 1.2,
    forms: {
      en: ['telemetr*', 'remote monitoring', 'predictive maintenance', 'chose them for', 'picked them for', 'went with them for', 'connects to their', 'plugs into their', 'syncs with their'],
      de: ['*telemetrie', 'fernuberwach*', 'vorausschauend*', 'verbindet sich mit', 'angebunden an', 'schnittstelle zu', 'schult das', 'schult die'],
      fr: ['telesurveillance', 'maintenance predictive', 'se connecte a', 's integre a', 'connecte a leur', 'forme l equipe', 'forme leurs', 'co construit', 'construit ~ avec le'],
      es: ['telemetria', 'mantenimiento predictivo', '@competitor tiene', '@competitor tenia', 'se conecta con', 'se integra con', 'repone solo', 'capacita a', 'forma al equipo'],
      pt: ['manutencao preditiva', '@competitor tem', '@competitor tinha', 'q a concorrente tem', 'que a concorrente tem', 'se conecta com', 'integra com', 'repoe sozinho', 'treina a equipe'],
    },
  },
];

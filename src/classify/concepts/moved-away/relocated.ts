import type { ConceptSpec } from '../types';

/** Moved away (their need, owner or location changed): a move out of our reach. */
export const RELOCATED: ConceptSpec[] = [
  {
    concept: 'relocated',
    weight: 2.5,
    forms: {
      en: [
        'relocat*', 'moved ~ production', 'moved ~ manufacturing', 'moved ~ hq', 'moved ~ headquarters',
        'moved ~ operations',
        'moved ~ plant', 'moved ~ distribution', 'moving ~ production', 'moves production', 'consolidated ~ at',
        'consolidated ~ in', 'outside our', 'outside of our', 'beyond our', 'beyond where we', 'out of our reach',
        'nowhere near our', 'not in our area', 'we do not ship', 'we do not deliver', 'we do not operate',
        'we only operate',
        'we only ship', 'we only deliver', 'we have no network', 'no network there', 'overseas',
        'abroad', 'moved away', 'outside the region', 'out of state', 'moved ~ @site', 'we do not run',
        'we do not serve',
        'we do not cover', 'we do not go', 'we can not serve', 'we could not serve',
        'left the country', 'moved abroad', 'moved overseas', 'moved out of state', 'moved out of the area',
        'moved out of our area', 'left our area', 'left the area', 'outside our territory', 'out of our territory',
        'not in our territory', 'beyond our territory', 'we do not cover that', 'no coverage there',
      ],
      de: [
        'verlager*', 'verlegt', 'umgezogen', 'umzug', 'ausserhalb unser*', 'ins ausland', 'zusammengelegt',
        'nicht mehr in unserem',
      ],
      fr: [
        'demenag*', 'delocalis*', 'transfer* ~ production', 'regroupe* ~ production', 'hors de notre',
        'en dehors de notre', 'aucun reseau', 'pas de reseau', 'a l etranger',
      ],
      es: [
        'traslad*', 'reubica*', 'se mudaron', 'se mudo', 'mudanza', 'fuera de nuestra', 'fuera de nuestro',
        'al extranjero',
      ],
      pt: [
        'mudou ~ para', 'mudaram ~ para', 'mudanca', 'transferiu ~ producao', 'transferiram', 'fora da nossa',
        'fora do nosso', 'para o exterior',
      ],
    },
  },
  {
    // "moved all its assembly to its plant in Morocco": their own site elsewhere.
    concept: 'relocated',
    weight: 2.5,
    forms: {
      en: ['to its @site in', 'to their @site in', 'to its own @site', 'to their own @site in', 'outside what we serve', 'outside where we'],
      de: ['in sein werk in', 'in ihr werk in', 'ins ausland verlagert', 'nach _ verlagert'],
      fr: ['vers son usine', 'vers leur usine', 'dans son usine de', 'dans leur usine de'],
      es: ['a su planta de', 'a su fabrica de', 'a su planta en', 'a su fabrica en'],
      pt: ['para a sua fabrica', 'para sua fabrica', 'para a fabrica de', 'para a unidade de'],
    },
  },
  {
    concept: 'relocated',
    weight: 2.4,
    forms: { de: ['fertigung geht nach', 'produktion geht nach', 'verlagert nach', 'wird nach ~ verlagert', 'zieht nach'] },
  },
  {
    concept: 'relocated',
    weight: 2.4,
    forms: {
      en: ['moved staff to', 'moved ~ to a campus', 'off our routes', 'outside our area', 'out of our area', 'left the ~ tower'],
      de: ['ausserhalb unseres gebiet*', 'ausserhalb unserer tour*', 'nicht mehr in unserem gebiet'],
      fr: ['hors de nos tournees', 'en dehors de notre secteur'],
      es: ['fuera de nuestras rutas', 'fuera de nuestra area'],
      pt: ['fora das nossas rotas'],
    },
  },
  {
    // Moved far from where we serve.
    concept: 'relocated',
    weight: 2.3,
    forms: {
      en: ['far from our', 'far outside our', 'well outside our'],
      de: ['weit weg von unserem', 'weit ausserhalb unseres'],
      fr: ['loin de notre zone', 'loin de nos tournees', 'loin de notre secteur', 'a ete transfere* a', 'a ete transfere* en'],
      es: ['lejos de nuestra zona', 'lejos de nuestras rutas', 'fue trasladad* a', 'se traslado a otra'],
      pt: ['longe da nossa', 'longe das nossas', 'foi transferid* para', 'se mudou para outro estado'],
    },
  },
  {
    // They moved where we do not work.
    concept: 'relocated',
    weight: 2.5,
    forms: {
      en: ['where we do not operate', 'where we do not work', 'where we have no', 'moved from ~ to a site in'],
      de: ['wo wir nicht', 'ausserhalb unseres gebiets', 'ausserhalb unserer region'],
      fr: ['ou nous ne sommes pas', 'ou nous ne intervenons pas', 'hors de notre zone'],
      es: ['donde nosotros no', 'donde no trabajamos', 'donde no operamos', 'fuera de nuestra zona', 'centrarse solo en'],
      pt: ['onde nao atuamos', 'onde nos nao', 'fora da nossa regiao', 'fora da nossa area'],
    },
  },
  {
    concept: 'relocated',
    weight: 2.5,
    forms: {
      es: ['se muda', 'se mudan', 'se van a mudar', 'se trasladan', 'se van del pais', 'se fue del pais', 'se fueron del pais', 'se fueron a otra ciudad', 'se mudaron a otra ciudad', 'se cambiaron de ciudad'],
      pt: [
        'vai se mudar', 'vao se mudar', 'mudou se', 'mudaram se', 'foram para outra cidade',
        'sairam do estado', 'saiu do estado', 'sairam do pais', 'saiu do pais',
      ],
    },
  },
];

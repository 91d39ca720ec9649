import type { ConceptSpec } from '../types';

/** Moved away (their need, owner or location changed): the project was cancelled. */
export const PROJECT_CANCELLED: ConceptSpec[] = [
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: [
        '@project ~ cancel*', 'cancel* ~ @project', '@project ~ scrapped', 'scrapped ~ @project',
        '@project ~ on hold', '@project ~ shelved', 'shelved', '@project ~ cut', '@project ~ got cut',
        'cut the @project', '@project ~ axed', '@project ~ dropped', '@project ~ ended',
      ],
      de: ['projekt ~ gestoppt', 'projekt ~ abgesagt', 'projekt ~ eingestellt', 'projekt auf eis'],
      fr: ['projet ~ annule*', 'projet ~ abandonne*', 'projet ~ suspendu'],
      es: ['proyecto ~ cancelad*', 'proyecto ~ suspendid*', 'cancelaron el proyecto'],
      pt: [
        'projeto ~ cancelad*', 'projeto ~ suspens*', 'cancelaram o projeto', 'projetos ~ parad*', 'projeto ~ parad*',
      ],
    },
  },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      de: ['bleibt ~ zu', 'bleibt ~ geschlossen', 'vorubergehend geschlossen', 'ruht', 'ruhen', 'liegt auf eis', 'auf eis gelegt'],
      fr: ['chantier ~ arrete', 'chantier ~ suspendu', 'en suspens', 'ferme pour travaux', 'ferme pour la saison'],
      es: ['obra ~ parada', 'esta parada', 'queda suspendid*', 'quedo suspendid*', 'paralizad*', 'en pausa', 'cerrado por obras'],
      pt: ['fica suspens*', 'ficou suspens*', 'paralisad*', 'em pausa', 'fechado para obras'],
      en: ['on hold until', 'paused until', 'closed for renovation', 'closed for the season', 'shut for the season'],
    },
  },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: ['switched off until', 'offline until', 'shut down until', 'closed until', 'stays closed', 'stays switched off', 'until the works finish'],
      es: ['hasta la reapertura', 'cerrado por reforma', 'cerro ~ por reforma'],
      fr: ['ferme pour renovation', 'jusqu a la reouverture'],
      de: ['bis zur wiedereroffnung', 'wegen umbau geschlossen'],
      pt: ['fechado para reforma', 'ate a reabertura'],
    },
  },
  {
    // Their event or season paused: told as sitting it out.
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: ['sitting out next', 'sitting out this', 'sitting out the', 'sit out next', 'sits out next', 'taking a year off', 'take a year off', 'skipping next', 'skip next year', 'lost their venue', 'lost their site'],
      de: ['setzt ~ aus', 'setzen ~ aus', 'legt ~ pause ein', 'legen ~ pause ein', 'findet ~ nicht statt', 'ohne veranstaltungsort'],
      fr: ['fait une pause', 'fera une pause', 'ne aura pas lieu', 'saute une annee', 'perdu leur site', 'perdu leur lieu'],
      es: ['se toma un ano', 'no se celebrara', 'no habra edicion', 'hace una pausa', 'perdieron el recinto', 'perdieron su sede'],
      pt: ['nao vai acontecer', 'nao havera edicao', 'faz uma pausa', 'tira um ano', 'perderam o local', 'perderam a sede'],
    },
  },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: ['funding fell through', 'lost their funding', 'lack of funding', 'project halted', 'works halted', 'construction halted', 'build paused', 'site shut down'],
      de: ['baustopp', 'bau gestoppt', 'projekt gestoppt', 'fehlende finanzierung', 'finanzierung geplatzt'],
      fr: ['chantier arrete', 'chantier suspendu', 'projet arrete', 'projet suspendu', 'faute de financement', 'manque de financement'],
      es: ['pararon la obra', 'paralizaron la obra', 'obra paralizada', 'obra parada', 'falta de financiacion', 'sin financiacion'],
      pt: ['pararam a obra', 'obra paralisada', 'falta de financiamento', 'sem financiamento'],
    },
  },
  {
    // The project or programme ended on their side (a pause or deprioritising is no cause: it stays undetermined).
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: [
        'pulled the plug on the project', 'pulled the plug on the initiative', 'pulled the plug on the program*',
        'killed the project', 'killed the initiative', 'project was killed', 'project got killed', 'project killed',
        'scrapped the project', 'scrapped the initiative', 'canned the project', 'project was canned', 'project got canned',
        'dropped the project', 'dropped the initiative', 'axed the project',
        'project was axed', 'program was axed', 'event was cancelled', 'event got cancelled', 'event was canceled',
      ],
    },
  },
  { concept: 'project_cancelled', weight: 2.3, forms: {
    de: ['abgeblasen', 'projekt ~ beerdigt', 'projekt ~ gekippt', 'vorhaben ~ gekippt', 'auf unbestimmte zeit verschoben', 'vorhaben ~ gestoppt'],
    fr: ['est tombe a l eau', 'tombe* a l eau', 'projet ~ enterre', 'projet ~ gele', 'mis entre parentheses', 'mis au placard'],
  } },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      es: [
        'denegaron la subvencion', 'sin subvencion', 'falta de fondos', 'pararon todo',
        'el proyecto se cayo', 'se cayo el proyecto', 'se cancelo el proyecto', 'abortaron el proyecto',
        'proyecto abortado',
      ],
      pt: [
        'o projeto caiu', 'projeto morreu', 'projeto engavetado', 'engavetaram o projeto', 'engavetad*',
        'nao saiu do papel', 'financiamento negado', 'negaram o financiamento', 'perderam o financiamento',
        'pararam tudo',
      ],
    },
  },
];

import type { ConceptSpec, MarkerConcept } from './types';

/** Step II, stability: words that say a cause is repeated or one-off, temporary or for good (and idioms that only look like a count). */
export const STABILITY_QUALIFIERS: ConceptSpec<MarkerConcept>[] = [
  {
    concept: 'temporary',
    weight: 1,
    forms: {
      en: [
        'this year', 'this fiscal', 'for fy*', 'for now', 'for the moment', 'at the moment', 'temporar*', 'on hold',
        'paused',
        'next year', 'next budget', 'next cycle', 'revisit', 'come back', 'be back', 'will return', 'used up',
        'expires',
        'when it ends', 're bid', 'rebid when', 'test the market again', 'again when', 'reopen*', 'talk again',
        // A season that comes round again: "off season", "resumes in spring".
        'seasonal', 'off season', 'offseason', 'off until', 'resume* in', 'back in spring',
      ],
      de: ['dieses jahr', 'vorerst', 'vorubergehend', 'nachstes jahr', 'zuruckkommen', 'saisonbetrieb', 'saisonal', 'nebensaison', 'wieder ab'],
      fr: ['cette annee', 'pour l instant', 'pour le moment', 'temporaire*', 'l an prochain', 'reviendra', 'hors saison', 'basse saison', 'saisonnier*', 'reprise des commandes', 'reprise en', 'reprend en'],
      es: ['este ano', 'por ahora', 'temporal*', 'el proximo ano', 'volvera', 'fuera de temporada', 'temporada baja', 'de temporada', 'retoman en'],
      pt: ['por enquanto', 'temporari*', 'ano que vem', 'proximo ano', 'voltara', 'fora de temporada', 'baixa temporada', 'sazonal', 'retomam em'],
    },
  },
  {
    concept: 'permanent',
    weight: 1,
    forms: {
      en: [
        'for good', 'permanently', 'permanent*', 'for years', 'next few years', 'not on the roadmap',
        'not on roadmap', 'nothing like it', 'no plans',
        // A gap nobody plans to close: "not on our roadmap", "no roadmap for it", "nicht auf der Roadmap".
        'not on our roadmap', 'not on ~ roadmap', 'no roadmap for', 'off the roadmap', 'not planned', 'never planned',
      ],
      de: ['endgultig', 'dauerhaft', 'nicht auf ~ roadmap', 'nicht geplant', 'nicht vorgesehen', 'keine plane', 'keine roadmap fur'],
      fr: ['definitivement', 'pas sur ~ feuille de route', 'pas dans ~ feuille de route', 'pas sur ~ roadmap', 'pas prevu', 'aucun projet de'],
      es: ['definitivamente', 'para siempre', 'no esta en ~ hoja de ruta', 'no esta en ~ roadmap', 'fuera de ~ hoja de ruta', 'no tenemos previsto', 'no esta previsto'],
      pt: ['para sempre', 'nao esta no ~ roadmap', 'nem temos ~ no roadmap', 'fora do ~ roadmap', 'nao esta previsto', 'sem previsao'],
    },
  },
  {
    concept: 'repeated',
    weight: 2,
    forms: {
      en: [
        'again', 'once again', 'once more', 'yet again', 'repeated*', 'recurring', 'recurrent', 'constant*', 'continual*',
        'chronic*', 'systemic', 'persistent*', 'every time', 'each time', 'many times', 'twice', 'three times',
        'four times', 'five times', '~ times in', 'in a row', 'consecutive', 'over and over', 'kept', 'keeps',
        'for months', 'for weeks', 'for a year', 'for ~ months', 'for ~ weeks', 'for ~ years', 'over ~ months',
        'over ~ weeks', 'months running', 'weeks running', 'second time', 'third time', 'fourth time', 'every week',
        'every month', 'every quarter', 'week after week', 'month after month', 'day after day', 'continuous*', 'time after time',
      ],
      de: [
        'immer wieder', 'wiederholt*', 'standig*', 'dauernd', 'andauernd*', 'monatelang', 'wochenlang', 'mehrfach',
        'mehrmals', 'zweimal', 'dreimal', 'viermal', 'funfmal', 'uber monate', 'uber wochen', 'schon wieder', 'erneut',
        'wieder', 'zum zweiten', 'zum dritten', 'zum wiederholten', 'jedes mal', 'jedesmal', 'jede woche', 'regelmassig',
        'laufend', 'chronisch*', 'monat fur monat', 'woche fur woche', 'hintereinander', 'in folge',
      ],
      fr: [
        'encore', 'a nouveau', 'de nouveau', 'une fois de plus', 'encore une fois', 'a repetition', 'repete*',
        'constamment', 'recurrent*', 'deux fois', 'trois fois', 'quatre fois', 'plusieurs fois', 'chaque fois',
        'pendant ~ mois', 'pendant ~ semaines', 'depuis des mois', 'depuis des semaines', 'sans arret', 'en permanence',
        'systematique*', 'deuxieme fois', 'troisieme fois', 'chronique*', 'chaque mois', 'd affilee', 'mois apres mois', 'semaine apres semaine',
      ],
      es: [
        'otra vez', 'de nuevo', 'una y otra vez', 'repetid*', 'reiterad*', 'varias veces',
        'muchas veces', 'dos veces', 'tres veces', 'cuatro veces', 'cada vez que', 'durante meses', 'durante semanas',
        'durante ~ meses', 'durante ~ semanas', 'constantemente', 'continuamente', 'segunda vez', 'tercera vez',
        'seguidos', 'seguidas', 'toda semana', 'todas las semanas', 'cada semana', 'cada mes', 'desde hace meses',
        'cronic*', 'mes tras mes', 'semana tras semana', 'mes a mes',
      ],
      pt: [
        'de novo', 'novamente', 'outra vez', 'varias vezes',
        'muitas vezes', 'duas vezes', 'tres vezes', 'quatro vezes', 'toda vez', 
        'ha meses', 'ha semanas', 
        'terceira vez', 'todo mes', 'recorrent*', 
        'mes apos mes', 'semana apos semana', 
      ],
    },
  },
  {
    concept: 'repeated',
    weight: 1,
    forms: {
      en: [
        'every', 'always', 'since', 'of last', 'out of', 'most of last', 'most of the year', 'all year', 'multiple',
        'several', 'times', 'running', 'straight', 'second', 'third', 'fourth', '2nd', '3rd', '4th', 'ongoing',
      ],
      de: ['seit', 'mehrere', 'immer'],
      fr: ['depuis', 'plusieurs', 'toujours', 'chaque'],
      es: ['siempre', 'cada', 'varias', 'varios', 'desde'],
      pt: ['sempre'],
    },
  },
  {
    concept: 'one_off',
    weight: 2,
    forms: {
      en: [
        'one off', 'isolated', 'single', 'a single', 'only once', 'just once', 'one time', 'the only time',
        'only incident', 'only problem', 'only issue', 'only mistake', 'only complaint', 'first time', 'first problem',
        'first issue', 'first incident', 'first complaint', 'first mistake', 'first hiccup', 'first slip',
        'no previous', 'no prior', 'no earlier', 'never before', 'never had a', 'never had an', 'never had any',
        'without a hitch', 'without incident', 'without a single', 'clean record', 'spotless', 'one bad day',
        'one bad', 'one mistake', 'one error', 'one incident', 'one outage', 'one slip',
      ],
      de: [
        'einmalig*', 'ein einziges', 'einzig*', 'zum ersten mal', 'das erste mal', 'erstmals', 'erste problem',
        'erster fehler', 'ersten fehler', 'erste panne', 'noch nie', 'bisher nie', 'vorher nie', 'nie zuvor',
        'ohne zwischenfall*', 'ohne beanstandung*', 'ausrutscher', 'einzelfall', 'keine vorfalle',
      ],
      fr: [
        'une seule fois', 'un seul', 'une seule', 'isole*', 'ponctuel*', 'premiere fois', 'premier souci',
        'premier probleme', 'premier incident', 'premiere erreur', 'premier couac', 'jamais eu', 'sans incident',
        'sans accroc', 'seul incident', 'seule erreur', 'cas isole', 'exceptionnel*',
      ],
      es: [
        'una sola vez', 'un solo', 'una sola', 'aislad*', 'puntual', 'primera vez', 'primer problema', 'primer fallo',
        'primer error', 'primer incidente', 'unico incidente', 'unico problema', 'unico fallo', 'unica vez', 'una unica', 'un unico',
        'nunca antes', 'nunca habiamos', 'nunca habia', 'sin incidentes', 'excepcional',
      ],
      pt: [
        'uma unica vez', 'um unico', 'uma unica', 'isolad*', 'pontual', 'primeira vez', 'primeiro problema',
        'primeira falha', 'primeiro erro', 'unica ocorrencia', 'unica falha',
        'o unico', 'nunca tinha', 'nunca tivemos', 'sem incidentes', 
      ],
    },
  },
  {
    concept: 'one_off',
    weight: 1,
    forms: {
      en: ['once', 'one'],
      de: ['einmal'],
      fr: ['une fois'],
      es: ['una vez'],
      pt: ['uma vez'],
    },
  },
  {
    // "couldn't trust us again", "never booked us again", "nie wieder", "nicht einmal" (not even): idioms
    // with the words of a recurrence or a count. They only take those words away; they count for nothing.
    concept: 'idiom',
    weight: 0,
    forms: {
      en: [
        'never ~ again', 'trust us ~ again', 'work with us ~ again', 'use us ~ again', 'book* us ~ again',
        'buy from us ~ again', 'order from us ~ again', 'hire us ~ again', 'call us ~ again', 'not even once',
      ],
      de: ['nie wieder', 'nicht wieder', 'nicht mehr wieder', 'wieder bei uns', 'wieder mit uns', 'nicht einmal'],
      fr: ['plus jamais', 'meme pas une fois'],
      es: ['nunca mas', 'no ha repetido', 'no repitio', 'no volvio'],
      pt: ['nunca mais', 'nao repetiu', 'nao voltou'],
    },
  },
  {
    concept: 'temporary',
    weight: 1,
    forms: {
      en: [
        'this quarter', 'at this time', 'no momento', 'next fiscal', 'proximo exercicio', 'until next', 'auf eis',
        'suspendu', 'congelad*', 'pausad*', 'pospuest*', 'adiad*', 'suspens*',
      ],
      fr: [
        'annee prochaine',
      ],
      es: [
        'por el momento',
      ],
      pt: [
        'esse ano', 'neste ano',
      ],
    },
  },
  {
    concept: 'temporary',
    weight: 1,
    forms: {
      en: ['til fiscal', 'next yr', 'when the rains', 'when things recover', 'thru fy end', 'through fy end', 'until year end', 'till', 'until', 'reopening', 'reopens', 'next spring', 'next season', 'next harvest', 're quote', 'requote', 're tender', 'retender', 'reorder', 'look again', 'quote again'],
      de: ['bis jahresende', 'bis ende', 'bis zum', 'danach evtl', 'danach wieder', 'wiedereroffnung', 'nachste saison', 'neu ausschreiben', 'wieder anfragen'],
      fr: ['nous recontactera', 'jusqu a', 'reouverture', 'la saison prochaine', 'saison prochaine', 'on relance', 'relancer en', 'reconsulter'],
      es: ['hasta que', 'hasta el proximo', 'hasta final', 'reapertura', 'proxima temporada', 'volveran a cotizar', 'volver a cotizar'],
      pt: ['quando as chuvas', 'nesta safra', 'ate o fim', 'ate o final', 'ate o proximo', 'reabertura', 'proxima safra', 'voltam a cotar', 'voltar a cotar'],
    },
  },
  {
    concept: 'permanent',
    weight: 1,
    forms: {
      en: ['not in our plans', 'no plans to'],
      de: ['fur immer'],
      fr: ['pour de bon', 'ne figure pas dans nos projets', 'pas dans nos projets'],
      es: ['de una vez', 'sin planes de', 'no esta en nuestros planes'],
      pt: ['de vez', 'sem planos de', 'nao esta nos nossos planos'],
    },
  },
  {
    concept: 'permanent',
    weight: 1,
    forms: {
      en: ['never going to build', 'no intention of building', 'no intention of offering'],
      de: ['planen wir nicht', 'nicht auf der roadmap', 'nicht auf unserer roadmap'],
      fr: ['pas dans notre feuille de route'],
      es: ['no entra en nuestros planes', 'no esta en nuestra hoja de ruta'],
      pt: ['fora dos nossos planos'],
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
    concept: 'repeated',
    weight: 2,
    forms: {
      en: ['2x', '3x', '4x', '5x', '6x', '@count @occasion', 'on @count @occasion', 'all through the', 'throughout the', 'all autumn', 'all winter', 'all summer', 'all spring', 'all season', 'the whole season'],
      de: ['@count mal', 'den ganzen herbst', 'den ganzen winter', 'den ganzen sommer', 'die ganze saison'],
      fr: ['tout l automne', 'tout l hiver', 'tout l ete', 'toute la saison'],
      es: ['todo el otono', 'todo el invierno', 'todo el verano'],
      pt: ['todo o outono', 'todo o inverno', 'todo o verao'],
    },
  },
  {
    concept: 'idiom',
    weight: 0,
    forms: {
      en: ['@count @occasion ago'],
      de: ['vor @count @occasion'],
      fr: ['il y a @count @occasion', 'dans @count @occasion'],
      es: ['hace @count @occasion', 'dentro de @count @occasion', 'en @count @occasion'],
      pt: ['ha @count @occasion', 'daqui a @count @occasion', 'em @count @occasion'],
    },
  },
  {
    concept: 'temporary',
    weight: 1,
    forms: {
      en: ['this season', 'for the season'],
      de: ['diese saison', 'bleibt diese'],
      fr: ['cette saison'],
      es: ['esta temporada', 'toda la temporada'],
      pt: ['nesta temporada', 'toda a temporada'],
    },
  },
];

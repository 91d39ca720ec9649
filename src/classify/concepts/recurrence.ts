import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Step II: did our failure recur or was it one-off? Each side has strong forms (weight 2: "three
 * times", "again", "no previous incidents", "first problem in five years") and weak ones (weight 1:
 * "since", "several", "once", "one"); read-attribution-hints.ts weighs the two sides against each
 * other, so a "first time in years" outweighs a stray "since", and a "four times" a stray "once".
 */
export const RECURRENCE_CONCEPTS: Array<ConceptSpec<MarkerConcept>> = [
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
        'de novo', 'novamente', 'outra vez', 'repetid*', 'reiterad*', 'varias vezes',
        'muitas vezes', 'duas vezes', 'tres vezes', 'quatro vezes', 'toda vez', 'cada vez que', 'durante meses',
        'durante semanas', 'durante ~ meses', 'ha meses', 'ha semanas', 'constantemente', 'continuamente',
        'segunda vez', 'terceira vez', 'seguidos', 'seguidas', 'toda semana', 'todo mes', 'recorrent*', 'cronic*',
        'mes apos mes', 'semana apos semana', 'mes a mes',
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
      pt: ['sempre', 'varias', 'varios', 'desde'],
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
        'primeira falha', 'primeiro erro', 'unica ocorrencia', 'unico incidente', 'unico problema', 'unica falha',
        'unica vez', 'o unico', 'nunca antes', 'nunca tinha', 'nunca tivemos', 'sem incidentes', 'excepcional',
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
];

import type { ConceptSpec } from '../types';

/** Undetermined (no decisive cause): several causes, none decisive. */
export const MIXED: ConceptSpec[] = [
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: [
        'mix of', 'mixture of', 'combination of', 'several reasons', 'multiple reasons', 'a few reasons', 'ticked',
        'all of the above', 'say which', 'which mattered', 'which one', 'neither flagged', 'none decisive',
        'nothing decisive', 'neither was', 'neither confirmed',
      ],
      de: ['mehrere grunde', 'verschiedene grunde', 'mischung aus'],
      fr: ['plusieurs raisons', 'un melange de'],
      es: ['varias razones', 'varios motivos', 'una mezcla de'],
      pt: ['varias razoes', 'uma mistura de'],
    },
  },
  {
    // Several causes named and none decided, or hinted and never confirmed.
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['confirmed none', 'none of it confirmed', 'never confirmed any', 'without ever deciding', 'never settled on', 'nobody on the account knows'],
      de: ['nichts davon bestatigt', 'niemand sagen', 'keiner sagen', 'wollte uns keiner', 'wollte uns niemand', 'ohne sich festzulegen'],
      fr: ['sans jamais trancher', 'sans trancher', 'rien confirme', 'sans rien confirmer', 'personne ne sait'],
      es: ['sin decidirse', 'sin llegar a decidir', 'nada confirmado', 'sin confirmar nada', 'nadie sabe'],
      pt: ['sem nunca decidir', 'sem decidir', 'sem confirmar nada', 'ninguem sabe', 'assunto e confidencial'],
    },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['impossible to know', 'no way of knowing', 'no way to know', 'no way to tell', 'impossible to tell'],
      de: ['unmoglich zu sagen', 'nicht herauszufinden', 'unmoglich zu wissen', 'lasst sich nicht sagen'],
      fr: ['impossible de savoir', 'impossible de dire', 'aucun moyen de savoir'],
      es: ['imposible saber', 'no hay forma de saber', 'no hay manera de saber'],
      pt: ['impossivel saber', 'nao ha como saber', 'nao tem como saber'],
    },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['whether that means', 'nobody has told me', 'never said which', 'never said what weighed'],
      de: ['ob das heisst', 'nie gesagt was', 'hat nie gesagt was'],
      fr: ['jamais precise ce qui', 'sans preciser ce qui', 'si cela veut dire'],
      es: ['nunca dijo que', 'sin precisar que', 'si eso significa'],
      pt: ['nunca disse o que', 'sem dizer o que', 'se isso significa'],
    },
  },
  {
    // "It may be that ..., it may also be that ...; nobody confirmed anything": guesses, none decided.
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['it may be that', 'it may also be', 'nobody confirmed', 'no one confirmed', 'i could not say', 'or something else entirely', 'without explaining if', 'without explaining whether', 'never said what decided'],
      de: ['es kann sein dass', 'es kann auch sein', 'bestatigt hat mir niemand', 'niemand bestatigt', 'kann ich nicht sagen', 'ohne zu erklaren ob', 'ohne zu sagen was'],
      fr: ['il se peut que', 'il se peut aussi', 'personne ne me a confirme', 'je ne saurais dire', 'ou autre chose', 'sans jamais dire ce qui', 'sans dire ce qui', 'sans expliquer si'],
      es: ['puede ser que', 'puede que', 'nadie me confirmo', 'no sabria decir', 'o cualquier otra cosa', 'sin explicar si', 'sin decir que'],
      pt: ['pode ser que', 'ninguem confirmou', 'ninguem me confirmou', 'nao sei dizer', 'ou outra coisa qualquer', 'sem explicar se'],
    },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      de: ['mal so mal so', 'oder doch', 'widerspruchlich'],
      en: ['or was it', 'changes his story', 'changes her story', 'one thing one day'],
      fr: ['ou bien', 'tantot'],
      es: ['o fue', 'a veces dice'],
      pt: ['ou foi', 'ora diz'],
    },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['which of those', 'which of these', 'if any of', 'any of those'],
      de: ['welcher davon', 'was davon'],
      fr: ['lequel de', 'laquelle de'],
      es: ['cual de esas', 'cual de estos', 'cual de ellas'],
      pt: ['qual deles', 'qual delas', 'qual dessas'],
    },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['nobody has told me which', 'neither of the two', 'none of those'],
      de: ['mal heisst es', 'keiner dieser punkte', 'bestatigt hat mir keiner', 'keines von beiden', 'niemand hat gesagt'],
      fr: ['personne ne a dit', 'aucune des deux', 'aucun de ces'],
      es: ['nadie dijo', 'ninguna de las dos', 'ninguno de los dos'],
      pt: ['ninguem disse', 'nenhuma das duas', 'nenhum dos dois'],
    },
  },
  {
    // Several factors named and none confirmed.
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['several factors', 'a mix of factors', 'a combination of factors', 'a number of factors', 'any one of those could', 'any of those could', 'could be any of', 'do not know which', 'no idea which'],
      de: ['mehrere faktoren', 'verschiedene faktoren', 'jedes davon konnte', 'weiss nicht welche*'],
      fr: ['plusieurs facteurs', 'un ensemble de facteurs', 'chacun pourrait', 'ne sais pas laquelle', 'ne sais pas lequel'],
      es: ['varios factores', 'un conjunto de factores', 'cualquiera de ellos podria', 'no se cual'],
      pt: ['varios fatores', 'um conjunto de fatores', 'qualquer um deles pode*', 'nao sei qual'],
    },
  },
  {
    // Several guesses, none confirmed: "Pistes : ... Rien de confirmé", "cada uno tiene su teoría".
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['nothing confirmed', 'none confirmed', 'everyone has a theory', 'theories', 'usually that', 'it is usually'],
      de: ['nichts bestatigt', 'jeder hat seine theorie', 'theorien', 'niemand hat ~ bestatigt'],
      fr: ['rien de confirme', 'rien ne est confirme', 'pistes', 'chacun a sa theorie', 'personne ne a confirme'],
      es: ['tiene su teoria', 'teorias', 'ha confirmado nada', 'sin confirmar', 'no me atrevo'],
      pt: ['tem sua teoria', 'sem confirmacao'],
    },
  },
  {
    // Several causes, none decisive.
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      es: ['un poco de todo', 'de todo un poco', 'un conjunto de cosas'],
      pt: ['um pouco de tudo', 'de tudo um pouco', 'um conjunto de coisas'],
    },
  },
];

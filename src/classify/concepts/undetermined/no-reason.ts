import type { ConceptSpec } from '../types';

/** Undetermined (no decisive cause): no reason given. */
export const NO_REASON: ConceptSpec[] = [
  {
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: [
        'no reason*', 'no reason given', 'no explanation', 'without explanation', 'without any explanation',
        'no further detail*',
        'no details', 'no specifics', 'none given', 'did not say why', 'would not say', 'would not share',
        'not able to share',
        'was not able to share', 'not allowed to share', 'could not share', 'declined to say', 'declined to share',
        'declined a feedback', 'declined the debrief', 'debrief ~ declined', 'no feedback', 'did not elaborate',
        'without elaborating', 'could not go into', 'not go into it', 'no reasons', 'form letter', 'not released',
        'nobody would say', 'nobody knows', 'no one knows', 'nobody on our side knows', 'can not tell you why',
        'did not give a reason', 'gave no reason', 'never said why', 'nothing else in the record', 'no notes',
        'left no notes', 'not share details', 'would not tell',
        'no feedback given', 'declined to give feedback', 'did not give feedback', 'no debrief', 'declined a debrief',
        'refused to say', 'would not explain', 'did not explain', 'never explained', 'gave no explanation',
        'no clear reason', 'reason unknown', 'reason not given', 'reason not shared', 'could not get a reason',
        'could not get an answer', 'nobody could tell', 'no one could tell', 'unclear why', 'not clear why',
        'do not know why', 'dont know why', 'no idea why', 'no insight', 'no visibility',
        'did not say', 'didnt say', 'they did not say', 'would not say why', 'no detail*', 'no explanation given',
        'reasons unknown', 'unknown reason', 'unknown reasons', 'no info', 'no information', 'nothing in the notes',
        'no notes on',
        'confidential', 'would not disclose', 'not disclose', 'could not disclose', 'not allowed to say',
        'without comment', 'no comment', 'without a word', 'without saying why',
      ],
      de: [
        'keine begrundung', 'ohne begrundung', 'keine angabe*', 'nichts naheres', 'weiss ~ nichts', 'ohne angabe',
        'kein grund', 'nicht genannt', 'keine grunde', 'ohne grunde', 'grunde ~ nicht', 'keine begrundung erhalten',
        'wollte nichts sagen', 'wollten nichts sagen', 'kein feedback', 'grund nicht genannt',
        'ohne angabe von grunden', 'warum ist unklar',
        'wissen wir nicht', 'weiss ich nicht', 'wissen ~ nicht warum', 'weiss ~ nicht warum', 'grund unbekannt',
        'unklar warum', 'keinen grund', 'keinerlei grund', 'nicht gesagt warum', 'ohne zu sagen warum',
      ],
      fr: [
        'aucune explication', 'sans explication', 'sans raison', 'pas de raison', 'sans motif', 'aucun motif',
        'ne a pas voulu dire', 'sans donner de raison', 'aucun retour', 'pas de retour', 'pas d explication',
        'ne a pas voulu expliquer', 'raison non communiquee', 'on ne sait pas pourquoi',
        'nous ne savons pas', 'on ne sait pas', 'je ne sais pas pourquoi', 'raison inconnue', 'aucune raison',
        'sans dire pourquoi', 'pas dit pourquoi',
      ],
      es: [
        'sin explicacion', 'sin motivo', 'no quiso decir', 'no dio explicaciones', 'no quiso insistir',
        'sin dar motivo', 'sin dar explicaciones', 'no dieron motivo', 'no quisieron explicar', 'sin feedback',
        'motivo no informado', 'no sabemos por que',
        'no sabemos', 'motivo desconocido', 'no se sabe por que', 'ningun motivo', 'ninguna razon', 'ninguna explicacion',
        'no dijeron por que', 'sin decir por que',
      ],
      pt: [
        'sem explicacao', 'sem motivo', 'nao quis dizer', 'nao disse o motivo', 'sem justificativa',
        'sem dar explicacao', 'nao deram motivo', 'nao quiseram explicar', 'sem feedback', 'motivo nao informado',
        'nao sabemos por que',
        'nao sabemos', 'nao sabemos o motivo', 'motivo desconhecido', 'nao se sabe por que', 'nenhum motivo', 'nenhuma razao',
        'nenhuma explicacao', 'nao disseram por que', 'sem dizer por que',
      ],
    },
  },
  {
    // The only one who knew has gone from our side ("rep left before updating", "el comercial ya no está"), or
    // nothing was recorded: no cause. Light, so a cause told next to it ("AM left, acct sat orphaned") decides.
    concept: 'no_reason',
    weight: 1.5,
    negatable: false,
    forms: {
      en: ['@rep left', '@rep has left', '@rep gone', '@rep no longer here', '@rep no longer with us', 'previous @rep', 'no info from', 'no notes from'],
      de: ['keine info*', '@rep ~ nicht mehr da', '@rep ~ ausgeschieden', '@rep ist weg', 'vorheriger @rep'],
      fr: ['pas d info*', 'aucune info*', '@rep est parti', '@rep a quitte', '@rep ne est plus la', 'ancien @rep'],
      es: ['sin info', 'sin informacion', 'sin datos', '@rep ya no esta', '@rep se fue', '@rep ya no trabaja', 'antiguo @rep'],
      pt: ['sem informacao', '@rep saiu', '@rep nao esta mais', '@rep ja nao esta', 'antigo @rep'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['would not give the actual reason', 'would not give the reason', 'would not give a reason', 'refused to give the reason'],
      de: ['wollte den grund nicht nennen', 'wollte keinen grund nennen', 'den eigentlichen grund nicht'],
      fr: ['pas voulu donner la raison', 'pas voulu donner la vraie raison', 'refuse de donner la raison'],
      es: ['no quiso dar el motivo', 'no quiso dar el verdadero motivo', 'se nego a dar el motivo'],
      pt: ['nao quis dar o motivo', 'nao quis dar o verdadeiro motivo', 'recusou dar o motivo'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: [
        'nobody explained', 'no one explained', 'never told us what', 'never told us why', 'no other reason*',
        'never said what', 'would not say what', 
      ],
      de: ['niemand hat ~ erklart', 'nicht begrundet', 'ohne grund'],
      fr: ['personne ne a explique', 'sans justification'],
      es: ['nadie explico', 'sin dar motivo*', 'sin dar razon*', 'sin explicar', 'no explico el motivo'],
      pt: ['ninguem explicou', 'sem dar motivo*', 'sem explicar', 'nao explicou o motivo'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: ['rather not get into', 'would rather not say', 'without answering', 'a different path'],
      de: ['weiss ~ keiner', 'weiss niemand', 'keiner so genau', 'ohne zu antworten'],
      fr: ['motif non communique', 'sans repondre', 'autres choix'],
      es: ['no confirmo', 'sin responder', 'otro camino'],
      pt: ['sem responder', 'nao confirmou', 'outro caminho'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: ['no clue', 'nobody will confirm', 'no one will confirm', 'will not confirm', 'came from above', 'came from the top', 'decided above', 'nobody could say more', 'no one could say more', 'did not actually say', 'never actually said', 'my own guess'],
      de: ['verrat er nicht', 'verrat sie nicht', 'verraten sie nicht', 'anderen weg entschieden', 'niemand bestatigt', 'von oben entschieden', 'kam von oben', 'niemand konnte ~ sagen', 'wollte sich nicht aussern', 'nicht weiter aussern', 'wollte man nicht sagen', 'mehr wollte ~ nicht'],
      fr: ['aucune idee', 'personne ne confirme', 'decision venue d en haut', 'venue d en haut', 'personne ne a su dire', 'ne a rien voulu dire de plus'],
      es: ['ni idea', 'nadie confirma', 'sin dar explicacion', 'vino de arriba', 'nadie supo decir', 'no quiso decir mas'],
      pt: ['nem ideia', 'sem ideia', 'ninguem confirma', 'veio de cima', 'ninguem soube dizer', 'nao quis dizer mais', 'nao disse de fato'],
    },
  },
  {
    // No reason given, in CRM shorthand and plain words.
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: [
        'dnr', 'would not elaborate',
        'declined to give', 'declined to explain', 'no reason provided',
        'no reason stated', 'get a reason', 'got no reason', 'no feedback provided',
        'no clue why', 'not sure why', 'unsure why', 'unknown reason*',
      ],
    },
  },
  // Undetermined: no decisive cause.
  { concept: 'no_reason', weight: 2.4, forms: {
    de: ['hat sich intern so ergeben', 'intern so ergeben', 'hat sich so ergeben', 'wollte ~ nicht aussern', 'will ~ nicht aussern', 'keine angaben'],
    fr: ['pas souhaite preciser', 'motif non precise', 'motif inconnu', 'pas donne de raison', 'pas voulu dire'],
  } },
];

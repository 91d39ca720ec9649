import type { ConceptSpec } from './types';

/**
 * Texts with no decisive cause: timing, no decision, silence, a reason withheld, a guess, several
 * causes none of which decided, or "lost to a competitor" alone. These keep a result `undetermined`.
 */
export const UNDETERMINED_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: [
        'bad timing', 'timing', 'not now', 'not the right time', 'not the right moment', 'the timing just', 'no decision',
        'no decision yet', 'not reached a decision', 'had not reached a decision', 'never decided', 'indecision', 'went dark',
        'gone dark', 'ghosted', 'ghost*', 'no response',
        'lost contact', 'silence', 'went silent',
        'radio silence', 'vanished', 'see notes', 'see note', 'no reason', 'another direction', 'another way',
        'something different', 'business decision', 'strategic decision', 'internal reasons', 'internal decision',
        'budget reasons', 'decision was made above', 'above her head', 'above his head', 'above them', 'complicated',
        'did not make the cut', 'vendor review', 'system cleanup', 'cleanup', 'duplicate', 'stopped returning calls',
        'not returning calls', 'nothing personal', 'on their end', 'let the subscription lapse', 'let it lapse',
        'just lapsed', 'simply lapsed', 'changed their mind', 'not the moment',
      
        'on hold indefinitely', 'shelved indefinitely', 'no reply since', 'no response since', 'stopped returning', 'gone quiet', 'went quiet', 'chose to wait', 'decided to wait', 'wait and see', 'postponed indefinitely', 'deferred', 'stayed with the incumbent', 'kept the incumbent', 'stayed with their current', 'renewed with their current', 'status quo', 'do nothing', 'decided to do nothing', 'not a priority', 'lower priority', 'deprioritised the project', 'deprioritized the project',
        'maybe later', 'revisit in', 'revisit next', 'check back', 'circle back', 'follow up next', 'on hold', 'paused', 'put on hold', 'no movement', 'stalled out', 'no traction', 'not ready', 'not ready yet', 'too early', 'not this year', 'next year maybe',],
      de: [
        'keine entscheidung', 'funkstille', 'grund unklar', 'grund unbekannt', 'neu aufgestellt',
        'strategische entscheidung', 'interne grunde', 'nicht der richtige zeitpunkt', 'zeitpunkt', 'meldet sich nicht',
        'keine nachricht', 'nichts mehr gehort',
      
        'zuruckgestellt', 'auf unbestimmte zeit', 'beim bestehenden anbieter geblieben', 'bleiben beim bisherigen', 'keine prioritat',],
      fr: [
        'pas de decision', 'sans suite', 'pas de suite', 'donner suite', 'raison inconnue',
        'decision strategique', 'raisons internes', 'pas le moment', 'nous reviendrons vers vous', 'silence radio',
        'plus de nouvelles', 'pas de nouvelles', 'aucune nouvelle', 'sans nouvelles',
      
        'reporte sine die', 'repousse', 'reste chez leur fournisseur actuel', 'pas prioritaire', 'en attente',],
      es: [
        'sin decision', 'motivo desconocido', 'cosas de arriba', 'decision estrategica',
        'retomar', 'motivos internos', 'no es el momento', 'sin noticias',
      
        'aplazado indefinidamente', 'se quedaron con su proveedor actual', 'no es prioridad', 'en espera',],
      pt: [
        'sem decisao', 'nao e o momento', 'nao respondeu',
        'motivo desconhecido', 'decisao estrategica', 'cliente sumiu', 'motivos internos', 'sem noticias',
      
        'adiado indefinidamente', 'ficaram com o fornecedor atual', 'nao e prioridade', 'em espera',],
    },
  },
  {
    concept: 'vague_short',
    weight: 2.5,
    negatable: false,
    forms: {
      en: ['other', 'others', 'n a', 'na', 'unknown', 'unclear', 'none', 'tbd', 'misc', 'stalled', 'closed', 'budget', 'competitor', 'lost', 'not specified', 'unspecified'],
      de: ['sonstig*', 'unbekannt', 'unklar', 'andere', 'budget'],
      fr: ['autre*', 'inconnu*', 'divers', 'budget'],
      es: ['otro', 'otros', 'desconocid*', 'presupuesto'],
      pt: ['outro', 'outros', 'desconhecid*', 'orcamento'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: [
        'no reason*', 'no reason given', 'no explanation', 'without explanation', 'without any explanation', 'no further detail*',
        'no details', 'no specifics', 'none given', 'did not say why', 'would not say', 'would not share', 'not able to share',
        'was not able to share', 'not allowed to share', 'could not share', 'declined to say', 'declined to share',
        'declined a feedback', 'declined the debrief', 'debrief ~ declined', 'no feedback', 'did not elaborate',
        'without elaborating', 'could not go into', 'not go into it', 'no reasons', 'form letter', 'not released',
        'nobody would say', 'nobody knows', 'no one knows', 'nobody on our side knows', 'can not tell you why',
        'did not give a reason', 'gave no reason', 'never said why', 'nothing else in the record', 'no notes',
        'left no notes', 'not share details', 'would not tell',
      
        'no feedback given', 'declined to give feedback', 'did not give feedback', 'no debrief', 'declined a debrief', 'refused to say', 'would not explain', 'did not explain', 'never explained', 'gave no explanation', 'no clear reason', 'reason unknown', 'reason not given', 'reason not shared', 'could not get a reason', 'could not get an answer', 'nobody could tell', 'no one could tell', 'unclear why', 'not clear why', 'do not know why', 'dont know why', 'no idea why', 'no insight', 'no visibility',
        'did not say', 'didnt say', 'they did not say', 'would not say why', 'no detail*', 'no explanation given', 'reasons unknown', 'unknown reason', 'unknown reasons', 'no info', 'no information', 'nothing in the notes', 'no notes on',
        'confidential', 'would not disclose', 'not disclose', 'could not disclose', 'not allowed to say',],
      de: ['keine begrundung', 'ohne begrundung', 'keine angabe*', 'nichts naheres', 'weiss ~ nichts', 'ohne angabe', 'kein grund', 'nicht genannt', 'keine grunde', 'ohne grunde', 'grunde ~ nicht', 'keine begrundung erhalten', 'wollte nichts sagen', 'wollten nichts sagen', 'kein feedback', 'grund nicht genannt', 'ohne angabe von grunden', 'warum ist unklar'],
      fr: ['aucune explication', 'sans explication', 'sans raison', 'pas de raison', 'sans motif', 'aucun motif', 'n a pas voulu dire', 'sans donner de raison', 'aucun retour', 'pas de retour', 'pas d explication', 'n a pas voulu expliquer', 'raison non communiquee', 'on ne sait pas pourquoi'],
      es: ['sin explicacion', 'sin motivo', 'no quiso decir', 'no dio explicaciones', 'no quiso insistir', 'sin dar motivo', 'sin dar explicaciones', 'no dieron motivo', 'no quisieron explicar', 'sin feedback', 'motivo no informado', 'no sabemos por que'],
      pt: ['sem explicacao', 'sem motivo', 'nao quis dizer', 'nao disse o motivo', 'sem justificativa', 'sem dar explicacao', 'nao deram motivo', 'nao quiseram explicar', 'sem feedback', 'motivo nao informado', 'nao sabemos por que'],
    },
  },
  {
    concept: 'hedge',
    weight: 1.3,
    negatable: false,
    forms: {
      en: [
        'might', 'maybe', 'perhaps', 'possibly', 'could be', 'could have been', 'it could', 'unclear', 'not clear',
        'unconfirmed', 'rumo*', 'not sure', 'no idea', 'who knows', 'do not know if', 'do not know whether',
        'do not know why', 'do not know what', 'we do not know', 'we did not know', 'not know why', 'can not tell',
        'either way', 'or not', 'or might not', 'heard both', 'guess*', 'speculat*', 'if that means', 'whether they',
        'whether it', 'whether their', 'wondering', 'i have no idea', 'not confirmed', 'i think', 'seems', 'the sense',
      ],
      de: ['vielleicht', 'moglicherweise', 'unklar', 'ob', 'weiss nicht', 'keine ahnung', 'vermutlich', 'eventuell', 'wohl'],
      fr: ['peut etre', 'je ne sais pas', 'sais pas si', 'ne sais pas', 'incertain', 'ou pas', 'on ne sait pas', 'soit'],
      es: ['quizas', 'quiza', 'tal vez', 'a lo mejor', 'no se si', 'no se', 'no sabemos', 'o que', 'o si'],
      pt: ['talvez', 'nao sei se', 'nao sei', 'pode ter sido', 'pode ser', 'ou se', 'nao sabemos', 'se foi'],
    },
  },
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
      pt: ['varios motivos', 'varias razoes', 'uma mistura de'],
    },
  },
  {
    concept: 'competitor',
    weight: 1.0,
    negatable: false,
    forms: {
      en: [
        '@competitor', 'lost to', 'went with', 'switched to', 'switched supplier*', 'switched', 'moved to another',
        'signed with', 'chose another', '@other @vendor', '@new @vendor', 'elsewhere', 'someone else', 'awarded',
      ],
      de: ['anderen @vendor', 'anderer @vendor', 'gewechselt', 'woanders'],
      fr: ['ailleurs', 'autre @vendor', 'un autre'],
      es: ['otro @vendor', 'otra @vendor', 'cambio de proveedor', 'cambiar de proveedor'],
      pt: ['outro @vendor', 'outra @vendor', 'fecharam com outro', 'fechou com outro'],
    },
  },
  {
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: [
        'closed lost', 'closed won', 'closed out', 'close out', 'ticket closed', 'closed the deal', 'close date',
        'contract expired', 'contract lapsed', 'renewal expired', 'subscription lapsed', 'fill rate*', 'on time rate',
        'success rate', 'at our cost', 'same service level', 'same level of service', 'from our side', 'on our side',
        'field service', 'customer service software', 'feedback forms', 'account manager', 'credit issued',
        'stopped ordering', 'stopped buying', 'deixaram de comprar', 'too late for', 'just too late', 'merger documents',
        'merger docs', 'acquisition documents',
      
        'price collapsed', 'prices collapsed', 'price crash', 'oil price*', 'commodity price*', 'market price*', 'fuel price*', 'energy price*',],
      de: ['gleiche leistung', 'gleichen service', 'gleiche qualitat'],
      fr: ['meme service', 'meme qualite', 'taux de service'],
      es: ['mismo servicio', 'misma calidad', 'cerraron con otro'],
      pt: ['mesmo servico', 'mesma qualidade', 'fech* com'],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): our neglect, told, not named: the event or the customer's words. */
export const NEGLECT_TOLD: ConceptSpec[] = [
  {
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: [
        'left them without', 'left the site without', 'left the plant without', 'without a technician', 'without our technician',
        'no one showed', 'nobody showed', 'never showed up', 'no visit', 'no visits', 'had not visited', 'did not visit',
        'had not been out', 'stopped visiting', 'stopped calling', 'dropped the ball', 'fell through the cracks', 'went unanswered',
        'left unattended', 'no account manager', 'without an account manager', 'no named contact', 'no fixed contact',
        'different person every time', 'different person each time', 'a new person every time', 'start from scratch',
        'explain ~ from scratch', 'tickets bounced', 'bounced between', 'bounced around', 'without anyone owning', 'nobody owned',
        'no one owned',
      ],
      de: [
        'nicht mehr beim', 'nicht mehr besucht', 'kein besuch', 'keine besuche', 'nie besucht', 'nicht besucht', 'ohne techniker',
        'nicht zuruckgerufen', 'nicht gekummert', 'links liegen', 'abgeschrieben', 'liegen gelassen', 'keiner von uns',
        'keinen festen ansprechpartner', 'kein fester ansprechpartner', 'ohne ansprechpartner', 'jedes mal ein anderer', 'von vorne erklaren',
        'liegengeblieben*', 'liegen geblieben*',
      ],
      fr: [
        'sans technicien', 'sans nouvelles de nous', 'pas de visite', 'plus de visite', 'jamais venu*', 'pas rappele*',
        'laisse* sans', 'on a oublie', 'avons oublie', 'delaiss*', 'personne de chez nous', 'sans interlocuteur',
        'a chaque fois un interlocuteur different', 'tout reexpliquer', 'depuis le debut a chaque',
      ],
      es: [
        'dejamos ~ sin', 'dejamos de atender', 'dejamos de visitar', 'dejamos de llamar', 'sin tecnico', 'sin visitas',
        'nadie fue', 'no fuimos', 'no los visitamos', 'no devolvimos', 'olvidamos', 'desatend*', 'nadie de nosotros',
        'sin interlocutor', '@staff distinto', 'una persona distinta', 'alguien distinto', 'desde cero',
      ],
      pt: [
        'deixamos ~ sem', 'deixamos de atender', 'deixamos de visitar', 'deixamos de ligar', 'deixamos de responder', 'sem tecnico',
        'sem visita*', 'ninguem foi', 'nao fomos', 'nao visitamos', 'nao retornamos', 'esquecemos', 'desassistid*', 'largad*',
        'sem interlocutor', 'uma pessoa diferente', 'alguem diferente', 'do zero',
      ],
    },
  },
  {
    // Our rep who never called back (whose calls went unanswered is read from the clause).
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: ['never returned a single call', 'did not return a single call', 'never called back'],
      de: ['nie zuruckgerufen', 'keinen einzigen ruckruf'],
      fr: ['ne a jamais rappele', 'ne rappelait jamais', 'jamais rappele'],
      es: ['no devolvio ~ llamada', 'no devolvio ~ llamadas', 'no devolvia las llamadas', 'nunca devolvio'],
      pt: ['nao retornou ~ ligacao', 'nao retornou ~ ligacoes', 'nao retornava as ligacoes', 'nunca retornou'],
    },
  },
  {
    concept: 'neglect',
    weight: 2.6,
    forms: {
      de: ['ticket* ~ offen', 'wochen offen', 'offen geblieben', 'keine eskalation', 'nie eskaliert', 'nicht eskaliert', 'blieb liegen', 'liegen geblieben', 'nicht beim kunde* gewesen', 'nicht mehr beim kunde*'],
      en: ['no escalation', 'never escalated', 'not escalated', 'sat open', 'open for weeks', 'open for months'],
      fr: ['aucune escalade', 'jamais escalade', 'reste ouvert', 'ouvert pendant'],
      es: ['sin escalar', 'nunca se escalo', 'abierto durante'],
      pt: ['sem escalar', 'nunca foi escalado', 'aberto por'],
    },
  },
  {
    concept: 'neglect',
    weight: 2.2,
    forms: {
      en: ['stopped returning', 'not heard from ~ in', 'no contact for'],
      de: ['nicht mehr gemeldet', 'meldete sich nicht mehr', 'keinen kontakt mehr', 'war nicht mehr da', 'nicht mehr vorbeigekommen'],
      fr: ['plus donne signe de vie', 'ne donnait plus signe', 'ne passait plus', 'ne a plus appele', 'ne rappelait plus'],
      es: ['dejo de llamar', 'dejo de ir', 'dejo de pasar', 'dejo de responder', 'dejaron de llamar', 'dejaron de ir', 'no volvio a llamar', 'no volvio a pasar'],
      pt: ['parou de ligar', 'parou de visitar', 'parou de vir'],
    },
  },
  {
    // Their calls went to an old number of ours, their papers sat unread: neglect told as what happened.
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: ['old phone number', 'old number on file', 'outdated number', 'wrong number on file', 'old email address', 'sat unread', 'lay unread', 'went unread', 'sat unopened', 'unread in our'],
      de: ['alte telefonnummer', 'alte nummer', 'veraltete nummer', 'veraltete adresse', 'lag ungelesen', 'blieb ungelesen', 'ungelesen liegen'],
      fr: ['ancien numero', 'numero perime', 'ancienne adresse mail', 'reste non lu', 'restee non lue', 'sans etre lu', 'sans etre lue'],
      es: ['numero antiguo', 'telefono antiguo', 'correo antiguo', 'quedo sin leer', 'quedaron sin leer', 'sin que nadie lo leyera'],
      pt: ['numero antigo', 'telefone antigo', 'email antigo', 'ficou sem ser lido', 'ficaram sem ser lidos', 'sem que ninguem lesse'],
    },
  },
  {
    // Their tickets left unanswered, their file fallen between two chairs.
    concept: 'neglect',
    weight: 2.4,
    negatable: false,
    forms: {
      // (Who left whom unanswered is read from the clause: "nicht beantwortet" by our hotline is ours, by the buyer it is his silence.)
      en: ['fell between two chairs', 'fell between the chairs', 'fell between stools', 'fell between two stools'],
      de: ['nicht beantwortet', 'nie beantwortet', 'zwischen zwei stuhle', 'zwischen den stuhlen', 'zwischen die stuhle'],
      fr: ['entre deux chaises', 'sans reponse de notre part'],
      es: ['entre dos sillas', 'sin contestar'],
      pt: ['entre duas cadeiras', 'sem retorno nosso'],
    },
  },
  {
    // We went quiet on them: calls not returned, nobody owned the account, tickets left without an answer.
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: [
        'we did not return', 'we never returned', 'we did not call', 'we did not get back', 'we never got back', 'we did not respond', 'we never responded', 'we did not answer', 'we never answered', 'we failed to respond', 'we failed to follow up',
        'did not return ~ calls', 'not returning their', 'failed to return their',
        'nobody ~ checked in', 'no one ~ checked in', 'did not check in', 'stopped checking in',
        'no one ~ owned the account', 'nobody ~ owned the account', 'nobody owned it', 'no owner on our', 'orphaned account',
        'account was orphaned', 'account got orphaned', 'slipped through the cracks',
        'left them waiting',
        'tickets ~ without a response', 'tickets sat', 'tickets went unanswered', 'no reply from us', 'never heard back from us', 'went dark on our end',
        'went quiet on our end', 'went dark on our side', 'went quiet on our side', 'we went dark',
        'no point of contact', 'no dedicated contact', 'no qbr*',
        'skipped the qbr*', 'missed ~ qbr*', 'we were slow to',
        'we never called', 'we never followed up', 'we did not follow up', 'no follow up from us', 'did not get back to them',
        'never got back to them', 'took forever to get back',
      ],
    },
  },
  { concept: 'neglect', weight: 2.6, forms: {
    de: [
      'keiner hat sich ~ gekummert', 'nicht blicken lassen', 'nie blicken lassen', 'von uns vertrostet',
      'wir haben ~ vertrostet', 'den kunden hangen lassen', 'wir haben ~ hangen lassen', 'haben ~ hangen gelassen',
      '@function ~ nie erreichbar', '@function ~ nicht erreichbar', 'niemand hat sich ~ gekummert',
      'hat sich keiner gekummert', 'niemand hat zuruckgerufen', 'keiner hat zuruckgerufen', 'versprochene* ruckruf*',
      'zugesagte* ruckruf*', 'tickets blieben liegen', 'blieben liegen', 
      'nicht betreut', 'schlecht betreut', 'kaum betreut', 'betreuerwechsel', 'wechsel des betreuers',
    ],
    fr: [
      'on ne a jamais rappele', 'personne chez nous', 'on les a fait attendre', 'on l a fait attendre',
      'jamais relance*', 'pas ete relance*', 'aucune relance de notre part', 'on ne a pas rappele',
      'on ne l a jamais rappele', 'on ne les a pas rappele*', 'on ne les a jamais rappele*', 'on ne a pas repondu',
      'on ne a jamais repondu', 'on a laisse tomber', 'on les a laisse* tomber', 'on a neglige',
      'de retour de notre part', 'de reponse de notre part', 'retour de nos equipes', 'plaint* ~ sans reponse',
      'plus de suivi', 'suivi inexistant',
    ],
  } },
  {
    // Our neglect: calls not returned, the customer ignored or left aside.
    concept: 'neglect',
    weight: 2.2,
    forms: {
      es: [
        'no le devolvi* ~ llamada*', 'no les devolvi* ~ llamada*', 'no devolvimos ~ llamada*', 'no le devolvimos',
        'no les devolvimos', 'nadie le devolvio', 'nadie les devolvio', 'no le hicimos caso', 'no les hicimos caso',
        'lo teniamos olvidado', 'los teniamos olvidados', 'lo tuvimos olvidado', 'lo dejamos tirado',
        'los dejamos tirados', 'cuenta huerfana', 'sin comercial asignado', 'sin ejecutivo asignado',
        'nadie le dio seguimiento', 'nadie les dio seguimiento', 'no le dimos seguimiento', 'no les dimos seguimiento',
        'no hicimos seguimiento', 'no dimos seguimiento', 'tard* ~ en contestar', 'dias en contestar',
      ],
      pt: [
        'nao demos bola', 'nao demos atencao', 'nao retornamos ~ ligac*', 'ninguem retornou ~ ligac*',
        'deixamos de lado', 'deixamos o cliente de lado', 'conta orfa', 'sem gerente de conta', 'largamos o cliente',
        'deixamos no vacuo', 'ficou no vacuo', 'ficaram no vacuo',
        'nao demos seguimento', 'ninguem deu seguimento', 'nao fizemos follow up', 'ninguem fez follow up',
      ],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Undetermined (no decisive cause): says nothing about why. */
export const VAGUE: ConceptSpec[] = [
  {
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: [
        'bad timing', 'timing', 'not now', 'not the right time', 'not the right moment', 'the timing just',
        // "the deal stalled after the pilot": it stopped moving, nobody says why.
        'deal stalled', 'deal had stalled', 'deal has stalled', 'talks stalled', 'negotiations stalled', 'renewal stalled',
        'all we know',
        'no decision',
        'no decision yet', 'not reached a decision', 'had not reached a decision', 'never decided', 'indecision',
        'went dark',
        'gone dark', 'ghosted', 'ghost*', 'no response',
        'lost contact', 'silence', 'went silent',
        'radio silence', 'vanished', 'see notes', 'see note', 'no reason', 'another direction', 'another way',
        'something different', 'business decision', 'strategic decision', 'internal reasons', 'internal decision',
        'budget reasons', 'decision was made above', 'above her head', 'above his head', 'above them', 'complicated',
        'did not make the cut', 'vendor review', 'system cleanup', 'cleanup', 'duplicate', 'stopped returning calls',
        'not returning calls', 'nothing personal', 'on their end', 'let the subscription lapse', 'let it lapse',
        'just lapsed', 'simply lapsed', 'changed their mind', 'not the moment',
        'on hold indefinitely', 'shelved indefinitely', 'no reply since', 'no response since', 'stopped returning',
        'gone quiet', 'went quiet', 'chose to wait', 'decided to wait', 'wait and see', 'postponed indefinitely',
        'deferred', 'stayed with the incumbent', 'kept the incumbent', 'stayed with their current',
        'renewed with their current', 'status quo', 'do nothing', 'decided to do nothing', 'not a priority',
        'lower priority', 'deprioritised the project', 'deprioritized the project',
        'maybe later', 'revisit in', 'revisit next', 'check back', 'circle back', 'follow up next', 'on hold',
        'paused', 'put on hold', 'no movement', 'stalled out', 'no traction', 'not ready', 'not ready yet',
        'too early', 'not this year', 'next year maybe',
      ],
      de: [
        'keine entscheidung', 'funkstille', 'grund unklar', 'grund unbekannt', 'neu aufgestellt',
        'strategische entscheidung', 'interne grunde', 'nicht der richtige zeitpunkt', 'zeitpunkt', 'meldet sich nicht',
        'keine nachricht', 'nichts mehr gehort',
        'zuruckgestellt', 'auf unbestimmte zeit', 'beim bestehenden anbieter geblieben', 'bleiben beim bisherigen',
        'keine prioritat',
      ],
      fr: [
        'pas de decision', 'sans suite', 'pas de suite', 'donner suite', 'raison inconnue',
        'decision strategique', 'raisons internes', 'pas le moment', 'nous reviendrons vers vous', 'silence radio',
        'plus de nouvelles', 'pas de nouvelles', 'aucune nouvelle', 'sans nouvelles',
        'reporte sine die', 'repousse', 'reste chez leur fournisseur actuel', 'pas prioritaire', 'en attente',
      ],
      es: [
        'sin decision', 'motivo desconocido', 'cosas de arriba', 'decision estrategica',
        'retomar contacto', 'motivos internos', 'no es el momento', 'sin noticias',
        'aplazado indefinidamente', 'se quedaron con su proveedor actual', 'no es prioridad', 'en espera',
      ],
      pt: [
        'sem decisao', 'nao e o momento', 'nao respondeu',
        'motivo desconhecido', 'decisao estrategica', 'cliente sumiu', 'sem noticias',
        'adiado indefinidamente', 'ficaram com o fornecedor atual', 'nao e prioridade', 'em espera',
      ],
    },
  },
  {
    // They said they would think about it and went silent: no cause.
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: ['would think about it', 'never called again', 'never got back to us'],
      de: ['nicht mehr gemeldet', 'nie wieder gemeldet', 'wollte es sich uberlegen', 'wollte noch uberlegen'],
      fr: ['allait reflechir', 'jamais rappele', 'plus jamais rappele', 'plus donne de nouvelles'],
      es: ['lo iba a pensar', 'iba a pensarlo', 'no volvio a llamar', 'ya no volvio', 'no volvio a contestar'],
      pt: ['ia pensar', 'nao voltou a ligar', 'nunca mais ligou', 'nao deu mais noticias'],
    },
  },
  {
    // Our follow-ups that nobody answers: their silence.
    concept: 'vague',
    weight: 1.6,
    negatable: false,
    forms: {
      en: ['follow up calls unanswered', 'follow ups unanswered', 'follow up emails unanswered', 'nothing since', 'we will let you know', 'reviewing options', 'reviewing their options'],
      de: ['nachfassen ~ unbeantwortet', 'seitdem nichts', 'wir melden uns', 'optionen prufen'],
      fr: ['relances sans reponse', 'relances restees sans reponse', 'rien depuis', 'on vous tiendra au courant', 'etudie les options'],
      es: ['seguimientos sin respuesta', 'nada desde entonces', 'ya les avisaremos', 'evaluando opciones'],
      pt: ['follow ups sem resposta', 'nada desde entao', 'a gente avisa', 'avaliando opcoes'],
    },
  },
  {
    concept: 'vague',
    weight: 1.6,
    negatable: false,
    forms: {
      en: ['auto closed', 'no activity'],
      de: ['keine aktivitat', 'automatisch geschlossen'],
      fr: ['sans activite', 'ferme automatiquement'],
      es: ['sin actividad', 'cerrado automaticamente'],
      pt: ['sem atividade', 'fechado automaticamente'],
    },
  },
  {
    concept: 'vague',
    weight: 2.2,
    negatable: false,
    forms: {
      de: ['interne entscheidung'],
      fr: ['decision interne'],
      es: ['decision interna', 'razones internas', 'no sabe decir'],
      pt: ['decisao interna', 'razoes internas', 'nao sabe informar', 'nao soube informar'],
    },
  },
  {
    // A direction, not a cause: "going in a different direction".
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: ['different direction', 'new direction', 'up the chain', 'get back to me', 'sitting with them', 'just stuck'],
      de: ['andere richtung', 'neue richtung'],
      fr: ['autre direction', 'ne decroche plus', 'decroche plus'],
      es: ['otra direccion', 'nueva direccion'],
      pt: ['outra direcao', 'nova direcao'],
    },
  },
  {
    // The customer went silent or the deal drifted: nothing decisive told.
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: [
        'no contact after', 'no response after', 'no reply after', 'silence after',
        'went radio silent', 'radio silent', 'contact no longer with', 'no longer with the company', 'no longer with company', 'no one else engaged', 'nobody else engaged',
        'went cold', 'gone cold', 'deal went cold', 'crickets', 'went mia',
        'stopped engaging', 'no longer responding',
        'lost touch with', 'lost contact with', 'lost our champion', 'chose to do nothing',
        'stayed with status quo', 'never came back', 'fizzled',
        'fizzled out', 'petered out', 'died on the vine', 'dead deal', 'could be a number of things',
      ],
    },
  },
  { concept: 'vague', weight: 2.5, forms: {
    de: ['reagiert nicht mehr', 'nicht mehr erreichbar', 'antwortet nicht mehr', 'nicht mehr geruhrt', 'geghostet', 'ghostet'],
    fr: ['aucune nouvelle*', 'fait le mort', 'ne rappelle plus', 'ne revient plus vers nous'],
  } },
  {
    // Nothing told: the customer vanished or put us off.
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      es: ['nos dio largas', 'nos daba largas', 'dio largas', 'nos dejo en visto', 'se esfumo', 'no solto prenda', 'sin mas info'],
      pt: ['se esfumou', 'deu ghost', 'ghostou', 'enrolou', 'nos enrolou', 'sem mais info', 's info', 'sem info'],
    },
  },
  {
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: [
        'unresponsive', 'stopped answering', 'dunno', 'might have been', 'may have been', 'hard to say',
        'nothing concrete', 'no clear reason', 'reason unclear', 'reason unknown', 'not to move forward',
        'not move forward', 'no answer after', 'decided not to proceed', 'not proceed',
        'when the time is right',
      ],
      es: [
        'sin respuesta del cliente',
      ],
    },
  },
];

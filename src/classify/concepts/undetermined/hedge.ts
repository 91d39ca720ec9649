import type { ConceptSpec } from '../types';

/** Undetermined (no decisive cause): a guess, not a cause. */
export const HEDGE: ConceptSpec[] = [
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
        // "Either our late shipment ... or the new supplier came in cheaper": two causes offered, neither chosen.
        'either our', 'either the', 'either they', 'either it', 'either we', 'either a', 'either their',
      ],
      de: [
        'vielleicht', 'moglicherweise', 'unklar', 'ob', 'weiss nicht', 'keine ahnung', 'vermutlich', 'eventuell',
        'wohl', 'entweder',
      ],
      fr: [
        'peut etre', 'je ne sais pas', 'sais pas si', 'ne sais pas', 'incertain', 'ou pas', 'on ne sait pas', 'soit', 'ou bien',
      ],
      es: ['quizas', 'quiza', 'tal vez', 'a lo mejor', 'no se si', 'no se por que', 'no se bien', 'no lo se', 'no sabemos', 'o si', 'o bien'],
      pt: ['talvez', 'nao sei se', 'nao sei', 'pode ter sido', 'pode ser', 'ou se', 'nao sabemos', 'se foi', 'ou entao'],
    },
  },
  {
    concept: 'hedge',
    weight: 1.3,
    negatable: false,
    forms: { en: ['not so sure', 'am not sure'], de: ['bin mir nicht sicher'], fr: ['pas si sur'], es: ['no estoy seguro'], pt: ['nao tenho certeza'] },
  },
  {
    // Nobody confirmed which cause it was.
    concept: 'hedge',
    weight: 1.8,
    negatable: false,
    forms: {
      en: ['nobody confirmed', 'no one confirmed', 'never confirmed which', 'none of it confirmed', 'none of it was confirmed'],
      de: ['niemand hat bestatigt', 'nichts davon bestatigt', 'keiner wurde bestatigt', 'nicht bestatigt'],
      fr: ['personne ne a confirme', 'personne ne nous a confirme', 'rien de confirme', 'jamais confirme'],
      es: ['nadie nos confirmo', 'nadie confirmo', 'nada confirmado', 'nunca se confirmo'],
      pt: ['ninguem confirmou', 'ninguem nos confirmou', 'nunca se confirmou'],
    },
  },
  {
    concept: 'hedge',
    weight: 1.3,
    negatable: false,
    forms: {
      de: ['evtl', 'vllt'],
      es: ['puede ser', 'puede que', 'no lo sabemos', 'no sabemos si'],
      fr: ['peut etre que', 'on ne sait pas si'],
      pt: ['nao sabemos se', 'nao se sabe'],
    },
  },
  { concept: 'hedge', weight: 1.3, forms: {
    de: ['tippe auf', 'ich vermute', 'vermute ich', 'weiss es aber nicht', 'mutmasslich', 'wohl eher'],
    fr: ['a priori', 'j imagine', 'je suppose', 'sans certitude', 'il semblerait'],
  } },
  {
    // A guess, not a cause: "supongo que", "deve ter sido", "vai saber".
    concept: 'hedge',
    weight: 1.3,
    negatable: false,
    forms: {
      es: [
        'supongo que', 'imagino que', 'sospecho que', 'debio ser', 'debe de haber sido', 'debe haber sido',
        'vaya usted a saber', 'ni idea', 'una suposicion',
        'al parecer', 'probablemente', 'posiblemente', 'no confirmado',
        'se rumorea', 'rumor*', 'especul*',
      ],
      pt: [
        'suponho que', 'deve ter sido', 'vai saber', 'sei la', 'sabe se la', 'uma suposicao',
        'pelo visto', 'provavelmente', 'possivelmente', 'nao confirmado',
        'boato*', 
      ],
    },
  },
];

import type { ConceptSpec, MarkerConcept } from './types';

/** Step II, controllability: whether we could offer or fix what decided it, or cannot. */
export const CONTROLLABILITY_QUALIFIERS: ConceptSpec<MarkerConcept>[] = [
  {
    concept: 'offers',
    weight: 1,
    forms: {
      en: [
        'standardis* on', 'standardiz* on', 'connects', 'integrates', 'demoed', 'showed', 'put', 'replaced them with',
        'offer*', 'has', 'had', 'have', 'with', 'bundle*', 'provide*', 'comes with', 'came with', 'include*',
        'deliver*', 'runs', 'ran', 'does', 'handles', 'supports', 'picked', 'chose', 'went with', 'moved to',
        'won with', 'won on', 'for its', 'for their',
      ],
      de: ['bietet', 'bot', 'hat', 'hatte', 'mit', 'liefert', 'anbietet', 'im angebot', 'gibt', 'gibt es'],
      fr: ['propose*', 'offre', 'offrait', 'avec', 'pour', 'dispose'],
      es: ['ofrece*', 'ofrecia', 'tiene', 'tenia', 'con', 'por', 'x', 'les da', 'da'],
      pt: ['oferece*', 'oferecia', 'tem', 'tinha', 'com', 'pelo', 'pela'],
    },
  },
  {
    concept: 'can_fix',
    weight: 1,
    forms: {
      en: [
        'roadmap', 'not yet', 'in development', 'in progress', 'next release', 'scheduled', 'booked', 'planned',
        'due to launch',
        'is due', 'launch', 'could have', 'we could', 'could offer', 'could build', 'can build', 'can produce',
        'we can',
        'never offered', 'never proposed', 'nobody proposed', 'never got it off', 'internally about', 'capex', 'pilot*',
        'samples', 'still', 'asked us for', 'said no', 'we declined', 'could still', 'too late',
        'in beta', 'not offered', 'never mentioned', 'nobody mentioned', 'never shown', 'in our lab',
        // We have it, or soon will, and never put it in front of them.
        'never showed', 'never demoed', 'not demoed', 'never presented', 'not presented', 'never pitched', 'not pitched',
        'never told', 'never quoted', 'for another client', 'for another customer', 'for other clients', 'for two other',
        'already built', 'already exists', 'already have', 'we have it', 'we have that', 'exists', 'existing module',
        'in testing', 'closed beta', 'ships in', 'launches in', 'launches next', 'coming in', 'due next', 'on the plan',
        'on our plan', 'next quarter', 'scoped', 'being built', 'we had built', 'we built', 'released', 'we offer that',
        'we do that for', 'discussed internally', 'preparing', 'could have matched', 'matched but',
      ],
      de: [
        'noch nicht', 'geplant', 'bald', 'in arbeit', 'nie angeboten', 'nicht angeboten', 'in der beta', 'in entwicklung', 'nie gezeigt',
        'nie vorgestellt', 'nicht vorgestellt', 'nie prasentiert', 'nicht prasentiert', 'anderen kunden', 'haben wir auch', 'haben wir bei',
        'gibt es bei uns', 'existiert', 'im test', 'testphase', 'kommt im', 'kommt nachst*', 'auf der roadmap', 'auf unserer roadmap',
        'in vorbereitung', 'nie demonstriert',
      ],
      fr: [
        'pas encore', 'prevu*', 'planifie*', 'en cours', 'jamais propose*', 'en beta', 'en developpement', 'jamais presente*',
        'pas presente*', 'jamais montre*', 'pas montre*', 'un autre client', 'existe deja', 'nous avons deja', 'en test',
        'phase de test', 'sort en', 'feuille de route', 'sans l avoir propose*', 'jamais demontre*', 'livrons deja',
      ],
      es: [
        'todavia', 'aun no', 'previsto', 'planificad*', 'en curso', 'no se ofrecio', 'no lo propusimos', 'podriamos', 
        'en desarrollo', 'nunca se presento', 'no se presento', 'nunca se mostro', 'no se mostro', 'otro cliente', 'ya existe',
        'ya tenemos', 'en pruebas', 'sale en', 'hoja de ruta', 'nadie se lo ofrecio', 'nunca lo ofrecimos', 'no se lo ofrecimos',
        'se los damos', 'nunca se la presentamos', 'nunca se lo presentamos', 'no se lo presentamos', 'no se la presentamos',
      ],
      pt: [
        'ainda', 'previst*', 'planejad*', 'em andamento', 'nao propusemos', 'poderiamos', 'em beta', 'em desenvolvimento',
        'nunca apresentad*', 'nao foi apresentad*', 'nunca mostr*', 'outro cliente', 'ja existe', 'ja temos', 'em teste', 'sai em',
        'no roadmap', 'nunca oferec*', 'nao oferecemos', 'nao ofereceu',
      ],
    },
  },
  {
    concept: 'cannot_offer',
    weight: 1,
    forms: {
      en: [
        'can not offer', 'could not offer', 'we can not', 'do not do', 'at all', 'we have no', 'outside what we', 'we lack', 'lacks',
        'we do not offer', 'we simply do not', 'we do not have', 'not in our range', 'beyond our scope', 'we do not', 'one stop',
        'minutes away', 'hours away', 'minutes from', 'hours from',
        'outside our scope',
        'we only', 'only work', 'only do', 'offer neither', 'nothing like it', 'not in our pipeline', 'no plans',
        'we do not have a',
        'one system', 'one contract', 'one relationship', 'under one', 'bundle*', 'combined', 'his old', 'her old',
        'his previous',
        'her previous', 'brought in', 'favourite', 'favorite',
        // A presence near them: not something a roadmap closes.
        'local', 'locally', 'on site', 'nearby', 'near their', 'in every', 'in town', 'turnkey', 'full service', 'also runs',
      ],
      de: ['nur', 'aus einer hand', 'gesamtpaket', 'mitgebracht', 'bisherigen', 'vor ort', 'in der nahe', 'lokal*', 'wir nicht', 'minuten entfernt', 'stunden entfernt'],
      fr: ['seulement', 'uniquement', 'offre groupee', 'interlocuteur unique', 'connaissait', 'ancien poste', 'sur site', 'sur place', 'a proximite', 'cle en main', 'nous non', 'minutes du', 'heures de route'],
      es: ['solo', 'mismo techo', 'su anterior', 'todo eso', 'locales', 'en sitio', 'cerca de', 'llave en mano', 'nosotros no', 'minutos de', 'horas de'],
      pt: ['apenas', 'pacote', 'de balcao', 'antigo', 'locais', 'na cidade', 'perto de', 'chave na mao', 'nos nao'],
    },
  },
  {
    concept: 'parity',
    weight: 1,
    forms: {
      en: [
        'same', 'identical', 'equivalent', 'comparable', 'similar', 'nearly identical', 'matched spec',
        'like for like', 'good enough', 'level',
      ],
      de: ['gleich*', 'vergleichbar*', 'identisch*'],
      fr: ['meme', 'memes', 'equivalent*', 'comparable*', 'identique*'],
      es: ['mismo', 'misma', 'mismos', 'mismas', 'equivalente*', 'identic*'],
      pt: ['mesmo', 'mesma', 'mesmos', 'mesmas', 'comparavel'],
    },
  },
  {
    concept: 'cannot_offer',
    weight: 1,
    forms: {
      en: ['we run only', 'we sell only', 'we supply only', 'we make only', 'we stock only'],
      de: ['wir arbeiten noch mit', 'bei uns noch', 'wir machen nur'],
      fr: ['nous en restons a', 'nous restons sur', 'nous faisons encore'],
      es: ['nosotros seguimos con', 'seguimos trabajando con', 'seguimos en papel'],
      pt: ['nos continuamos com', 'continuamos no papel', 'nos seguimos com'],
    },
  },
  {
    concept: 'can_fix',
    weight: 1,
    forms: {
      en: ['never told them about it', 'never mentioned it to them'],
      de: ['nie davon erzahlt', 'nie erwahnt'],
      fr: ['jamais parle', 'ne leur en a jamais parle'],
      es: ['nunca se lo dijimos', 'nunca se lo mencionamos'],
      pt: ['nunca lhes dissemos', 'nunca mencionamos'],
    },
  },
];

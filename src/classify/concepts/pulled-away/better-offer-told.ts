import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): a better offer, told, not named: the event or the customer's words. */
export const BETTER_OFFER_TOLD: ConceptSpec[] = [
  {
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['left for a @vendor with', 'left for @vendor with', 'switched to a @vendor with', 'moved to a @vendor with', 'went to a @vendor with', 'went with a @vendor that', 'lost on the demo', 'lost the demo', 'won the demo', 'smarter', 'more intuitive', 'has it live', 'have it live', 'already has it', 'already had it', 'already live'],
      de: ['zu einem @vendor der', 'zu einem @vendor mit', 'intuitiver', 'benutzerfreundlicher', 'hat es schon', 'hatte es schon', 'bei der demo verloren'],
      fr: ['chez un @vendor qui propose', 'pour un @vendor qui propose', 'plus intuitif', 'l a deja', 'l avait deja', 'perdu a la demo'],
      es: ['se fueron con quien', 'quien ofrece', 'con un @vendor que ofrece', 'mas intuitivo', 'ya lo tiene', 'ya lo tenia', 'perdimos en la demo'],
      pt: ['foram para quem', 'quem oferece', 'para um @vendor que oferece', 'mais intuitivo', 'ja tem isso', 'ja tinha isso', 'perdemos na demo'],
    },
  },
  {
    // Where the rival is: a site next to theirs, a depot closer to them.
    concept: 'better_offer',
    weight: 1.8,
    forms: {
      en: ['sits next to', 'next to the port', 'closer to their', 'right next to', 'cuts a day off', 'shorter transit', 'faster transit'],
      de: ['direkt neben', 'naher am', 'naher an', 'kurzere wege'],
      fr: ['juste a cote', 'plus pres de', 'plus proche de'],
      es: ['justo al lado', 'mas cerca de'],
      pt: ['bem ao lado', 'mais perto de', 'mais proximo de', 'prazos mais curtos'],
    },
  },
  {
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['_ km from their', '_ miles from their', '_ km from the', '_ miles from the'],
      de: ['_ km von', '_ km entfernt', 'keine niederlassung in'],
      fr: ['a _ km de', 'pas d implantation', 'aucune implantation'],
      es: ['sin presencia en', 'no tenemos delegacion'],
      pt: ['sem presenca na', 'nao temos filial'],
    },
  },
  {
    // A rival's service written into its contract: "visitas mensais incluídas no contrato".
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['included in the contract', 'included in their contract', 'built into the contract'],
      de: ['im vertrag enthalten', 'im vertrag inbegriffen', 'im vertrag inklusive'],
      fr: ['inclus* dans le contrat', 'comprise* dans le contrat', 'compris dans le contrat'],
      es: ['incluid* en el contrato', 'incluid* en su contrato'],
      pt: ['incluid* no contrato', 'inclus* no contrato', 'incluid* em contrato'],
    },
  },
  {
    // A rival offering to run a whole part of their operation.
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['offered to manage their', 'offered to run their', 'offers to manage their', 'offers to run their'],
      de: ['bot an ~ zu ubernehmen', 'ubernimmt fur sie', 'ubernimmt zusatzlich'],
      fr: ['propose de gerer', 'proposait de gerer', 'propose de prendre en charge'],
      es: ['ofrecio gestionar', 'ofrece gestionar', 'se ofrecio a gestionar'],
      pt: ['ofereceu gerenciar', 'oferece gerenciar', 'se ofereceu para gerenciar'],
    },
  },
  {
    // A rival puts an engineer at their disposal.
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['puts an engineer on', 'puts a technician on', 'provides an engineer on', 'stations a technician'],
      de: ['stellt ~ zur verfugung', 'stellen ~ zur verfugung'],
      fr: ['met a disposition', 'met a leur disposition', 'mettent a disposition', 'met a disposition un'],
      es: ['pone a su disposicion', 'pone a disposicion', 'les pone un tecnico'],
      pt: ['disponibiliza', 'coloca a disposicao', 'disponibilizou'],
    },
  },
  {
    // A rival's better product, told as praise of it.
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: [
        'lost on product', 'lost on the product', 'lost on product fit', 'lost on capabilit*', 'speaks their language', 'speaking support', 'native language support',
        'local rep', 'local account manager', 'visits weekly', 'visits them weekly', 'on site weekly', 'onsite weekly', 'on site every week',
        'liked ~ better', 'preferred the other', 'preferred the competitor*', 'preferred a competitor', 'preferred their product',
        'preferred their platform', 'preferred their solution', 'more impressed with', 'more impressed by', 'wowed them',
        'won them over', 'blew them away', 'stronger offering', 'stronger platform',
        'more mature product', 'more mature platform', 'more complete solution', 'more complete product', 'more polished',
        'best of breed', 'stronger presence in', 'bigger presence in', 'better footprint',
        'down the road from', 'around the corner from', 'on their doorstep', 'next door to them', 'local to them',
        'based near them', 'minutes from their', 'minutes away from them', '_ minutes from the site', 'minuten entfernt', 'better coverage in',
        'better demo', 'stronger demo', 'nailed the demo', 'aced the demo', 'better references',
        'better track record', 'stronger track record', 'better fit for their', 'better suited to their',
        'success program', 'dedicated csm', 'white glove', 'quicker turnaround',
      ],
    },
  },
  // Pulled away: the rival's better offer, capability, bundle, location.
  { concept: 'better_offer', weight: 2.0, forms: {
    de: [
      'uberzeugender*', 'technisch weiter', 'technisch einfach weiter', 'technisch fortschrittlicher',
      'techniquement plus avance*', 'plus avance* techniquement', 'ausgereifter*', 'technisch ~ voraus',
      'standort vor ort', 'lager vor ort', 'lager in der nahe', 'naher am kunden', 'lokal prasent',
      'schneller liefern', 'liefert schneller',
    ],
    fr: [
      'plus abouti*', 'implante localement', 'present localement', 'livre plus vite', 'livre en 24h',
      'maintenance incluse', 'offre plus riche',
    ],
  } },
  {
    // The rival's offer told as stronger, easier or closer to them.
    concept: 'better_offer',
    weight: 2.2,
    forms: {
      es: [
        'mas intuitiv*', 'mas robust*', 'mas escalable', 'mas agil', 'mas sencill* de usar', 'mas facil de manejar',
        'supera a nuestr*', 'supera nuestr*', 'superaba nuestr*', 'superaba a nuestr*', 'mejor que el nuestro',
        'mejor que la nuestra', 'mejor que lo nuestro', 'les convencio mas', 'les gusto mas', 'almacen al lado',
        'almacen cerca', 'almacen en su zona', 'cobertura local', 'mas cerca de su', 'mas cerca de sus',
        'mas prestigio', 'mejor reputacion', 'marca mas conocida', 'mas madur*', 'mas prestaciones', 'mejores prestaciones',
        'se integra* mejor', 'integra mejor', 'mejores condiciones tecnicas',
      ],
      pt: [
        'mais robust*', 'mais intuitiv*', 'mais escalavel', 'mais facil de mexer', 'melhor que o nosso',
        'melhor que a nossa', 'supera o nosso', 'supera a nossa', 'superava o nosso', 'superava a nossa',
        'gostaram mais', 'curtiram mais', 'deposito perto', 'deposito ao lado', 'estoque local',
        'entrega no mesmo dia', 'mais perto deles',
        'mais madur*', 'mais renome', 'melhor reputacao', 'marca mais forte', 'marca mais conhecida', 'mais recursos',
        'integra melhor', 'se integrava melhor', 'melhores condicoes tecnicas',
      ],
    },
  },
];

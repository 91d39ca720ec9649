import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): unprofitable for us. */
export const UNPROFITABLE: ConceptSpec[] = [
  {
    concept: 'unprofitable',
    weight: 2.5,
    forms: {
      en: [
        'unprofitable', 'not profitable', 'no longer profitable', 'never profitable', 'loss making', 'losing money',
        'lost money', 'lose money', 'negative margin', 'margin was negative', 'margin ~ negative', 'deeply negative',
        'wiped out the margin', 'ate ~ margin', 'erased ~ margin', 'no margin', 'cost more to ~ than',
        'cost* more than ~ earned',
        'more than they paid', 'more on them than', 'far more on them', 'cost to serve', 'too costly to serve',
        'expensive to serve', 'uneconomic*', 'not economic', 'not worth keeping', 'not worth it', 'not worth the',
        'did not justify', 'does not justify', 'not justify', 'unbilled', 'support load', 'for pct of volume',
        'pct of volume', 'very small volumes', 'small volumes', 'cost plus', 'margin on', 'losing money on',
        'at a loss', 'full cost',
        'low margin', 'thin margin', 'razor thin', 'no margin left', 'margin too low', 'margins too low',
        'not profitable for us', 'never made money', 'made no money', 'lost money every', 'cost us more',
        'costing us more', 'cost more to serve', 'too small to serve', 'too small for us', 'account too small',
        'volume too low', 'volume too small', 'below threshold', 'below our threshold', 'not worth serving',
        'not worth the effort', 'not worth the hassle', 'drain on', 'resource drain',
        'eating our margin', 'ate our margin',
      ],
      de: [
        'unrentabel', 'nicht rentabel', 'nicht profitabel', 'unprofitabel', 'verlustgeschaft', 'verlustbringend', 'mit verlust', 'verluste', 'verlustreich',
        'marge negativ', 'negative marge', 'zu aufwendig', 'aufwand zu hoch', 'betreuungsaufwand',
        'supportaufwand', 'in keinem verhaltnis', 'keine marge',
        'zu geringe marge', 'marge zu gering', 'geringe marge', 
        'zu klein fur uns', 'volumen zu gering', 'nicht wirtschaftlich', 'unwirtschaftlich',
      ],
      fr: [
        'pas rentable', 'non rentable', 'deficitaire', 'marge negative', 'cout de service',
        'cout du service', 'depassait ~ marge', 'mangeait ~ marge', 'pas viable', 
        'faible marge', 'trop petit pour nous', 'volume trop faible',
        'pas economique', 'non viable', 'perte d argent',
      ],
      es: [
        'no rentable', 'poco rentable', 'perdidas', 'margen negativo', 'coste de servir', 'costo de servir',
        'no justificaba', 'no compensa*', 'no era rentable', 'sin margen', 'no justificaba la atencion',
        'margen muy bajo', 'margen bajo', 'no era rentable para nosotros', 'demasiado pequeno', 'volumen muy bajo',
        'no era economico', 'perdiamos dinero',
      ],
      pt: [
        'nao rentavel', 'pouco rentavel', 'nao lucrativ*', 'prejuizo', 'dava prejuizo', 'margem negativa',
        'comer ~ margem', 'comia ~ margem', 'custo de atender', 'custo para atender', 'nao compensa*',
        'nao justifica*', 'margem muito baixa', 'margem baixa', 'nao era rentavel para nos', 'pequeno demais',
        'volume muito baixo', 'nao era economico', 'perdiamos dinheiro',
      ],
    },
  },
  {
    // Too little business to be worth serving: our reason for saying no.
    concept: 'unprofitable',
    weight: 2.4,
    forms: {
      en: ['volumes too low', 'volumes were too low'],
      de: ['mengen zu gering', 'menge zu gering'],
      fr: ['volumes trop faibles', 'volumes etaient trop faibles'],
      es: ['volumen demasiado bajo', 'volumenes demasiado bajos', 'demasiado pequeno para nosotros'],
      pt: ['volumes muito baixos', 'pequeno demais para nos'],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.4,
    forms: {
      en: ['did not cover the fuel', 'did not even cover', 'not even covering'],
      de: ['deckte nicht mal', 'deckt nicht mal', 'nicht mal den diesel'],
      fr: ['ne couvrait pas', 'ne couvrait meme pas', 'ne couvre meme pas'],
      es: ['no cubria ni', 'no cubre ni', 'no cubria los costes', 'no cubria el gasoil'],
      pt: ['nao cobria nem', 'nao cobre nem', 'nao pagava o diesel'],
    },
  },
  {
    // A rate raised to make the account pay.
    concept: 'unprofitable',
    weight: 2.2,
    forms: {
      en: ['make the account worth it', 'make the account pay', 'make them worth it', 'make it worth our while'],
      de: ['damit sich der kunde lohnt', 'damit es sich lohnt'],
      fr: ['pour que le compte soit rentable', 'pour rentabiliser le compte'],
      es: ['para que la cuenta fuera rentable', 'para rentabilizar la cuenta'],
      pt: ['para a conta ficar rentavel', 'para rentabilizar a conta'],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.6,
    forms: {
      en: ['never made us a penny', 'never made us money', 'never made us a cent', 'barely cover*', 'cost us more to serve'],
      de: ['nie etwas verdient', 'nie geld verdient', 'keinen cent verdient', 'nicht kostendeckend'],
      fr: ['jamais rapporte', 'rien rapporte', 'pas un centime', 'trop couteux a servir', 'a perte'],
      es: ['nunca nos dejo margen', 'nunca nos dio dinero', 'a perdidas', 'no cubria costes'],
      pt: ['nunca deu lucro', 'nunca nos deu lucro', 'no prejuizo', 'nao cobria os custos'],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.6,
    negatable: false,
    forms: {
      en: ['was not worth it', 'not worth it for us', 'not worth our while', 'does not pay for the', 'rate that does not pay'],
      de: ['lohnt sich nicht', 'lohnte sich nicht', 'rechnet sich nicht', 'rechnete sich nicht'],
      fr: ['ne valait pas le coup', 'ne vaut pas le coup', 'pas rentable pour nous'],
      es: ['no valia la pena', 'no vale la pena', 'no nos salia a cuenta', 'no nos compensa'],
      pt: ['nao valia a pena', 'nao vale a pena', 'nao compensa pra nos', 'nao compensava pra nos'],
    },
  },
  { concept: 'unprofitable', weight: 2.5, forms: {
    de: ['kein deckungsbeitrag', 'zuschussgeschaft'],
    fr: ['marges trop faibles'],
  } },
  {
    // Not worth it for us: zero margin, a small ticket.
    concept: 'unprofitable',
    weight: 2.5,
    forms: {
      es: [
        'margen nulo', 'margen cero', 'margen ridiculo', 'no nos sale a cuenta',
        'no nos interesaba', 'no nos merecia la pena', 'no nos merece la pena', 'mas trabajo que beneficio', 'daba mas trabajo que', 'ticket bajo', 'ticket muy bajo',
        'ticket medio bajo',
      ],
      pt: [
        'ticket muito baixo', 'ticket baixo', 'ticket medio baixo', 'nao vale a pena para nos', 'nao valia a pena para nos',
        'nao vale a pena p nos', 'nao compensava para nos', 'nao compensava p nos', 'margem zero', 'margem zerada',
        'nao dava margem', 'mais trabalho do que retorno', 'dava mais trabalho do que',
      ],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.6,
    forms: {
      fr: ['peu de marge', 'trop peu de marge', 'marge insuffisante', 'marge trop faible', 'pas assez de marge'],
      en: ['too little margin', 'not enough margin', 'margin too thin', 'thin margin*'],
    },
  },
];

import type { ConceptSpec } from './types';

/**
 * Step I, price and value told in figures and trade-offs rather than named: "$38k less", "15 % drunter",
 * "cobra 0,12 €/km menos", "came to half our invoice", "the smaller bill was worth it", "the one that
 * saved them", "mais em conta"; and a rival's edge told as what they have and we lack ("we have none",
 * "un service que nous n'avons pas", "a concorrente tem"), or where they are ("next to the port").
 */
export const TOLD_PRICE_VALUE_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: [
        '@money _ less', '@money _ cheaper', '@money _ under', '@money _ below', 'pct less', 'half our invoice',
        'half of our invoice', 'half our bill', 'came to half', 'came to roughly half', 'came to about half',
        'smaller bill', 'lower bill', 'bill was smaller', 'bill was lower', 'bill was noticeably smaller',
        'invoice was smaller', 'the one that saved', 'saved them', 'saving them', 'saves them', 'for a smaller',
        'worth it for the price', 'not worth the difference', 'could not justify the difference',
        'could not justify the premium', 'not worth the extra', 'not worth paying', 'costs him ~ less', 'costs them ~ less',
        'cost him ~ less', 'cost them ~ less', 'a good deal less', 'pay the difference', 'bottom line',
        'the saving',
        'the savings', 'savings were', 'too big to pass up', 'too good to pass up', 'smallest @money', 'thinnest @money', 'tightest @money', 'skinniest @money', 'lowest @money', 'whoever quotes',
        'whoever quoted', 'whoever bids', 'lowest bidder', 'by pennies', 'pennies per', 'cents per', 'a few cents',
        'at a margin', 'margin we can not', 'margins we can not', 'a price we can not', 'numbers we can not',
      ],
      de: [
        'pct drunter', 'pct darunter', '@money ~ drunter', '@money ~ darunter', 'drunter', 'guenstiger', 'spart*',
        'gespart', 'einspar*', 'ersparnis', 'kleinere rechnung', 'niedrigere rechnung', 'lohnt den aufpreis nicht',
        'aufpreis nicht wert', 'den mehrpreis nicht', 'mehrpreis nicht', 'den unterschied zahlen', 'die differenz zahlen',
        'niedrigste* @money', 'gunstigste* @money', 'um cent*', 'paar cent', 'weniger verlangt', 'weniger verlangte', 'kleiner ausfallt', 'niedriger ausfallt', 'gunstiger ausfallt', 'geringer ausfallt', 'drittel niedriger', 'drittel gunstiger', 'halb so teuer',
      ],
      fr: [
        '@money ~ plus bas*', 'plus basse de', '@money le plus bas', '@money plus bas', 'moins disant', 'a quelques centimes', '@money ~ moins', 'pct moins cher', 'pct de moins', 'moins cher*', 'economis*', 'economie de', 'facture plus legere',
        'facture moins elevee', 'la moitie de notre', 'moitie prix', 'ne valait pas la difference',
        'ne justifiait pas la difference', 'payer la difference',
      ],
      es: [
        '@money mas bajo', 'importe mas bajo', 'oferta mas baja', 'por centimos', 'por unos centimos', '@money ~ menos', 'cobra ~ menos', 'cobraba ~ menos', 'cobran ~ menos', 'ahorr*', 'les ahorra*',
        'factura menor', 'factura mas baja', 'la mitad de nuestra', 'no compensaba la diferencia',
        'no compensa la diferencia', 'no justificaba la diferencia', 'pagar la diferencia',
      ],
      pt: [
        'cobra ~ metade', 'quase metade', 'cobra metade', '@money mais baix*', 'menor @money', 'por centavos', '@money ~ menos', 'cobra ~ menos', 'cobrava ~ menos', 'cobram ~ menos', 'economiz*', 'poupa*', 'mais em conta',
        'em conta', 'fatura menor', 'a metade da nossa', 'nao compensava a diferenca', 'nao compensa a diferenca',
        'nao justificava a diferenca', 'pagar a diferenca',
      ],
    },
  },
  {
    // "the price he could have lived with": price did not drive it.
    concept: 'price_accepted',
    weight: 2.0,
    negatable: false,
    forms: {
      en: ['could have lived with the price', 'would have paid the', 'happy to pay more', 'price he could live with'],
      de: ['preis hatte er verkraftet', 'preis hatte sie verkraftet', 'preis ~ verkraftet', 'mehrpreis ~ in kauf'],
      fr: ['aurait accepte le prix', 'le prix ~ pas le probleme', 'prets a payer plus'],
      es: ['habria pagado', 'el precio lo habria aceptado', 'dispuestos a pagar mas'],
      pt: ['teria pago', 'o preco ele aguentava', 'dispostos a pagar mais'],
    },
  },
  {
    // Twice the price: who was dearer is read from who is the subject ("ours was nearly double").
    concept: 'price_higher',
    weight: 2.0,
    forms: {
      en: ['nearly double', 'almost double', 'twice the price', 'double the price'],
      de: ['doppelt so teuer', 'fast doppelt'],
      fr: ['presque le double', 'le double de'],
      es: ['casi el doble', 'el doble de'],
      pt: ['quase o dobro', 'o dobro do'],
    },
  },
  {
    // A price gap, or the figures compared side by side: who was cheaper is read from the rest of the text.
    concept: 'price_named',
    weight: 1.4,
    forms: {
      en: ['side by side', 'bills side by side'],
      de: ['preisunterschied', 'preisdifferenz', 'nebeneinander'],
      fr: ['ecart de prix', 'cote a cote'],
      es: ['diferencia de precio', 'lado a lado'],
      pt: ['diferenca de preco', 'lado a lado'],
    },
  },
  {
    // A one-off lot bought cheaply: a price cue with a one-off reading in Step II.
    concept: 'promo',
    weight: 2.7,
    forms: {
      en: [
        'closeout*', 'close out lot', 'from a liquidator', 'liquidator s stock', 'overstock', 'excess stock', 'surplus lot',
        'leftover stock', 'introductory discount', 'introductory rate', 'intro rate', 'intro pricing', 'first year free',
        'free first', 'free for the first', 'waive* ~ for', 'teaser price', 'teaser tariff', 'buying market share',
        'buy market share', 'buy the market',
      ],
      de: ['marktanteile kaufen', 'marktanteile zu kaufen', '*rabatt vom', 'einfuhrungsrabatt', 'einfuhrungspreis', 'einstiegspreis', 'lockangebot', 'erstes jahr gratis', 'uberbestand'],
      fr: ['acheter des parts de marche', 'prix de lancement', 'remise de lancement', 'offre de lancement', 'premiere annee offerte', 'surstock*', 'stock excedentaire'],
      es: ['comprar cuota de mercado', 'precio de lanzamiento', 'descuento de entrada', 'primer ano gratis', 'sobrante*', 'excedente*', 'liquidacion de stock'],
      pt: ['comprar mercado', 'sobra de estoque', 'sobras de estoque', 'excedente*', 'preco de lancamento', 'desconto de entrada', 'primeiro ano gratis'],
    },
  },
  {
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      en: [
        'we have none', 'we have no', 'we had none', 'we had no', 'we do not have', 'we did not have', 'we lack', 'we lacked',
        'we could not supply', 'we can not supply', 'we can not staff', 'we could not staff', 'we depend on a partner',
      ],
      de: ['haben wir nicht', 'hatten wir nicht', 'wir haben kein*', 'wir hatten kein*', 'fehlt uns', 'fehlte uns', 'wir erst in vorbereitung'],
      fr: ['que nous ne avons pas', 'que nous ne avions pas', 'nous ne avons pas de', 'nous ne avions pas de', 'on ne a pas de', 'il nous manque'],
      es: ['que no tenemos', 'que no teniamos', 'no tenemos', 'no teniamos', 'nos falta', 'nos faltaba'],
      pt: ['que nao temos', 'que nao tinhamos', 'nao temos', 'nao tinhamos', 'nos dependemos de parceiro', 'nos falta', 'faltava pra gente'],
    },
  },
  {
    // "not on our roadmap" names a lasting gap: the negation is part of the form, not a denial of it.
    concept: 'our_gap',
    weight: 2.1,
    negatable: false,
    forms: {
      en: ['not on our roadmap', 'not on the roadmap', 'not on our product roadmap', 'nowhere on our roadmap'],
      de: ['nicht auf unserer roadmap', 'nicht auf der roadmap', 'steht nicht auf'],
      fr: ['pas sur notre roadmap', 'pas dans notre roadmap', 'pas dans nos projets'],
      es: ['no esta en nuestro roadmap', 'no esta en nuestra hoja de ruta', 'fuera de nuestro roadmap'],
      pt: ['nao esta no nosso roadmap', 'nao esta no roadmap', 'fora do nosso roadmap'],
    },
  },
  {
    // What the rival has, said of the rival: "the competitor has a refrigerated fleet", "Mitbewerber hat IATF".
    concept: 'capability',
    weight: 1.2,
    forms: {
      en: ['telemetr*', 'remote monitoring', 'predictive maintenance', 'chose them for', 'picked them for', 'went with them for', 'connects to their', 'plugs into their', 'syncs with their'],
      de: ['*telemetrie', 'fernuberwach*', 'vorausschauend*', 'verbindet sich mit', 'angebunden an', 'schnittstelle zu', 'schult das', 'schult die'],
      fr: ['telesurveillance', 'maintenance predictive', 'se connecte a', 's integre a', 'connecte a leur', 'forme l equipe', 'forme leurs', 'co construit', 'construit ~ avec le'],
      es: ['telemetria', 'mantenimiento predictivo', '@competitor tiene', '@competitor tenia', 'se conecta con', 'se integra con', 'repone solo', 'capacita a', 'forma al equipo'],
      pt: ['telemetria', 'manutencao preditiva', '@competitor tem', '@competitor tinha', 'q a concorrente tem', 'que a concorrente tem', 'se conecta com', 'integra com', 'repoe sozinho', 'treina a equipe'],
    },
  },
  {
    // What the customer's side imposed: a new requirement the winner met.
    concept: 'requirement',
    weight: 2.1,
    forms: {
      en: ['mandated', 'imposed', 'insisted on', 'made ~ mandatory'],
      de: ['verlangte', 'forderte', 'vorgeschrieben', 'schrieb ~ vor', 'zur pflicht'],
      fr: ['a impose', 'a exige', 'rendu obligatoire'],
      es: ['impuso', 'hizo obligatorio'],
      pt: ['impos', 'exigiu', 'tornou obrigatorio'],
    },
  },
  {
    // What the winner gives with it: "incl. in the price", "at no extra cost", a package.
    concept: 'bundle',
    weight: 2.1,
    forms: {
      en: ['incl in the price', 'included in the price', 'included in the fee', 'at no extra cost', 'at no extra charge', 'pkg', 'all in one price'],
      de: ['im preis inbegriffen', 'im preis enthalten', 'ohne aufpreis', 'inklusive'],
      fr: ['inclus dans le prix', 'compris dans le prix', 'sans surcout', 'sans supplement'],
      es: ['incluido en el precio', 'incluidos en el precio', 'sin costo adicional', 'sin coste adicional'],
      pt: ['incluso no preco', 'incluido no preco', 'sem custo adicional', 'sem custo extra'],
    },
  },
  {
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['left for a @vendor with', 'left for @vendor with', 'switched to a @vendor with', 'moved to a @vendor with', 'went to a @vendor with', 'went with a @vendor that', 'lost on the demo', 'lost the demo', 'won the demo', 'smarter', 'slicker', 'more intuitive', 'easier to use', 'user friendly', 'better ux', 'has it live', 'have it live', 'already has it', 'already had it', 'already live'],
      de: ['zu einem @vendor der', 'zu einem @vendor mit', 'intuitiver', 'benutzerfreundlicher', 'einfacher zu bedienen', 'hat es schon', 'hatte es schon', 'bei der demo verloren'],
      fr: ['chez un @vendor qui propose', 'pour un @vendor qui propose', 'plus intuitif', 'plus simple a utiliser', 'l a deja', 'l avait deja', 'perdu a la demo'],
      es: ['se fueron con quien', 'quien ofrece', 'con un @vendor que ofrece', 'mas intuitivo', 'mas facil de usar', 'ya lo tiene', 'ya lo tenia', 'perdimos en la demo'],
      pt: ['foram para quem', 'quem oferece', 'para um @vendor que oferece', 'mais intuitivo', 'mais facil de usar', 'ja tem isso', 'ja tinha isso', 'perdemos na demo'],
    },
  },
  {
    // Where the rival is: a site next to theirs, a depot closer to them.
    concept: 'better_offer',
    weight: 1.8,
    forms: {
      en: ['sits next to', 'next to the port', 'closer to their', 'closer to them', 'right next to', 'cuts a day off', 'shorter transit', 'faster transit'],
      de: ['direkt neben', 'naher am', 'naher an', 'kurzere wege', 'kurzere lieferzeit*'],
      fr: ['juste a cote', 'plus pres de', 'plus proche de', 'delais plus courts'],
      es: ['justo al lado', 'mas cerca de', 'plazos mas cortos'],
      pt: ['bem ao lado', 'mais perto de', 'mais proximo de', 'prazos mais curtos'],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Bought away (a lower price elsewhere): a lower price elsewhere, told, not named: the event or the customer's words. */
export const PRICE_LOWER_TOLD: ConceptSpec[] = [
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['euros less per', 'dollars less per', 'pounds less per', 'less per cover', 'less per head', 'less per unit', 'less per test'],
      de: ['euro weniger pro', 'euro weniger je', 'weniger je', 'weniger pro gedeck', 'weniger pro stuck'],
      fr: ['de moins par', 'euros de moins', 'de moins que nous', 'de moins que notre', 'moins par couvert', 'moins par unite'],
      es: ['euros menos por', 'menos por cubierto', 'menos por unidad', 'menos por envio'],
      pt: ['reais a menos', 'a menos por', 'menos por unidade', 'menos que a gente'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['@fraction of our', '@fraction of ours', '@fraction of what we', 'about a third of', 'roughly half of'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: [
        'why pay more', 'pay more for the same', 'less than half of ours', 'less than half of what', 'lost on @money', 'per sqft',
        'per square foot', 'same _ same', 'identical _ on a marketplace', 'marketplace seller', 'two invoices side by side',
      ],
      de: ['warum mehr zahlen', 'warum mehr bezahlen', 'weniger als die halfte', 'gleiche _ gleiche', 'gleiche _ gleicher', 'gleicher _ gleiche'],
      fr: ['pourquoi payer plus', 'payer plus pour le meme', 'moins de la moitie', 'meme _ meme'],
      es: ['por que pagar mas', 'pagar mas por lo mismo', 'menos de la mitad', 'mismo _ mismo', 'misma _ misma', 'mismo _ misma', 'misma _ mismo'],
      pt: ['por que pagar mais', 'pra que pagar mais', 'pagar mais pelo mesmo', 'menos da metade', 'mesma _ mesma', 'mesmo _ mesmo', 'mesma _ mesmo', 'mesmo _ mesma'],
    },
  },
  {
    // "1.78 against 1.92 with us": their (lower) figure set against ours.
    concept: 'price_lower',
    weight: 2.0,
    forms: {
      en: ['versus ours', 'vs ours', 'against our _ of', 'compared to our _ of'],
      de: ['gegenuber _ bei uns', 'gegen _ bei uns', 'statt _ bei uns'],
      fr: ['contre ~ chez nous', 'contre ~ pour nous', 'au lieu de ~ chez nous'],
      es: ['frente a ~ nuestro', 'contra ~ nuestro', 'contra ~ con nosotros'],
      pt: ['contra ~ nosso', 'contra ~ nossos', 'contra ~ conosco'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: [
        '@money _ less', '@money _ cheaper', '@money _ under', '@money _ below', 'half our invoice',
        'half of our invoice', 'half our bill', 'came to half', 'came to roughly half', 'came to about half',
        'smaller bill', 'lower bill', 'bill was smaller', 'bill was lower', 'bill was noticeably smaller',
        'invoice was smaller', 'the one that saved', 'for a smaller',
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
        'einspar*', 'ersparnis', 'kleinere rechnung', 'niedrigere rechnung', 'lohnt den aufpreis nicht',
        'aufpreis nicht wert', 'den mehrpreis nicht', 'mehrpreis nicht', 'den unterschied zahlen', 'die differenz zahlen',
        'niedrigste* @money', 'gunstigste* @money', 'um cent*', 'paar cent', 'weniger verlangt', 'weniger verlangte', 'kleiner ausfallt', 'niedriger ausfallt', 'gunstiger ausfallt', 'geringer ausfallt', 'drittel niedriger', 'drittel gunstiger', 
      ],
      fr: [
        '@money ~ plus bas*', 'plus basse de', '@money le plus bas', '@money plus bas', 'moins disant', 'a quelques centimes', '@money ~ moins', 'pct moins cher', 'economis*', 'facture plus legere',
        'facture moins elevee', 'la moitie de notre', 'ne valait pas la difference',
        'ne justifiait pas la difference', 'payer la difference',
      ],
      es: [
        '@money mas bajo', 'importe mas bajo', 'por centimos', 'por unos centimos', '@money ~ menos', 'cobra ~ menos', 'cobraba ~ menos', 'cobran ~ menos', 'ahorr*', 'les ahorra*',
        'factura menor', 'factura mas baja', 'la mitad de nuestra', 'no compensaba la diferencia',
        'no compensa la diferencia', 'no justificaba la diferencia', 'pagar la diferencia',
      ],
      pt: [
        'cobra ~ metade', 'quase metade', 'cobra metade', '@money mais baix*', 'menor @money', 'por centavos', 'cobrava ~ menos', 'cobram ~ menos', 'economiz*', 'poupa*', 
        'em conta', 'fatura menor', 'a metade da nossa', 'nao compensava a diferenca', 'nao compensa a diferenca',
        'nao justificava a diferenca', 'pagar a diferenca',
      ],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['higher commission', 'more commission', 'bigger commission'],
      de: ['mehr provision', 'hohere provision'],
      fr: ['plus de commission', 'commission plus elevee'],
      es: ['mas comision', 'mayor comision', 'mas abajo que la nuestra', 'mas abajo que el nuestro'],
      pt: ['mais comissao', 'comissao maior', 'mais baixo que o nosso', 'mais baixa que a nossa'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      de: ['pct unserer', 'pct unseres', 'pct von unserem', 'die halfte nimmt', 'reine rechenaufgabe'],
      en: ['pct of our', 'pct of what we'],
      fr: ['pct de notre', 'pct de nos'],
      es: ['pct de nuestro', 'pct de nuestra'],
      pt: ['pct do nosso', 'pct da nossa'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: { en: ['half our', 'half what we', 'a fifth less'] },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['half as much'],
      de: ['die halfte'],
      fr: ['deux fois moins', 'moitie moins', 'facture* ~ deux fois moins'],
      es: ['la mitad que', 'la mitad de lo que'],
      pt: ['a metade do que', 'metade do nosso'],
    },
  },
  {
    // "verlangt pro Palette 30 Euro weniger": an amount less, in German.
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      de: ['@money ~ weniger', 'euro weniger', 'eur weniger', 'cent weniger', 'franken weniger', 'verlangt ~ weniger', 'kostet ~ weniger', 'berechnet ~ weniger'],
    },
  },
  {
    // A price told as an offer too good to refuse.
    concept: 'price_lower',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['number he could not say no to', 'number she could not say no to', 'number they could not say no to', 'figure he could not refuse', 'figure she could not refuse', 'price he could not refuse', 'price she could not refuse', 'price they could not refuse'],
      de: ['preis ~ nicht ablehnen konnte', 'preis ~ nicht nein sagen'],
      fr: ['prix ~ impossible a refuser', 'tarif ~ impossible a refuser'],
      es: ['precio ~ imposible de rechazar', 'precio que no pudo rechazar'],
      pt: ['preco ~ impossivel de recusar', 'preco que nao pode recusar'],
    },
  },
  {
    // A lower price elsewhere told without "cheaper": a sweeter deal, a smaller fee, a lower retainer.
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: [
        'a steal', 'near cost', 'close to cost', 'at wholesale', 'wholesale price*', 'could not touch their price*', 'a price we could not touch', 'could not get near their price*', 'could not get close to their price*',
        'smallest invoice', 'smallest quote', 'smallest bill', 'outpriced', 'out priced', 'saving a bundle', 'save a bundle', 'saved a bundle', 'saving a fortune', 'saving a ton', 'good chunk under', 'good chunk cheaper', 'good chunk less',
        'sweeter deal', 'sweeter offer', 'sweeter terms', 'sweetened the deal', 'sweetened their offer', 'sweetened their bid',
        'lower fee*', 'smaller fee*', 'lower retainer', 'smaller retainer', 'lower commission', 'lower markup',
        'beat our pricing', 'beat our proposal', 'under our number',
        'below our number', 'under our quote', 'below our quote', 'under our price', 'below our price', 'matched and beat',
        'more bang for', 'bang for the buck', 'bang for their buck', 'bargain basement', 'rock bottom',
        'went lower on price', 'sharper price*', 'sharper pricing', 'sharper quote', 'keener price*',
        'tighter pricing', 'more competitive price*', 'more competitive quote', 'more competitive pricing',
      ],
    },
  },
  // Bought away: a lower price elsewhere, told without "price".
  { concept: 'price_lower', weight: 2.4, forms: {
    de: [
      'billiger eingekauft', 'billiger bekommen', 'gunstiger bekommen', 'gunstiger angeboten', 'billiger angeboten',
      'guenstigere*', 'dumpingpreis*', 'billiganbietern', 'preisbrecher', 'billiger als wir', 'gunstiger als wir',
      'erheblich gunstiger', 'spurbar gunstiger', 'fur die halfte', 'spart ~ beim anderen', 'pct weniger verlangt',
    ],
    fr: [
      'casse les prix', 'casse ses prix', 'casser les prix', 'brade* ses prix', 'brade* les prix', 'tarif imbattable',
      'tarifs imbattables', 'prix imbattable*', 'bien moins cher*', 'beaucoup moins cher*', 'nettement moins cher*',
      'moins cher ailleurs', 'moins onereu*', 'plus abordable', 'prix plancher', 'tarif* agressif*',
      'pct moins cher*', 'pct en dessous', 'moins cher que nous',
    ],
  } },
  {
    // A rival's lower price told as beating ours or as "more affordable".
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      es: [
        'mas asequible', 'mas asequibles', 'precio mas competitivo', 'precios mas competitivos', 'precio de derribo',
        'precio de risa', 'a precio de coste', 'a precio de costo', 'x menos', 'cobra menos x', 'mejoraron nuestro precio',
        'igualaron y bajaron', 'nos bajaron el precio', 'no pudimos competir en precio',
        'mas a cuenta', 'precio inferior', 'precios inferiores', 'economicamente mas ventajos*',
        'mejores condiciones', 'condiciones mejores', 'cotizo mas bajo', 'cotizaron mas bajo', 'cotizacion mas baja',
      ],
      pt: [
        'precinho', 'mais acessivel', 'mais acessiveis', 'preco mais competitivo', 'precos mais competitivos',
        'nao conseguia* bater', 'nao conseguimos bater', 'nao deu pra bater', 'nao deu para bater',
        'bateu nosso preco', 'bateram nosso preco', 'bateu a nossa proposta', 'bateram a nossa proposta',
        'cobriu nossa proposta', 'cobriram nossa proposta', 'cobriu a nossa proposta', 'cobriram a nossa proposta',
        'a preco de custo',
        'preco inferior', 'precos inferiores', 'valor inferior', 'financeiramente mais vantajos*', 'economicamente mais vantajos*',
        'melhores condicoes', 'condicoes melhores', 'cotou mais baixo', 'cotaram mais baixo', 'cotacao mais baixa',
        'cotacao menor',
      ],
    },
  },
];

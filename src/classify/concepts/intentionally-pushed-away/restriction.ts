import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): credit or delivery stopped by us. */
export const RESTRICTION: ConceptSpec[] = [
  {
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: [
        'credit hold', 'credit block', 'credit stop', 'credit limit', 'removed the limit', 'cash in advance',
        'cash on delivery',
        'cod', 'prepay*', 'pre pay*', 'prepayment', 'pay in advance', 'payment in advance', 'upfront payment',
        'on stop',
        'delivery block', 'blocked the account', 'put them on hold', 'account on hold', 'credit block when',
        'on credit stop', 'stop credit', 'prepay only', 'pay upfront', 'cod only', 'cash only', 'credit limit cut',
        'credit line cut', 'pulled their credit', 'withdrew credit',
      ],
      de: ['vorkasse', 'liefersperre', 'sperre', 'kreditlimit', 'vorauskasse', 'barzahlung', 'auf nachnahme'],
      fr: [
        'paiement a la commande', 'paiement d avance', 'paiement comptant', 'blocage du compte', 'compte bloque',
        'bloque le compte', 'contre remboursement',
      ],
      es: [
        'pago anticipado', 'pago por adelantado', 'al contado', 'bloqueo de la cuenta', 'cuenta bloqueada',
        'contra reembolso',
      ],
      pt: ['pagamento antecipado', 'a vista', 'cadastro bloqueado', 'conta bloqueada', 'bloqueamos o cadastro'],
    },
  },
  {
    // Our terms shut them out: a minimum they fall below, their credit blocked by our side.
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: [
        'below our new minimum', 'below the new minimum', 'below new min', 'below our minimum', 'under our minimum',
        'minimum order', 'min order', 'minimum volume', 'minimum spend', 'minimum commitment', 'falls below', 'fell below',
        'fall below', 'below the threshold', 'under the threshold', 'below our threshold',
        // CRM shorthand for our minimum: "below min spend", "under min vol", "< min commit".
        'below min', 'under min', 'below ~ min spend', 'min spend', 'min vol*', 'min commit*', 'min purchase*', 'min qty',
        'minimum qty', 'below moq', 'under moq', 'under the moq', 'below the moq',
      ],
      de: [
        'mindestabnahme', 'mindestmenge', 'mindestbestell*', 'mindestumsatz', 'unter der schwelle', 'unter dem mindest*',
        'unter unserer mindest*', 'auf vorkasse umgestellt', 'auf vorkasse gesetzt', 'nur noch gegen vorkasse',
      ],
      fr: [
        'minimum de commande', 'minimum de consommation', 'minimum d achat', 'sous le seuil', 'en dessous du seuil',
        'sous notre seuil', 'encours bloque', 'encours gele', 'encours supprime', 'bloque par notre',
      ],
      es: [
        'consumo minimo', 'pedido minimo', 'compra minima', 'volumen minimo', 'por debajo del minimo', 'queda por debajo',
        'quedan por debajo', 'quedo por debajo', 'credito bloqueado', 'bloqueamos el credito', 
      ],
      pt: [
        'volume minimo', 'abaixo do minimo', 'ficou abaixo',
        'ficam abaixo', 'fica abaixo', 'bloqueamos o credito', 
      ],
    },
  },
  {
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: ['blocked by finance', 'blocked by our', 'blocked their account', 'froze their account', 'put on credit hold'],
      de: ['gesperrt durch', 'von der buchhaltung gesperrt', 'konto gesperrt', 'kundenkonto gesperrt'],
      fr: ['bloque par la compta', 'bloque par le service', 'compte gele'],
      es: ['bloqueado por finanzas', 'bloqueado por contabilidad', 'bloqueamos la cuenta', 'cuenta congelada'],
      pt: ['bloqueado no financeiro', 'bloqueado pelo financeiro', 'bloqueou o cadastro'],
    },
  },
  {
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: ['credit blocked', 'kept the credit hold', 'account on stop', 'put on stop'],
      de: ['kreditsperre', 'kreditlimit gesperrt'],
      fr: ['blocage du credit', 'blocage de credit'],
      es: ['bloqueo de credito'],
      pt: ['bloqueio de credito'],
    },
  },
  {
    // Credit or supply stopped by us.
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: [
        'put them on stop', 'stopped supply', 'stopped shipping',
        'suspended their account', 'suspended service', 'suspended their service', 'cut off supply',
        'revoked their credit', 'withdrew their credit', 'reduced their credit',
        'prepayment only', 'cash on delivery only', 'proforma only',
      ],
    },
  },
  { concept: 'restriction', weight: 2.6, forms: {
    de: ['lieferstopp', 'auf vorkasse'],
    fr: ['livraisons suspendues', 'livraisons bloquees', 'bloque* les livraisons', 'encours depasse', 'depassement d encours', 'prepaiement'],
  } },
  {
    concept: 'restriction',
    weight: 2.6,
    forms: {
      es: ['no llegaba al volumen', 'no llega al volumen', 'no llegaba al minimo', 'no llega al minimo'],
      pt: ['nao atingia o minimo', 'nao atinge o minimo', 'nao batia o volume', 'nao chegava no minimo', 'nao chegava ao minimo'],
    },
  },
  {
    // Our stops and hand-offs, terse: "Kunde gesperrt", "fired as a client", "transféré au distributeur".
    concept: 'restriction',
    weight: 2.6,
    forms: {
      de: ['kunde gesperrt', 'kunden gesperrt', 'kd gesperrt', 'offene posten', 'wegen op gesperrt'],
    },
  },
];

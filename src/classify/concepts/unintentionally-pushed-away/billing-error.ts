import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): our billing errors. */
export const BILLING_ERROR: ConceptSpec[] = [
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'billing error*', 'billing issue*', 'billing dispute*', 'billing problem*', 'invoice error*',
        'invoicing error*',
        'wrong invoice*', 'incorrect invoice*', 'wrong rates', 'wrong contract rates', 'overbill*', 'overcharg*',
        'double charg*', 'charged twice', 'charged them', 'charging them', 'billed twice', 'applied twice',
        'credit note*',
        'refund took', 'double billing', 'our billing', 'our invoices', 'our bills', 'wrong tier',
        'invoice* ~ someone else', 'invoice* ~ another customer', 'invoice* ~ other customer', 'invoice* ~ incorrect',
        'invoice* ~ duplicate*', 'invoice* ~ mistake*', 'invoice* ~ error*',
      ],
      de: [
        'rechnungsfehler*', 'falsche* rechnung*', 'fehlerhafte* rechnung*', 'abrechnungsfehler*',
        'gutschrift*',
      ],
      fr: [
        'erreur* de facturation', 'litige* de facturation', 'facture* erronee*', 'surfactur*', 'facture* deux fois',
        'appliquee deux fois', 'avoir*',
      ],
      es: [
        'errores de facturacion', 'error* de factura*', 'cobro* indebido*', 'cobr* de mas', 'factura* erronea*',
        'doble cobro',
      ],
      pt: [
        'erro* de faturamento', 'erro* de cobranca', 'cobranca* indevida*', 'cobr* a mais', 'fatura* errada*',
        'cobranca duplicada',
      ],
    },
  },
  {
    // Invoices: twice, duplicated, wrong, and the slow refund after.
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'invoiced twice', 'paid twice', 'double invoiced', 'double billed', 'double charged',
        'duplicate invoice*', 'duplicate bill*', 'different invoices for the same', 'invoices for the same', 
        'wrong bills', 'slow refund*', 'waited _ for the refund', 'waited _ for a refund',
      ],
      de: ['doppelt abgerechnet', 'doppelt in rechnung', 'doppelte rechnung*', 'falsche rechnung*', 'gutschrift kam'],
      fr: ['facture deux fois', 'factures deux fois', 'facturation en double', 'double facturation', 'factures erronees', 'remboursement a pris'],
      es: ['facturado dos veces', 'cobrado dos veces', 'doble factura*', 'facturas erroneas', 'cobros erroneos'],
      pt: ['cobrado duas vezes', 'faturado duas vezes', 'cobranca em dobro', 'fatura duplicada', 'cobrancas erradas'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'invoicing at', 'invoiced at the old', 'billed at the old', 'old price list', 'old list price', 'wrong vat', 'wrong tax',
        'overbilled', 'over billed', 'overcharged', 'duplicate charge*', 
        'billing mistake*', 'invoice errors',
      ],
      de: [
        'falsch abgerechnet', 'falsch berechnet', 'doppelt abgebucht', 'rechnungsfehler',
        'falsche mwst', 'zu viel berechnet',
      ],
      fr: [
        'mauvaise tva', 'facture erronee', 'facture en double', 
        'trop facture*', 'ancien tarif',
      ],
      es: [
        'iva equivocado', 'iva incorrecto', 'factura* duplicada*', 'cobros duplicados', 'cobro duplicado',
        'sobrefactur*', 'cobramos de mas', 'facturamos de mas', 'facturado de mas', 'facturamos mal', 'error* de facturacion', 'tarifa antigua',
      ],
      pt: [
        'imposto errado', 'nota* errada*', 'boleto* errado*', 'cobranca* duplicada*', 
        'cobramos a mais', 'cobrado a mais', 'tabela antiga',
      ],
    },
  },
  {
    // Billing what they had cancelled, or kept billing after the end.
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: ['billed ~ for ~ cancel*', 'charged ~ for ~ cancel*', 'invoiced ~ for ~ cancel*', 'kept billing', 'still billing', 'kept charging', 'still charging', 'billed after'],
      de: ['weiter berechnet', 'weiterhin berechnet', 'trotz kundigung', 'gekundigte ~ berechnet', 'gekundigte ~ abgerechnet'],
      fr: ['facture* ~ resilie*', 'facture* ~ annule*', 'continue* a facturer', 'continue* a nous facturer', 'facture* apres la resiliation'],
      es: ['cobramos ~ cancelad*', 'facturamos ~ cancelad*', 'seguimos cobrando', 'seguimos facturando', 'cobrando ~ cancelad*'],
      pt: ['faturamos ~ cancelad*', 'continuamos cobrando', 'continuamos faturando'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: ['invoices sent twice'],
      de: ['rechnungen doppelt'],
      fr: ['envoyees en double', 'factures ~ en double', 'facture* en double'],
      es: ['facturas duplicadas'],
      pt: ['faturas duplicadas', 'cobrado em dobro'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.5,
    forms: {
      de: ['doppelt verschickt', 'doppelt gestellt', 'doppelt berechnet', 'rechnungen ~ doppelt', 'unsere abrechnung', 'unserer abrechnung', 'unsere rechnungen'],
      fr: ['notre facturation', 'nos factures'],
      es: ['nuestra facturacion', 'nuestras facturas'],
      pt: ['nosso faturamento', 'nossas faturas', 'nossa cobranca'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.3,
    forms: {
      en: ['charged ~ twice', 'billed ~ twice', 'charged ~ double'],
      de: ['zweimal berechnet', 'zweimal abgerechnet'],
      fr: ['facture* ~ deux fois', 'preleve* ~ deux fois'],
      es: ['cobramos ~ dos veces', 'cobramos ~ doble', 'cobrado ~ dos veces', 'facturamos ~ dos veces'],
      pt: ['cobramos ~ em dobro', 'cobramos ~ duas vezes', 'cobrado ~ em dobro', 'cobrou ~ em dobro', 'faturamos ~ duas vezes'],
    },
  },
  {
    // Billed or cut off although they had paid; invoices sent to an old address.
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: ['had already paid', 'although they had paid', 'when they had paid', 'to the old address', 'to an old address'],
      de: ['hatte bereits bezahlt', 'hatten bereits bezahlt', 'obwohl ~ bezahlt hatte', 'an die alte adresse'],
      fr: ['avait deja paye', 'avaient deja paye', 'alors que il avait paye', 'a l ancienne adresse'],
      es: ['habia pagado', 'ya habia pagado', 'habian pagado', 'a la direccion antigua', 'a una direccion antigua'],
      pt: ['ja tinha pago', 'tinha pago', 'ja havia pago', 'para o endereco antigo', 'no endereco antigo'],
    },
  },
  {
    // Invoices with the tax or rate applied wrong.
    concept: 'billing_error',
    weight: 2.3,
    forms: {
      en: ['wrongly applied', 'miscalculated', 'wrong tax rate', 'vat applied wrong'],
      de: ['falscher steuersatz'],
      fr: ['mal calcule*', 'tva erronee', 'mauvais taux de tva'],
      es: ['mal aplicad*', 'mal calculad*', 'iva mal', 'mal facturad*'],
      pt: ['cobrado errado', 'mal faturad*'],
    },
  },
  {
    // Our billing mistakes: charged for what they had cancelled, wrong invoices.
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'billed for seats', 'billed for licen*', 'charged for seats', 'charged for licen*', 'billed for cancel*',
        'charged for cancel*', 'billed after cancel*', 'charged after cancel*', 'still being billed', 'still being charged',
        'kept getting billed', 'kept getting charged', 'billed incorrectly', 'charged incorrectly',
        'incorrectly billed', 'incorrectly charged', 'incorrectly invoiced', 'wrongly billed', 'wrongly charged', 'wrongly invoiced',
        'incorrect bill*',
        'invoice dispute*',
        'double charge*', 'surprise charge*', 'hidden charge*', 'unexpected charge*', 'auto renewed without',
      ],
    },
  },
  { concept: 'billing_error', weight: 2.4, forms: {
    de: ['uberhohte rechnung*'],
    fr: ['mal facture*', 'preleve* deux fois'],
  } },
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      es: [
        'cobramos dos veces', 'facturamos dos veces', 'le cobramos dos veces', 'les cobramos dos veces', 'cobrado doble',
        'cobro doble', 'factura mal hecha', 'facturas mal hechas',
      ],
      pt: [
        'cobramos duas vezes', 'faturamos duas vezes', 'cobramos em dobro', 'cobranca dobrada', 'boleto duplicado',
        'boletos duplicados', 'nf errada', 'nfs erradas', 'nota fiscal errada',
      ],
    },
  },
];

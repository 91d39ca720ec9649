import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): payment problems. */
export const BAD_PAYER: ConceptSpec[] = [
  {
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      en: [
        'late payer*', 'late payment*', 'paying late', 'late paying', 'always late', 'slow pay*', 'non payment',
        'nonpayment',
        'not paid', 'never paid', 'did not pay', 'unpaid', 'overdue', 'past due', 'days past', 'collections', 'bounced',
        'chargeback*', 'reversed ~ payments', 'disputed every invoice', 'disputed ~ invoices', 'carried a balance',
        'promising to settle', 'credit risk', 'bad debt', 'extending ~ credit', 'outstanding invoice*', 'open invoices',
        'payment default*', 'defaulted', 'default on', 'did not pay us', 'stopped paying', 'refused to pay',
        'withheld payment', 'months in arrears', 'arrears', 'owed us', 'owes us', 'debt', 'debts',
        'disputed invoices', 'chargebacks', 'bounced payment*', 'failed payment*', 'net 90', 'net 120',
        'payment issue*', 'payment problem*', 'payment trouble', 'billing dispute with them',
        'pays late', 'paid late', 'pay late', 'pays ~ late', 'paid ~ late',
      ],
      de: [
        'zahlungsverzug', 'zahlungsausfall*', 'offen* rechnung*', 'rechnungen ~ offen', 'nicht punktlich',
        'selten punktlich', 'mahnung*', 'inkasso', 'zahlungsmoral', 'nicht bezahlt', 'zahlte nicht', 'nicht gezahlt',
        'schulden', 'ruckstand', 'zahlungsruckstand', 'zahlungsschwierigkeiten', 'zahlungsunfahig',
        'zahlungsproblem*', 'zahlungsschwierigkeit*',
        'zahlt ~ zu spat', 'zahlte ~ zu spat', 'zahlen ~ zu spat', 'zahlten ~ zu spat', 'spat bezahlt',
        'spat gezahlt', 'zahlt ~ spat',
      ],
      fr: [
        'impaye*', 'retard* de paiement', 'paie* en retard', 'factures impayees', 'recouvrement', 'ne payait pas',
        'cheque* sans provision', 'ne a pas paye', 'dettes', 'arrieres', 'retards de paiement repetes',
        'defaut de paiement', 'problemes de paiement', 'probleme de paiement', 'incidents de paiement',
        'paye* ~ en retard', 'payait ~ en retard',
      ],
      es: [
        'moros*', 'impago*', 'falta de pago', 'pagos atrasados', 'no pagaba', 'facturas impagadas',
        'cheque* sin fondos', 'no pago', 'deudas', 'atrasos en pagos', 'impagos', 'falta de pagos',
        'problemas de pago', 'problema de pago',
        'paga* ~ tarde', 'pagaba* ~ tarde', 'paga* con retraso', 'pagaba* con retraso',
      ],
      pt: [
        'inadimplen*', 'atraso* ~ pagamento*', 'falta de pagamento', 'calote', 'nao pagava', 'cheque* sem fundo*',
        'cheque* devolvido*', 'nao pagou', 'dividas', 'atrasos nos pagamentos', 'calotes', 'problemas de pagamento',
        'problema de pagamento',
        'paga* ~ atrasado', 'paga* com atraso', 'pagava* com atraso', 'pagava* ~ atrasado',
      ],
    },
  },
  {
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      en: ['overdue invoices', 'overdue bills', 'unpaid invoices', 'bounced payments'],
      de: ['uberfallige rechnungen', 'offene rechnungen', 'ruckstande', 'zahlungsruckstand*'],
      fr: ['impayes', 'factures en retard'],
      es: ['facturas vencidas'],
      pt: ['boletos vencidos', 'boleto vencido', 'titulos vencidos', 'faturas vencidas'],
    },
  },
  {
    concept: 'bad_payer',
    weight: 2.6,
    forms: { de: ['kreditstopp', 'kreditsperre', 'liefersperre', 'lieferstopp', 'inkasso*', 'nichts mehr frei'] },
  },
  {
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      en: ['only paid part', 'paid only part', 'short paid', 'short pays'],
      de: ['nur einen teil bezahlt', 'nur teilweise bezahlt', 'rechnung* reklamiert', 'jede zweite rechnung'],
      fr: ['paye que une partie', 'ne payait que une partie', 'conteste chaque facture'],
      es: ['pagaba solo una parte', 'solo pagaba una parte', 'reclamaba cada factura'],
      pt: ['pagava so uma parte', 'so pagava uma parte', 'contestava cada fatura'],
    },
  },
  {
    // They could not pay: bounced payments, poor credit.
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      en: [
        'payer history', 'poor payment history', 'bad payment history', 'poor payment record',
        'poor credit', 'bad credit', 'credit rating', 'failed credit check', 'failed our credit check', 'failed the credit check',
        'bounced check*', 'bounced cheque*', 'slow paying',
        'chronic late pay*', 'unpaid balance', 'in arrears',
        'overdue balance', 'days past due', 'in collections',
      ],
    },
  },
  { concept: 'bad_payer', weight: 2.4, forms: {
    de: ['zahlt einfach nicht', 'zahlt ~ rechnung* nicht', 'rechnungen nicht bezahlt', 'mahnverfahren', 'mahnstufe', 'zahlungsausfall', 'schlechte zahlungsmoral', 'schlechter zahler'],
    fr: ['mauvais payeur*', 'ne paie pas', 'paie en retard', 'contentieux'],
  } },
  {
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      es: ['mal pagador', 'malos pagadores', 'mala paga', 'en asnef', 'fichero de morosos'],
      pt: ['mau pagador', 'maus pagadores', 'caloteir*', 'negativad*', 'nome sujo', 'no serasa'],
    },
  },
];

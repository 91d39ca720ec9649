import type { ConceptSpec } from './types';

/**
 * Step I, intentionally pushed away (continued): why we let them go: late payers, credit stops, our channel plan, abuse, broken rules, demands beyond the contract, referrals.
 */
export const EXIT_REASON_CONCEPTS: ConceptSpec[] = [
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
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      en: [
        'partner channel', 'channel partner', 'to our partner', 'handed to a partner', 'moved to a partner',
        'dealer partner',
        'distribution partner', 'to our distributor', 'via our distributor', 'through our distributor',
        'our distribution partner', 'our regional distributor',
        'national distributor', 'our reseller', 'coverage model', 'channel model', 'distribution model',
        'territory plan',
        'sales force', 'we restructured', 'our restructuring', 'new coverage', 'new channel', 'small accounts',
        'accounts under', 'accounts of their size', 'under min', 'under minimum', 'below our minimum', 'minimum order',
        'new minimum', 'our minimum', 'under the line', 'handed to', 'handed over to', 'moved to partner',
        'moved to a partner',
        'direct routes', 'direct rep', 'direct delivery', 'direct service', 'instead of a direct', 'per territory',
        'per acct review',
        'per account review', 'acct review', 'account review',
        'outside our icp', 'not our icp', 'not our target', 'outside our target', 'not our segment',
        'no longer our segment', 'exited that segment', 'exiting the segment', 'left the segment',
        'we exited the region', 'exited the region', 'withdrew from the region', 'pulled out of the region',
        'no longer serve that region', 'no longer serve the region', 'no longer cover', 'stopped covering',
        'outside our focus', 'not a strategic fit for us', 'not strategic for us', 'reseller', 'distributor now',
        'via our partner', 'through our partner', 'partner program',
        'raised ~ minimum*', 'minimum* ~ raised', 'below ~ minimum*', 'fell below', 'below the threshold',
        'new threshold',
        'no longer fits our', 'does not fit our', 'not fit our', 'no longer fit our', 'does not fit with our',
        'outside our plans',
      ],
      de: [
        'vertriebspartner', 'handelspartner', 'an einen partner', 'an unseren', 'mindestbestellwert', 'mindestmenge',
        'neue vertriebsstruktur', 'nicht mehr unsere zielgruppe', 'ausserhalb unserer zielgruppe',
        'region aufgegeben', 'gebiet aufgegeben', 'uber unseren partner', 'uber den handel',
      ],
      fr: [
        'notre distributeur', 'distributeur regional', 'partenaire', 'revendeur', 'comptes sous',
        'nouvelle organisation', 'commande minimum', 'minimum de commande', 'hors de notre cible', 'plus notre cible',
        'region abandonnee', 'via notre partenaire', 'par notre distributeur',
      ],
      es: [
        'nuestro distribuidor', 'distribuidor regional', 'politica comercial', 'pedido minimo', 'socio comercial',
        'nueva cobertura', 'fuera de ~ cobertura', 'fuera de nuestro objetivo', 'ya no es nuestro segmento',
        'salimos de la region', 'a traves de nuestro socio', 'por nuestro distribuidor',
      ],
      pt: [
        'nosso distribuidor', 'parceiro', 'revendedor', 'pedido minimo', 'politica comercial',
        'fora do nosso publico', 'nao e mais nosso segmento', 'saimos da regiao', 'atraves do nosso parceiro',
        'pelo nosso distribuidor',
      ],
    },
  },
  {
    concept: 'abusive',
    weight: 2.3,
    forms: {
      en: [
        'abusive', 'difficult customer', 'difficult client', 'problem customer', 'problem client', 'nightmare client',
        'nightmare', 'toxic', 'not one to win back',
      ],
      de: ['schwierige* kunde*', 'problemkunde*', 'schikan*'],
      fr: ['client difficile', 'client toxique', 'cauchemar'],
      es: ['cliente dificil', 'cliente problematico', 'cliente toxico'],
      pt: ['cliente dificil', 'cliente problematico', 'cliente toxico'],
    },
  },
  {
    concept: 'policy_breach',
    weight: 2.4,
    forms: {
      en: [
        'fair use', 'aup', 'acceptable use', 'terms of service', 'violat*', 'breach of', 'misus*', 'resell*',
        'misdeclar*',
        'misclassif*', 'unsafe', 'safety policy', 'our policy', 'under our policy', 'fraud*', 'spam', 'out of support',
        'refused to replace', 'refused to upgrade', 'would not budge', 'insisted on', 'illegal',
        'could not responsibly',
        'compliance team', 'compliance said', 'compliance terminated',
        'unethical', 'cut corners', 'asked us to cut corners', 'conflict of interest', 'reputational risk',
        'reputation risk', 'compliance risk', 'sanction*', 'kyc', 'money laundering', 'against our values',
        'against our policy', 'breach of contract', 'violated', 'safety concerns', 'unsafe practices',
        'health and safety',
      ],
      de: [
        'richtlinie*', 'verstoss*', 'missbrauch*', 'betrug*', 'unsicher', 'rechtswidrig', 'unethisch',
        'reputationsrisiko', 'compliance risiko', 'vertragsbruch', 'verstoss gegen', 'sicherheitsbedenken',
      ],
      fr: [
        'politique', 'violation', 'fraude', 'dangereux', 'illegal*', 'contraire a l ethique', 'risque de reputation',
        'risque de conformite', 'rupture de contrat', 'manquement', 'problemes de securite',
      ],
      es: [
        'politica', 'violacion', 'incumplimiento', 'fraude', 'inseguro', 'ilegal', 'poco etico',
        'riesgo reputacional', 'riesgo de cumplimiento', 'incumplimiento de contrato', 'problemas de seguridad',
      ],
      pt: [
        'politica', 'violacao', 'fraude', 'inseguro', 'ilegal', 'antietico', 'risco reputacional',
        'risco de compliance', 'quebra de contrato', 'problemas de seguranca',
      ],
    },
  },
  {
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      en: [
        'scope creep', 'scope kept creeping', 'creeping', 'unlimited revisions', 'outside the scope', 'out of scope',
        'beyond the scope', 'custom builds', 'expected custom', 'more tickets than', 'hammered', 'unreasonable',
        'kept demanding', 'demanded', 'every release', 'rounds of', 'absorbing the hours', 'beyond the plan',
        'special prices',
        'always asking for', 'ask always', 'return half', 'returned half',
      ],
      de: ['sonderwunsch*', 'unzumutbar*', 'uberzogen*'],
      fr: ['hors perimetre', 'exigences', 'demandes excessives'],
      es: ['fuera de alcance', 'exigian', 'exigencias'],
      pt: ['fora do escopo', 'exigia', 'exigencias'],
    },
  },
  {
    concept: 'referred',
    weight: 1.4,
    forms: {
      en: [
        'referred him', 'referred her', 'referred them', 'referred ~ to', 'recommended another', 'walked her through',
        'walked him through', 'pointed them to', 'gave them the names', 'names of',
      ],
      de: ['empfohlen', 'vermittelt'],
      fr: ['recommande*', 'oriente*', 'conseille*'],
      es: ['recomendamos', 'derivamos', 'les recomendamos'],
      pt: ['indicou', 'indicamos', 'encaminhamos', 'recomendamos'],
    },
  },
];

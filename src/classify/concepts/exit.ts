import type { ConceptSpec } from './types';

/**
 * Step I, intentionally pushed away: we did not want them. Our decision (who acted is read from the
 * clause: "we gave notice" counts, "the customer gave notice" does not), done on purpose, and why:
 * unprofitable, late payers, abuse, broken rules, or moved to a partner channel by our own plan.
 */
export const EXIT_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: [
        'decided not to renew', 'decided not to continue', 'decided to end', 'decided to exit', 'decided to stop',
        'decided to resign', 'decided we would stop', 'decided we could not', 'decided the', 'chose not to', 'opted not to',
        'declined to renew', 'declined to', 'refused to renew', 'not to renew', 'not renew', 'did not renew them',
        'we did not renew', 'we will not renew', 'non renewal', 'nonrenewal', 'would not be continuing',
        'will not be continuing', 'not be continuing', 'gave notice', 'gave them notice', 'give notice', 'served notice',
        'gave them _ days', 'gave him _ days', 'gave her _ days', 'terminat*', 'ended the', 'ended it', 'ended our',
        'end the engagement', 'end the relationship', 'end the contract', 'withdrew', 'withdraw*', 'pulled the plug',
        'resign* the account', 'resigned', 'stopped taking', 'stop taking', 'stopped serving', 'stopped supplying',
        'stopped selling to', 'stopped discounting', 'declined the', 'let them go', 'let him go', 'let her go',
        'walked', 'walked away', 'no bid', 'did not bid', 'not to bid', 'chose not to bid', 'renewal not offered',
        'not offered a renewal', 'we exited', 'exited', 'we are exiting', 'dropped them', 'dropped from', 'removed them',
        'retire* the', 'cut them off', 'cut off', 'not lift', 'did not lift', 'not to lift', 'blocked',
        'offboard*', 'parted ways', 'part ways', 'recommended exit', 'moved them to', 'moved him to', 'put them on', 'let _ go',
        'let _ _ go', 'let _ _ _ go', 'suspended them', 'suspended the account', 'stop to supply',
        'put him on', 'put her on', 'we will no longer', 'we no longer', 'we would not', 'stop supplying',
        'transferred them', 'handed them', 'dropped by us', 'ended by us', 'terminated by us', 'cancelled by us',
        'canceled by us', 'by our decision',
      
        'we chose to end', 'we chose to exit', 'we decided to let', 'we let the contract lapse', 'we let it lapse', 'we did not bid', 'we declined to bid', 'we passed on', 'we opted out', 'we pulled out', 'we stepped away', 'we stepped back', 'we discontinued', 'we sunset', 'we sunsetted', 'we retired the', 'we stopped offering', 'we no longer offer', 'no longer offer the', 'we exited the', 'we closed the account', 'we closed their account', 'closed the account', 'we refused', 'we turned down', 'turned them down', 'turned down the renewal', 'we would not renew', 'not to renew them', 'decline the renewal', 'declined the renewal', 'not offer a renewal', 'did not offer a renewal', 'served them notice', 'issued notice', 'notice of termination', 'termination notice', 'non renewal notice',
        'we fired them', 'fired them', 'fired the', 'we dropped them', 'dropped the client', 'dropped the customer', 'we chose to walk', 'chose to walk', 'declined to quote', 'declined to bid', 'no quote', 'did not quote', 'we did not quote', 'we passed', 'passed on the renewal', 'we let them walk', 'we let it go', 'let it go', 'not renewing them', 'offboarded them', 'we off boarded',],
      de: [
        'gekundigt', 'kundigung', 'beendet', 'nicht verlangert', 'nicht mehr verlangert', 'nicht zu verlangern',
        'entschieden', 'entschlossen', 'zuruckgezogen', 'gesperrt', 'sperre bleibt', 'bleibt gesperrt', 'auf ~ gesetzt',
        'umgestellt', 'nicht mehr beliefern', 'beliefern ~ nicht mehr', 'getrennt', 'trennen uns', 'abgelehnt',
      
        'wir haben gekundigt', 'wir haben beendet', 'wir haben uns entschieden', 'haben wir beendet', 'haben wir gekundigt', 'haben wir abgelehnt', 'wir bieten _ nicht mehr an', 'nicht mehr angeboten', 'kundigung ausgesprochen', 'kundigung unsererseits',],
      fr: [
        'mis fin', 'mettre fin', 'resili*', 'ne pas reconduire', 'ne pas renouveler', 'non reconduction', 'non renouvellement',
        'decide de', 'decide d', 'avons decide', 'a decide de ne pas', 'choisi de ne pas', 'arrete*', 'cesser de', 'retire*',
        'suspendu*', 'refuse*', 'transfere*', 'separes', 'nous separer',
      
        'nous avons resilie', 'nous avons decide', 'avons choisi', 'nous avons refuse', 'nous avons arrete', 'nous ne proposons plus', 'avons mis un terme', 'preavis envoye', 'lettre de resiliation',],
      es: [
        'decidimos', 'decidio no renovar', 'no renovar', 'rescind*', 'terminamos', 'dejamos de', 'retiramos', 'suspendimos',
        'pasamos la cuenta', 'dimos de baja', 'bloqueamos', 'cortamos', 'rechazamos', 'no renovamos', 'dejamos de atender',
      
        'decidimos terminar', 'decidimos no', 'rechazamos la renovacion', 'dejamos de ofrecer', 'ya no ofrecemos', 'cancelamos', 'nos retiramos', 'enviamos preaviso', 'carta de terminacion',],
      pt: [
        'optamos por nao', 'decidimos', 'decidiu ~ encerrar', 'encerrar o fornecimento', 'encerramos', 'nao renovamos',
        'nao renovar', 'bloqueamos', 'suspendemos', 'cortamos', 'rescindimos', 'desligamos', 'recusamos',
      
        'decidimos encerrar', 'decidimos nao', 'recusamos a renovacao', 'deixamos de oferecer', 'ja nao oferecemos', 'enviamos aviso', 'carta de rescisao',],
    },
  },
  {
    concept: 'deliberate',
    weight: 2.6,
    negatable: false,
    forms: {
      en: [
        'on purpose', 'purposely', 'deliberate*', 'intentional*', 'knowing they would', 'knowing it would', 'knowing that',
        'knowing ~ would', 'knew what would happen', 'knew ~ would', 'we knew', 'expected the loss', 'as expected',
        'fully expected', 'expected it', 'expected that', 'trade off we accepted', 'our call', 'our decision', 'our choice',
        'by design', 'price them out', 'priced them out', 'priced out on purpose', 'assumed on our side', 'we accepted',
      ],
      de: ['bewusst', 'absichtlich', 'wissentlich', 'in kauf genommen', 'unsere entscheidung', 'gewollt', 'mit absicht'],
      fr: ['decision de la direction', 'decision de direction', 'a dessein', 'expres', 'sciemment', 'en sachant', 'en connaissance de cause', 'volontaire*', 'decision assumee', 'assume*', 'notre decision', 'notre choix'],
      es: ['por decision de', 'decision de la direccion', 'a proposito', 'de proposito', 'adrede', 'sabiendo que', 'a sabiendas', 'intencionad*', 'nuestra decision', 'decision nuestra'],
      pt: ['decisao da diretoria', 'por decisao da', 'propositalmente', 'de proposito', 'sabendo que', 'intencional*', 'nossa decisao', 'decisao nossa', 'de caso pensado'],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.5,
    forms: {
      en: [
        'unprofitable', 'not profitable', 'no longer profitable', 'never profitable', 'loss making', 'losing money',
        'lost money', 'lose money', 'negative margin', 'margin was negative', 'margin ~ negative', 'deeply negative',
        'wiped out the margin', 'ate ~ margin', 'erased ~ margin', 'no margin', 'cost more to ~ than', 'cost* more than ~ earned',
        'more than they paid', 'more on them than', 'far more on them', 'cost to serve', 'too costly to serve',
        'expensive to serve', 'uneconomic*', 'not economic', 'not worth keeping', 'not worth it', 'not worth the',
        'did not justify', 'does not justify', 'not justify', 'unbilled', 'support load', 'for pct of volume',
        'pct of volume', 'very small volumes', 'small volumes', 'cost plus', 'margin on', 'losing money on',
        'at a loss', 'full cost',
      
        'low margin', 'thin margin', 'razor thin', 'no margin left', 'margin too low', 'margins too low', 'not profitable for us', 'never made money', 'made no money', 'lost money every', 'cost us more', 'costing us more', 'cost more to serve', 'too small to serve', 'too small for us', 'account too small', 'volume too low', 'volume too small', 'below threshold', 'below our threshold', 'not worth serving', 'not worth our while', 'not worth the effort', 'not worth the hassle', 'drain on', 'resource drain', 'eating our margin', 'ate our margin',],
      de: [
        'unrentabel', 'nicht rentabel', 'nicht profitabel', 'unprofitabel', 'verlustgeschaft', 'verlust*', 'lohnt sich nicht',
        'rechnet sich nicht', 'marge negativ', 'negative marge', 'zu aufwendig', 'aufwand zu hoch', 'betreuungsaufwand',
        'supportaufwand', 'in keinem verhaltnis', 'keine marge',
      
        'zu geringe marge', 'marge zu gering', 'geringe marge', 'lohnte sich nicht', 'rechnete sich nicht', 'zu klein fur uns', 'volumen zu gering', 'nicht wirtschaftlich', 'unwirtschaftlich',],
      fr: ['pas rentable', 'non rentable', 'deficitaire', 'a perte', 'marge negative', 'cout de service', 'cout du service', 'depassait ~ marge', 'mangeait ~ marge', 'pas viable', 'trop couteux a servir', 'marge trop faible', 'faible marge', 'pas rentable pour nous', 'trop petit pour nous', 'volume trop faible', 'pas economique', 'non viable', 'perte d argent'],
      es: ['no rentable', 'poco rentable', 'perdidas', 'margen negativo', 'coste de servir', 'costo de servir', 'no justificaba', 'no compensa*', 'no era rentable', 'sin margen', 'no justificaba la atencion', 'margen muy bajo', 'margen bajo', 'no era rentable para nosotros', 'demasiado pequeno', 'volumen muy bajo', 'no era economico', 'perdiamos dinero'],
      pt: ['nao rentavel', 'pouco rentavel', 'nao lucrativ*', 'prejuizo', 'dava prejuizo', 'margem negativa', 'comer ~ margem', 'comia ~ margem', 'custo de atender', 'custo para atender', 'nao compensa*', 'nao justifica*', 'margem muito baixa', 'margem baixa', 'nao era rentavel para nos', 'pequeno demais', 'volume muito baixo', 'nao era economico', 'perdiamos dinheiro'],
    },
  },
  {
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      en: [
        'late payer*', 'late payment*', 'paying late', 'late paying', 'always late', 'slow pay*', 'non payment', 'nonpayment',
        'not paid', 'never paid', 'did not pay', 'unpaid', 'overdue', 'past due', 'days past', 'collections', 'bounced',
        'chargeback*', 'reversed ~ payments', 'disputed every invoice', 'disputed ~ invoices', 'carried a balance',
        'promising to settle', 'credit risk', 'bad debt', 'extending ~ credit', 'outstanding invoice*', 'open invoices',
      
        'payment default*', 'defaulted', 'default on', 'did not pay us', 'stopped paying', 'refused to pay', 'withheld payment', 'months in arrears', 'arrears', 'owed us', 'owes us', 'debt', 'debts', 'disputed invoices', 'chargebacks', 'bounced payment*', 'failed payment*', 'net 90', 'net 120',
        'payment issue*', 'payment problem*', 'payment trouble', 'billing dispute with them',],
      de: ['zahlungsverzug', 'zahlungsausfall*', 'offen* rechnung*', 'rechnungen ~ offen', 'nicht punktlich', 'selten punktlich', 'mahnung*', 'inkasso', 'zahlungsmoral', 'nicht bezahlt', 'zahlte nicht', 'nicht gezahlt', 'schulden', 'ruckstand', 'zahlungsruckstand', 'zahlungsschwierigkeiten', 'zahlungsunfahig', 'zahlungsproblem*', 'zahlungsschwierigkeit*'],
      fr: ['impaye*', 'retard* de paiement', 'paie* en retard', 'factures impayees', 'recouvrement', 'ne payait pas', 'cheque* sans provision', 'n a pas paye', 'dettes', 'arrieres', 'retards de paiement repetes', 'defaut de paiement', 'problemes de paiement', 'probleme de paiement', 'incidents de paiement'],
      es: ['moros*', 'impago*', 'falta de pago', 'pagos atrasados', 'no pagaba', 'facturas impagadas', 'cheque* sin fondos', 'no pago', 'deudas', 'atrasos en pagos', 'impagos', 'falta de pagos', 'problemas de pago', 'problema de pago'],
      pt: ['inadimplen*', 'atraso* ~ pagamento*', 'falta de pagamento', 'calote', 'nao pagava', 'cheque* sem fundo*', 'cheque* devolvido*', 'nao pagou', 'dividas', 'atrasos nos pagamentos', 'calotes', 'problemas de pagamento', 'problema de pagamento'],
    },
  },
  {
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: [
        'credit hold', 'credit block', 'credit stop', 'credit limit', 'removed the limit', 'cash in advance', 'cash on delivery',
        'cod', 'prepay*', 'pre pay*', 'prepayment', 'pay in advance', 'payment in advance', 'upfront payment', 'on stop',
        'delivery block', 'blocked the account', 'put them on hold', 'account on hold', 'credit block when',
      
        'on credit stop', 'stop credit', 'prepay only', 'pay upfront', 'cod only', 'cash only', 'credit limit cut', 'credit line cut', 'pulled their credit', 'withdrew credit',],
      de: ['vorkasse', 'liefersperre', 'sperre', 'kreditlimit', 'vorauskasse', 'barzahlung', 'auf nachnahme'],
      fr: ['paiement a la commande', 'paiement d avance', 'paiement comptant', 'blocage du compte', 'compte bloque', 'bloque le compte', 'contre remboursement'],
      es: ['pago anticipado', 'pago por adelantado', 'al contado', 'bloqueo de la cuenta', 'cuenta bloqueada', 'contra reembolso'],
      pt: ['pagamento antecipado', 'a vista', 'cadastro bloqueado', 'conta bloqueada', 'bloqueamos o cadastro'],
    },
  },
  {
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      en: [
        'partner channel', 'channel partner', 'to our partner', 'handed to a partner', 'moved to a partner', 'dealer partner',
        'distribution partner', 'our distributor', 'our distribution partner', 'our regional distributor',
        'national distributor', 'our reseller', 'coverage model', 'channel model', 'distribution model', 'territory plan',
        'sales force', 'we restructured', 'our restructuring', 'new coverage', 'new channel', 'small accounts',
        'accounts under', 'accounts of their size', 'under min', 'under minimum', 'below our minimum', 'minimum order',
        'new minimum', 'our minimum', 'under the line', 'handed to', 'handed over to', 'moved to partner', 'moved to a partner',
        'direct routes', 'direct rep', 'direct delivery', 'direct service', 'instead of a direct', 'per territory', 'per acct review',
        'per account review', 'acct review', 'account review',
      
        'outside our icp', 'not our icp', 'not our target', 'outside our target', 'not our segment', 'no longer our segment', 'exited that segment', 'exiting the segment', 'left the segment', 'we exited the region', 'exited the region', 'withdrew from the region', 'pulled out of the region', 'no longer serve that region', 'no longer serve the region', 'no longer cover', 'stopped covering', 'outside our focus', 'not a strategic fit for us', 'not strategic for us', 'reseller', 'distributor now', 'via our partner', 'through our partner', 'partner program',],
      de: ['vertriebspartner', 'handelspartner', 'an einen partner', 'an unseren', 'mindestbestellwert', 'mindestmenge', 'neue vertriebsstruktur', 'nicht mehr unsere zielgruppe', 'ausserhalb unserer zielgruppe', 'region aufgegeben', 'gebiet aufgegeben', 'uber unseren partner', 'uber den handel'],
      fr: ['notre distributeur', 'distributeur regional', 'partenaire', 'revendeur', 'comptes sous', 'nouvelle organisation', 'commande minimum', 'minimum de commande', 'hors de notre cible', 'plus notre cible', 'region abandonnee', 'via notre partenaire', 'par notre distributeur'],
      es: ['nuestro distribuidor', 'distribuidor regional', 'politica comercial', 'pedido minimo', 'socio comercial', 'nueva cobertura', 'fuera de ~ cobertura', 'fuera de nuestro objetivo', 'ya no es nuestro segmento', 'salimos de la region', 'a traves de nuestro socio', 'por nuestro distribuidor'],
      pt: ['nosso distribuidor', 'parceiro', 'revendedor', 'pedido minimo', 'politica comercial', 'fora do nosso publico', 'nao e mais nosso segmento', 'saimos da regiao', 'atraves do nosso parceiro', 'pelo nosso distribuidor'],
    },
  },
  {
    concept: 'abusive',
    weight: 2.3,
    forms: {
      en: ['abusive', 'difficult customer', 'difficult client', 'problem customer', 'problem client', 'nightmare client', 'nightmare', 'toxic', 'not one to win back'],
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
        'fair use', 'aup', 'acceptable use', 'terms of service', 'violat*', 'breach of', 'misus*', 'resell*', 'misdeclar*',
        'misclassif*', 'unsafe', 'safety policy', 'our policy', 'under our policy', 'fraud*', 'spam', 'out of support',
        'refused to replace', 'refused to upgrade', 'would not budge', 'insisted on', 'illegal', 'could not responsibly',
        'compliance team', 'compliance said', 'compliance terminated',
      
        'unethical', 'cut corners', 'asked us to cut corners', 'conflict of interest', 'reputational risk', 'reputation risk', 'compliance risk', 'sanction*', 'kyc', 'money laundering', 'against our values', 'against our policy', 'breach of contract', 'violated', 'safety concerns', 'unsafe practices', 'health and safety',],
      de: ['richtlinie*', 'verstoss*', 'missbrauch*', 'betrug*', 'unsicher', 'rechtswidrig', 'unethisch', 'reputationsrisiko', 'compliance risiko', 'vertragsbruch', 'verstoss gegen', 'sicherheitsbedenken'],
      fr: ['politique', 'violation', 'fraude', 'dangereux', 'illegal*', 'contraire a l ethique', 'risque de reputation', 'risque de conformite', 'rupture de contrat', 'manquement', 'problemes de securite'],
      es: ['politica', 'violacion', 'incumplimiento', 'fraude', 'inseguro', 'ilegal', 'poco etico', 'riesgo reputacional', 'riesgo de cumplimiento', 'incumplimiento de contrato', 'problemas de seguridad'],
      pt: ['politica', 'violacao', 'fraude', 'inseguro', 'ilegal', 'antietico', 'risco reputacional', 'risco de compliance', 'quebra de contrato', 'problemas de seguranca'],
    },
  },
  {
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      en: [
        'scope creep', 'scope kept creeping', 'creeping', 'unlimited revisions', 'outside the scope', 'out of scope',
        'beyond the scope', 'custom builds', 'expected custom', 'more tickets than', 'hammered', 'unreasonable',
        'kept demanding', 'demanded', 'every release', 'rounds of', 'absorbing the hours', 'beyond the plan', 'special prices',
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
      en: ['referred him', 'referred her', 'referred them', 'referred ~ to', 'recommended another', 'walked her through', 'walked him through', 'pointed them to', 'gave them the names', 'names of'],
      de: ['empfohlen', 'vermittelt'],
      fr: ['recommande*', 'oriente*', 'conseille*'],
      es: ['recomendamos', 'derivamos', 'les recomendamos'],
      pt: ['indicou', 'indicamos', 'encaminhamos', 'recomendamos'],
    },
  },
];

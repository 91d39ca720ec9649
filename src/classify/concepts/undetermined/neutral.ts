import type { ConceptSpec } from '../types';

/** Undetermined (no decisive cause): neutral. */
export const NEUTRAL: ConceptSpec[] = [
  {
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: [
        'closed lost', 'closed won', 'closed out', 'close out', 'ticket closed', 'closed the deal', 'close date',
        'contract expired', 'contract lapsed', 'renewal expired', 'subscription lapsed', 'fill rate*', 'on time rate',
        'success rate', 'at our cost', 'same service level', 'same level of service', 'from our side', 'on our side',
        'field service', 'customer service software', 'feedback forms', 'account manager', 'credit issued',
        'stopped ordering', 'stopped buying', 'deixaram de comprar', 'too late for', 'just too late',
        'merger documents',
        'merger docs', 'acquisition documents',
        'price collapsed', 'prices collapsed', 'price crash', 'oil price*', 'commodity price*', 'market price*',
        'fuel price*', 'energy price*',
        'renewal lapsed', 'agreement lapsed', 'licence lapsed', 'license lapsed', 'contract lapse*', 'let it expire',
        'expired without',
        'closed the account', 'closed their account', 'closed our account', 'account closed', 'tickets closed',
        'case closed', 'closed the ticket',
        'contract ~ expired', 'contract ~ ran out', 'contract ~ ended', 'term ~ expired', 'term ended',
      ],
      de: ['gleiche leistung', 'gleichen service', 'gleiche qualitat', 'vertrag ~ ausgelaufen', 'vertrag ~ abgelaufen', 'vertrag ~ beendet', 'laufzeit ~ abgelaufen', 'laufzeit ~ ausgelaufen', 'laufzeit ~ beendet'],
      fr: ['meme service', 'meme qualite', 'taux de service', 'contrat ~ expire', 'contrat ~ arrive a echeance', 'contrat ~ echu'],
      es: ['mismo servicio', 'misma calidad', 'cerraron con otro', 'contrato ~ vencio', 'contrato ~ vencido', 'contrato ~ expiro', 'contrato ~ expirado'],
      pt: ['mesmo servico', 'mesma qualidade', 'fech* com', 'contrato ~ venceu', 'contrato ~ expirou'],
    },
  },
  {
    // Looks like a failure and is not: "she would miss our team", "cut their no-shows".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['would miss', 'will miss', 'miss working with', 'their no shows', 'cut _ no shows', 'reduced _ no shows'],
      de: ['wird uns vermissen', 'vermissen'],
      fr: ['va nous manquer', 'nous regrette'],
      es: ['nos echara de menos', 'echara de menos'],
      pt: ['vai sentir falta', 'sentir saudade'],
    },
  },
  {
    // Words that look like a cue and are not: a property developer ("promotora"), "nothing we could do on our side".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['nothing we could do', 'nothing to be done on our side'],
      de: ['nichts zu machen', 'nichts tun konnen'],
      fr: ['rien a faire de notre cote', 'rien pu faire', 'promoteur immobilier'],
      es: ['nada que hacer por nuestra parte', 'hacer por nuestra parte', 'una promotora', 'la promotora', 'promotora inmobiliaria'],
      pt: ['nada a fazer da nossa parte', 'nada a fazer por nossa parte', 'incorporadora'],
    },
  },
  {
    // "reopen late next year": a time, not a delay of ours.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['late next', 'late this', 'late in the year', 'late spring', 'late summer', 'late autumn', 'late fall', 'late winter', 'late q1', 'late q2', 'late q3', 'late q4'],
      de: ['spat im jahr', 'ende nachsten jahres'],
      fr: ['fin de l annee prochaine', 'tard dans l annee'],
      es: ['a finales del proximo', 'a finales de este'],
      pt: ['no final do proximo', 'no final deste'],
    },
  },
  {
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: [
        'gas costs', 'gas prices', 'gas price', 'energy costs', 'energy prices', 'power prices', 'electricity prices', 'metal price*',
        'copper price*', 'grain price*', 'milk price*', 'prices recover', 'price recovers', 'prices fall', 'price slumped', 'prices slumped',
        'price slump', 'holding tank',
      ],
      de: ['energiekosten', 'gaspreis*', 'strompreis*', 'energiepreis*', 'milchpreis*', 'metallpreis*', 'getreidepreis*'],
      fr: ['prix du gaz', 'prix de le energie', 'cout de le energie', 'couts de le energie', 'cours du metal', 'cours des metaux', 'prix du lait', 'prix des cereales'],
      es: ['precio del gas', 'precios de la energia', 'costo de la energia', 'coste de la energia', 'precio del metal', 'precio de la leche', 'precio del cobre'],
      pt: ['preco do gas', 'precos da energia', 'custo da energia', 'preco do metal', 'preco do leite', 'preco do cobre'],
    },
  },
  {
    // Asking our prices for later business is no price loss.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['asked about prices', 'asked for prices', 'asked for our prices'],
      de: ['nach den preisen', 'nach unseren preisen'],
      fr: ['demande les prix', 'demande nos prix'],
      es: ['pidio precios', 'pidio nuestros precios'],
      pt: ['pediu precos', 'pediu os nossos precos'],
    },
  },
  {
    // Reporting the loss is not a cause of it ("we lost the order"); an industry's name is not its failure.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['we lost the order', 'we lost the account', 'lost the account', 'cold chain trucking', 'cold chain logistics', 'cold chain transport', 'under our new'],
      de: ['den auftrag verloren', 'den kunden verloren', 'unter unserem neuen', 'keiner von uns angeboten'],
      fr: ['perdu la commande', 'perdu le client', 'perdu le compte'],
      es: ['perdimos el pedido', 'perdimos al cliente', 'perdimos la cuenta'],
      pt: ['perdemos o pedido', 'perdemos o cliente', 'perdemos a conta'],
    },
  },
  {
    // Words that look like a cause and are not: "called it a closed matter", "ein abgeschlossenes Thema".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['closed matter', 'closed case', 'closed chapter', 'closed book', 'closed subject', 'closed topic'],
      de: ['abgeschlossenes thema', 'abgeschlossene sache', 'erledigte sache'],
      fr: ['affaire classee', 'dossier clos', 'sujet clos'],
      es: ['asunto cerrado', 'tema cerrado', 'caso cerrado'],
      pt: ['assunto encerrado', 'caso encerrado', 'assunto fechado'],
    },
  },
  {
    // What the customer stopped doing is the outcome, not its cause: "hat uns nicht mehr beauftragt".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: { de: ['nicht mehr beauftragt', 'nicht mehr bestellt', 'bestellt nicht mehr', 'nicht mehr gebucht', 'bucht nicht mehr'] },
  },
  {
    // "because it wasn't released": our module, not a reason kept from us.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: { en: ['it was not released', 'was not released yet', 'not released yet', 'not yet released'] },
  },
  {
    // "our contact no longer works there": a person gone, not a need gone.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['no longer works there', 'no longer works at', 'no longer with the company'],
      de: ['arbeitet nicht mehr dort', 'arbeitet nicht mehr bei', 'ist nicht mehr im unternehmen'],
      fr: ['ne travaille plus la bas', 'ne travaille plus chez', 'ne fait plus partie'],
      es: ['ya no trabaja alli', 'ya no trabaja ahi', 'ya no trabaja en', 'ya no esta en la empresa'],
      pt: ['nao trabalha mais la', 'nao trabalha mais na', 'ja nao trabalha'],
    },
  },
  {
    // "breakdown cover", "outage insurance": a product that covers failures, not a failure of ours.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['breakdown cover', 'breakdown service', 'breakdown assistance', 'breakdown insurance', 'breakdown recovery', 'outage insurance', 'downtime insurance'],
      de: ['pannenhilfe', 'pannendienst', 'ausfallversicherung'],
      fr: ['assistance panne', 'assistance depannage', 'assurance panne'],
      es: ['asistencia en carretera', 'seguro de averias', 'cobertura de averias'],
      pt: ['assistencia em viagem', 'seguro contra avarias', 'cobertura de avarias'],
    },
  },
  {
    // "without a word of complaint": years without complaints, not a customer who left without a word.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['without a word of complaint', 'without a single complaint', 'without complaint', 'not a word of complaint', 'without a complaint'],
      de: ['ohne ein wort der klage', 'ohne jede beschwerde', 'ohne beschwerde', 'ohne eine beschwerde'],
      fr: ['sans une plainte', 'sans la moindre plainte', 'sans un mot de reproche', 'sans aucune plainte'],
      es: ['sin una queja', 'sin ninguna queja', 'sin quejas'],
      pt: ['sem uma queixa', 'sem nenhuma reclamacao', 'sem reclamacoes', 'sem queixas'],
    },
  },
  {
    // Contract terms and events that look like causes but are not: "liquidated damages", "net 30".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      // "the manager wanted to keep us": a wish to stay is not a requirement someone else met.
      en: ['month end close', 'month end', 'year end close', 'wanted to keep us', 'wanted to stay', 'wanted to renew', 'wanted to stay with us', 'feature parity', 'functional parity', 'parity on features', 'fiscal yr closes', 'fiscal year closes', 'year closes', 'liquidated damages', 'net 30', 'net 60', 'net 90', 'penalties per', 'penalty clause*', 'unlimited liability', 'uncapped liability', 'per hour of downtime'],
      de: ['monatsabschluss', 'monatsabschlusses', 'jahresabschluss', 'wollte uns behalten', 'wollte bei uns bleiben', 'wollte verlangern', 'vertragsstrafe*', 'unbegrenzte haftung', 'haftung ohne obergrenze'],
      fr: ['cloture mensuelle', 'cloture du mois', 'cloture comptable', 'voulait nous garder', 'voulait rester', 'voulait renouveler', 'prise', 'prises', 'parite fonctionnelle', 'penalites de retard', 'remise de concours', 'remise des offres', 'remise des cles', 'remise en etat', 'remise a niveau', 'responsabilite illimitee'],
      es: ['cierre de mes', 'cierre mensual', 'cierre contable', 'cierre del mes', 'cierre de ejercicio', 'queria seguir con nosotros', 'queria quedarse', 'queria renovar', 'penalizaciones por retraso'],
      pt: ['fechamento do mes', 'fechamento mensal', 'fechamento contabil', 'queria ficar conosco', 'queria continuar conosco', 'multas por atraso'],
    },
  },
  {
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: [
        'same service', 'same quality', 'same product', 'same products', 'similar service', 'mismo producto',
        'meme produit', 'mesmo produto', 'service terrain', 'aussendienst', 'service app',
      ],
      fr: [
        'servicio de campo', 'servico de campo', 'service de terrain',
      ],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): poor service. */
export const POOR_SERVICE: ConceptSpec[] = [
  {
    concept: 'poor_service',
    weight: 2.0,
    forms: {
      en: [
        'poor service', 'bad service', 'poor support', 'bad support', 'service issue*', 'service problem*',
        'support issue*',
        'unhappy with', 'dissatisf*', 'not happy with', 'frustrat*', 'complain*', 'had enough', 'fed up',
        'lost patience',
        'lost faith', 'stopped believing', 'service slipped', 'quality dropped', 'quality declined', 'worse', 'unhappy',
        'poor quality', 'bad quality', 'low quality', 'shelfware', 'let them down', 'disappointed', 'if we had',
        'if our ~ had', 'had we', 'if only we', 'if our ~ had been',
        'because of the service', 'due to the service', 'because of support', 'on us', 'our bad',
        'that one is on us', 'we dropped the ball',
      ],
      de: [
        'wenn wir', 'wenn unser*', 'wegen des service', 'schlechter service', 'schlechter support', 'unzufrieden*',
        'beschwerde*', 'reklamation*', 'schlechte qualitat', 'genervt', 'satt',
      ],
      fr: [
        'si nous avions', 'si notre', 'si nos', 'a cause du service', 'mauvais service', 'insatisf*', 'mecontent*',
        'plainte*', 'reclamation*', 'mauvaise qualite', 'excede*', 'litige*',
      ],
      es: [
        'si hubieramos', 'si nuestro', 'si nuestra', 'por la atencion', 'por el servicio', 'mal servicio',
        'mala atencion', 'insatisfech*', 'quej*', 'reclamo*', 'harto', 'harta', 'mala calidad', 'descontent*',
      ],
      pt: [
        'se tivessemos', 'se nosso', 'se nossa', 'pelo atendimento', 'por causa do atendimento', 'atendimento ruim',
        'mau atendimento', 'pessimo', 'insatisfeit*', 'reclamac*', 'queixa*', 'cansou', 'cansad*', 'ma qualidade',
      ],
    },
  },
  {
    // Hours or days before anyone came out to a call.
    concept: 'poor_service',
    weight: 2.2,
    forms: {
      en: ['hours to respond', 'hours to answer', 'hours to get someone', 'hours to turn up', 'hours to show up', 'days to turn up', 'days to show up'],
      de: ['stunden gebraucht', 'tage gebraucht', 'stunden bis jemand', 'tage bis jemand'],
      fr: ['heures pour intervenir', 'heures a intervenir', 'jours pour intervenir', 'jours a intervenir', 'heures avant d intervenir'],
      es: ['horas en atender', 'horas en llegar', 'dias en atender', 'dias en llegar', 'horas en acudir', 'dias en acudir'],
      pt: ['horas para atender', 'meia para atender', 'dias para atender', 'horas para chegar', 'dias para chegar', 'horas para aparecer'],
    },
  },
  {
    // A week before anyone came out.
    concept: 'poor_service',
    weight: 2.2,
    forms: {
      en: ['took a week to come', 'took a week to send', 'a week to turn up', 'a week to get someone'],
      de: ['eine woche gebraucht', 'erst nach einer woche da'],
      fr: ['mis une semaine a venir', 'une semaine pour venir', 'une semaine pour intervenir'],
      es: ['tardo una semana en', 'tardaron una semana en', 'semana en ir', 'semana en venir', 'dias en ir', 'dias en venir'],
      pt: ['levou uma semana para', 'demorou uma semana para', 'semana para vir', 'dias para vir'],
    },
  },
  {
    // Service told as its lack: poor responsiveness, slow support.
    concept: 'poor_service',
    weight: 2.2,
    forms: {
      en: [
        'poor responsiveness', 'lack of responsiveness', 'support was unresponsive',
        'support was awful', 'support was poor',
        'terrible support', 'awful support', 'lousy support', 'lousy service', 'crap service', 'rubbish service', 'shocking service',
        'bad experience with us', 'awful experience', 'horrible experience',
        'ran out of patience', 'fed up waiting', 'got fed up',
      ],
    },
  },
  { concept: 'poor_service', weight: 2.0, forms: {
    de: ['katastrophal*', 'eine katastrophe', 'war unterirdisch', 'unzufrieden mit unserem', 'unzufrieden mit unserer', 'unzufrieden mit der betreuung'],
    fr: ['mauvaise experience avec notre', 'mauvaise experience avec nos', 'catastrophique', 'deplorable', 'lamentable', 'pas a la hauteur'],
  } },
  {
    // Fed up with us: Portuguese clitics after the verb ("fartou-se" reads as fartou se).
    concept: 'poor_service',
    weight: 2,
    forms: {
      es: ['se harto de', 'se cansaron de', 'se canso de nosotros', 'hasta las narices'],
      pt: ['fartou se', 'fartaram se', 'se fartou', 'se fartaram', 'de saco cheio', 'encheu o saco'],
    },
  },
  {
    concept: 'poor_service',
    weight: 2.2,
    forms: {
      en: [
        'terrible service', 'service failure*', 'slow support', 'sin respuesta de nuestra parte',
        'sin respuesta nuestra', 'no response from our', 'no response from us', 'chasing us', 'chase us',
        'had to chase', 'no one responded', 'nobody responded', 'never responded', 'never got back', 'not call back',
        'not called back', 'no one followed up', 'no followup', 'did not follow up', 'not follow up',
        'slow response*', 'response time*', 'system down', 'malfunction*', 'deliveries late', 'delivery late',
        'shipments late', 'shipment late', 'shipped late', 'missed deliver*', 'missed deadline*',
        'missed the deadline', 'missed dates', 'missed delivery', 'delays', 'delayed', 'delay', 'billing mistake*',
        'wrong bill*', 'double billed', 'wrong order*', 'wrong parts', 'wrong items', 'wrong product*', 'errors',
        'error', 'screwed up', 'botched', 'failed implementation', 'implementation failed', 'implementation issues',
        'failed onboarding', 'onboarding failed', 'poor onboarding', 'bad onboarding', 'onboarding issues',
        'onboarding was a mess', 'was a mess', 'a mess', 'chaotic', 'chaos', 'canceled twice',
        'never adopted', 'low adoption', 'failed migration', 'migration failed', 'lost data', 'lost their data',
        'security incident', 'morada errada', 'endereco errado', 'wrong address', 'wrong site', 'falsche adresse',
        'mauvaise adresse', 'direccion equivocada', 'escalat*', 'complaint*', 'not satisfied', 'angry', 'upset',
        'furious', 'dropped the ball', 'fell through the cracks', 'account manager left', 'am left',
        'no account manager', 'no csm', 'never assigned', 'not assigned', 'broken promise*',
        'overpromised', 'over promised', 'under delivered', 'underdelivered', 'failed to deliver',
        'poor communication', 'communication issues', 'lack of communication', 'not responsive',
        'unresponsive support', 'support was slow', 'support was terrible', 'support was bad', 'took weeks',
        'took months', 'waited weeks', 'waiting for weeks', 'kept waiting', 'not fixed', 'never fixed',
        'still broken', 'recall', 'damage*', 'inaccurate', 'incorrect', 'failure*', 'failed', 'our fault',
        'our mistake', 'we failed', 'we messed', 'we screwed', 'we missed', 'we dropped', 'we let them down',
        'let down', 'poor experience', 'bad experience', 'terrible experience', 'unreliable', 'reliability',
        'instability', 'unstable', 'performance issues', 'slow system', 'latency', 'go live slipped',
        'lost confidence', 'lost their trust', 'left alone', 'nobody owned', 'no owner', 'wiped a', 'wiped the', 'wiped their', 'wiped ~ drive', 'wiped ~ data',
        'missed pickup*', 'missed pick up*', 'no show', 'wrong configuration', 'misconfigur*',
        'our error', 'servicequalitat', 'servicemangel',
      ],
      de: [
        'schlechten service', '*verzug', 'lieferproblem*', 'lieferschwierigkeit*', 'qualitatsproblem*', 'serviceproblem*', 'supportproblem*',
        'systemproblem*', 'softwareproblem*', 'abrechnungsproblem*', 'rechnungsproblem*', 'montageproblem*', '*ausfall*', 'ausfalle',
        '*storung*', '*fehler', 'fehlerhaft*', 'qualitatsmangel*', 'falsche rechnung*', 'rechnungsfehler',
        '*rechnungen falsch', 'falsch abgerechnet', 'keine ruckmeldung von uns', 'nie geantwortet',
        'nicht zuruckgerufen', 'verargert', 'enttauscht', 'vertrauen verloren', 'vertrauensverlust', 'gescheitert',
        'vernachlassigt', 'ansprechpartner gewechselt', 'schlechte betreuung', 'unser fehler', 'lieferverzogerung*',
        '*verzogerung*', 'eskalier*', 'doppelte rechnung', 'ohne antwort', 'keiner kummert', 'lief nicht',
        'produktionsstillstand', 'falsch geliefert', 'falsche ware',
      ],
      fr: [
        'livraisons en retard', 'bug', 'bugs', 'buggy', 'bugged', 'defectueu*', 'factur* erron*', 'erreurs de facturation',
        'probleme de qualite', 'problemes de qualite', 'qualite insuffisante', 'decu*', 'perte de confiance',
        'mise en place ratee', 'manque de suivi', 'delais non respectes', 'plantage*', 'laisse tomber',
        'personne ne a repris', 'ne a repris', 'facture erronee', 'factures erronees', 'erronee*', 'erronne*',
      ],
      es: [
        'reclam*', 'retraso*', 'atraso*', 'demora*', 'entregas tarde', 'llegaron tarde', 'caida*', 'errores',
        'defecto*', 'defectuos*', 'problemas de calidad', 'facturacion', 'facturas incorrectas',
        'factura incorrecta', 'cobros incorrectos', 'cobro duplicado', 'nadie contesto', 'nunca respondimos',
        'molest*', 'perdimos la confianza', 'implementacion fallida', 'incumpl*', 'decepcion*', 'factur* mal',
        'mal factur*', 'cobr* mal', 'cobramos de mas', 'nos equivocamos', 'equivoc*', 'mala configuracion',
      ],
      pt: [
        'servico ruim', 'reclamacao', 'reclamacoes', 'atrasad*', 'entregas atrasadas', 'erro', 'erros',
        'problema de qualidade', 'problemas de qualidade', 'qualidade ruim', 'faturamento', 'faturas erradas',
        'cobranca errada', 'cobrancas erradas', 'cobranca indevida', 'ninguem respondeu', 'ninguem retornou',
        'nunca retornamos', 'chatead*', 'perdemos a confianca', 'fora do ar', 'instabilidade*', 'indisponibilidade',
        'quebra de sla', 'decepcionad*', 'fatur* errad*', 'cobr* errad*', 'erramos', 'nosso erro', 'falha nossa',
        'abandonad*',
      ],
    },
  },
];

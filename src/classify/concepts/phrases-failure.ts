import type { ConceptSpec } from './types';

/**
 * Step I, unintentionally pushed away: named phrases as reps write them (picklist values, set phrases), in the five languages.
 * They carry the concept without describing who did what; the structured forms live next to them.
 */
export const FAILURE_PHRASES: ConceptSpec[] = [
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
        'missed pickup*', 'missed pick up*', 'no show', 'no show', 'wrong configuration', 'misconfigur*',
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
  {
    concept: 'failure_short',
    weight: 0.4,
    forms: {
      en: [
        'issues', 'problems', 'problem', 'issue', 'probleme*', 'problema*',
      ],
    },
  },
  {
    concept: 'failure_short',
    weight: 1.0,
    forms: {
      en: [
        'service', 'servicing', 'quality', 'qualitat', 'qualite', 'calidad', 'qualidade', 'servicio', 'servico',
        'tickets', 'ticket', 'slow', 'support team', 'invoic*', 'onboarding', 'deploiement', 'mauvais*', 'grave',
        'chamados', 'weeks without', 'caia', 'sistema caia', 'billing', 'shipment*', 'livraison*', 'entrega*', 'csm',
        'experience', 'ansprechpartner',
        'support', 'delivery', 'deliveries', 'soporte', 'suporte', 'kundenservice', 'sav', 'lieferung', 'livraison',
        'entrega', 'entregas', 'facturacion', 'faturamento', 'relationship', 'relation', 'beziehung', 'relacion',
        'relacionamento',
      ],
      de: [
        'lieferung*',
      ],
      fr: [
        'implementation', 'migration',
      ],
      es: [
        'implementacion', 'semanas sin respuesta', 'se canso',
      ],
      pt: [
        'implantacao', 'semanas sem resposta', 'dias sem resposta',
      ],
    },
  },
];

import type { ConceptSpec } from './types';

/**
 * Step I, unintentionally pushed away: our failure or negligence. The clause's subject decides:
 * "our trucks turned up late" counts, "their dock was a mess" or "the rival's proofs look muddy" do not.
 */
export const FAILURE_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: [
        'late', 'delivered late', 'arrived late', 'turned up late', 'ran late', 'late deliver*', 'late shipment*', 'delay*',
        'missed', 'miss', 'misses', 'missing', 'no show*', 'did not show', 'did not turn up', 'never turned up',
        'failed to', 'fail*', 'outage*', 'went down', 'was down', 'were down', 'down for', 'downtime', 'offline', 'crash*',
        'broke', 'broken', 'breakdown', 'broke down', 'error*', 'mistake*', 'wrong', 'botch*', 'messed up', 'mix up',
        'mixup', 'forgot', 'forgot to', 'lapsed', 'expired', 'left open', 'left behind', 'stockout*', 'stock out*',
        'backorder*', 'back order*', 'out of stock', 'short ship*', 'shorted', 'incomplete', 'defect*', 'contaminat*',
        'damaged', 'quality complaint*', 'quality issue*', 'quality problem*', 'bug', 'bugs', 'buggy', 'never went live',
        'stalled', 'never trained', 'never staffed', 'never issued', 'never booked', 'never delivered', 'not delivered',
        'did not deliver', 'ran dry', 'run dry', 'slipped', 'slipping', 'double booked', 'overheat*', 'leak*', 'spoil*',
        'ruined', 'burned', 'data loss', 'lost a week', 'sla breach*', 'breached', 'breach', 'recall notice',
        'did not transmit', 'failed to transmit', 'unchecked', 'not checked', 'not tested', 'sat idle', 'stood still',
        'went out late', 'weakened', 'ill', 'sick', 'theft', 'robbed', 'overflowing', 'embarrass*', 'outdated', 'out of date',
        'old version', 'wrong version', 'old file', 'obsolete',
      
        'dropped the ball', 'we dropped', 'we failed', 'failed them', 'we let them down', 'let them down', 'slow to respond', 'slow response', 'response times', 'sla miss*', 'missed sla', 'missed the sla', 'missed slas', 'service outage', 'system outage', 'went offline', 'bug*', 'product failure*', 'product issue*', 'quality defect*', 'recall*', 'breakdown*', 'failed to deliver', 'short shipment*', 'short shipped', 'wrong item*', 'wrong part*', 'wrong product', 'mis pick*', 'mispick*', 'damaged goods', 'damaged in transit', 'lost shipment', 'lost the shipment', 'invoicing mistake*', 'double billed', 'double charged', 'billing mess', 'implementation failed', 'implementation delayed', 'implementation overran', 'go live slipped', 'go live delayed', 'project overran', 'overran', 'overpromised', 'over promised', 'underdelivered', 'under delivered', 'poor communication', 'no communication', 'no one returned', 'nobody returned', 'understaffed', 'short staffed', 'data breach', 'security breach', 'security incident', 'data leak', 'leaked', 'lost their data', 'lost data', 'injur*', 'accident', 'safety incident', 'spoiled', 'contaminated', 'missed deadline*', 'missed the deadline', 'missed the launch', 'disaster', 'fiasco', 'misdeliver*', 'delivered to the wrong', 'did not show up', 'cancelled visits', 'cancelled appointments', 'missed appointment*', 'missed visit*', 'missed collection*', 'missed pickup*', 'overlooked', 'error in', 'errors in', 'mistake on our side', 'our mistake', 'our error', 'our fault', 'on our side', 'trust was broken', 'broke their trust', 'lost confidence', 'lost faith', 'lost trust', 'kept slipping', 'delays', 'late again', 'always late', 'chronically late', 'unreliable', 'inconsistent', 'poor workmanship', 'shoddy', 'sloppy', 'careless', 'negligent', 'negligence',
        'went wrong', 'went badly', 'went sideways', 'over budget project',
        'we botched', 'we screwed up', 'screwed up', 'quality escape*', 'ncr', 'ncrs', 'non conformance*', 'nonconformance*', 'rejected lots', 'rma', 'rmas', 'defect rate', 'ppm', 'sla penalt*', 'penalties', 'backlog', 'tickets piling', 'piling up', 'too slow', 'sluggish', 'lagging', 'freez*', 'instabilit*', 'glitch*', 'down again', 'kept breaking', 'keeps breaking', 'kept crashing', 'flaky', 'missed shipments', 'wrong lot', 'mislabel*', 'labelling error*', 'labeling error*', 'allergen', 'cold chain', 'temperature excursion', 'breakage', 'broken items', 'we ghosted them', 'went cold on our side', 'account went cold', 'no qbrs', 'no check ins', 'new csm every', 'csm turnover', 'rep turnover', 'staff turnover', 'high turnover', 'no one picked up', 'never picked up', 'phones unanswered', 'missed calls', 'wait times', 'long waits', 'hold times', 'no shows', 'behind schedule', 'delayed again', 'still not fixed', 'never fixed', 'not fixed', 'unresolved', 'open tickets', 'tickets open',
        'never showed', 'never showed up', 'failed to show',],
      de: [
        'verspat*', 'zu spat', 'spat', 'verzoger*', 'lieferverzug', 'ausgefallen', 'ausfall*', 'fehler*', 'falsch*',
        'nicht richtig', 'stillstand', 'bandstillstand', 'nicht gepruft', 'mangel*', 'kaputt', 'defekt*', 'storung*',
        'panne', 'vergessen', 'nicht geliefert', 'fehllieferung*', 'qualitatsproblem*', 'hinuber', 'verdorben',
        'unbrauchbar', 'nicht funktioniert', 'abgesturzt',
      
        'verbockt', 'unser fehler', 'wir haben versagt', 'verspatet*', 'reklamation*', 'mangel', 'mangelhaft', 'schlechte qualitat', 'qualitatsmangel', 'falsch geliefert', 'falsche ware', 'beschadigt', 'beschadigte ware', 'nicht erschienen', 'termin verpasst', 'termine verpasst', 'implementierung gescheitert', 'projekt verzogert', 'datenverlust', 'sicherheitsvorfall', 'unfall', 'verletzt', 'abgelaufen', 'schlampig', 'fahrlassig', 'unzuverlassig', 'vertrauen verloren',
        'ging schief', 'schiefgelaufen', 'lief schief',
        'reklamationen', 'ruckstand', 'fehlerquote', 'ausschuss', 'storungen', 'instabil', 'hangt', 'falsch etikettiert', 'kuhlkette', 'bruch', 'lange wartezeiten', 'nicht behoben', 'ungelost', 'offene tickets',
        'verpasst', 'versaumt', 'verschlampt', 'nicht eingehalten', 'nicht gehalten',],
      fr: [
        'retard*', 'en retard', 'erreur*', 'panne*', 'mal passe*', 'oubli*', 'defaut*', 'defectu*', 'non traite*',
        'manquant*', 'rupture*', 'incident*', 'probleme* de qualite', 'non livre*', 'abime*', 'endommage*', 'echec',
        'tombe en panne', 'sans prevenir', 'perdu une semaine', 'mauvais',
      
        'on a failli', 'notre erreur', 'notre faute', 'retards', 'livraison en retard', 'livraisons en retard', 'defaut de qualite', 'non conforme*', 'mauvaise livraison', 'marchandise abimee', 'rendez vous manque*', 'oublie*', 'projet en retard', 'perte de donnees', 'faille de securite', 'blesse*', 'perime*', 'pas fiable', 'perte de confiance', 'confiance perdue',
        'migration ratee', 'migration rate', 'livraison ratee', 'installation ratee', 'ratee', 'ratees', 'a rate', 'ont rate', 'avons rate',
        'reclamations', 'retours', 'rebuts', 'non conformite*', 'penalites', 'plantages', 'instable', 'ne marche pas', 'mal etiquete*', 'chaine du froid', 'casse', 'attente interminable', 'pas resolu', 'non resolu', 'tickets ouverts',
        'pas venus', 'ne sont pas venus', 'pas presente*',],
      es: [
        'retras*', 'tarde', 'error*', 'fallo*', 'falla*', 'caida', 'se cayo', 'averia*', 'incidencia*', 'no resolvimos',
        'sin resolver', 'equivocad*', 'incomplet*', 'roto', 'rota', 'defect*', 'danad*', 'perdida de datos', 'no llego',
        'no llegaron', 'dejo abierta', 'robo', 'robar', 'nos equivocamos', 'nos confundimos',
      
        'fallamos', 'nuestro error', 'nuestra culpa', 'retrasos', 'entrega tarde', 'entregas tarde', 'defecto de calidad', 'mala calidad', 'pedido equivocado', 'mercancia danada', 'no se presento', 'cita perdida', 'olvidamos', 'proyecto retrasado', 'brecha de seguridad', 'accidente', 'herido*', 'caducad*', 'negligencia', 'poco fiable', 'perdieron la confianza', 'perdio la confianza',
        'salio mal', 'salieron mal', 'fue mal', 'caidas', 'demasiadas caidas',
        'reclamaciones', 'devoluciones', 'rechazos', 'no conformidad*', 'penalizaciones', 'se cuelga', 'inestable', 'mal etiquetad*', 'cadena de frio', 'roturas', 'esperas largas', 'no resuelto', 'tickets abiertos',
        'no aparecieron', 'no se presentaron', 'no vinieron',],
      pt: [
        'atras*', 'atrasamos', 'erro*', 'falha*', 'caiu', 'quebr*', 'trocad*', 'travou', 'sem solucao', 'nao resolvid*',
        'defeito*', 'incomplet*', 'danificad*', 'errad*', 'nao entregue', 'nao chegou', 'as pressas',
      
        'falhamos', 'nosso erro', 'nossa culpa', 'atrasos', 'entrega atrasada', 'entregas atrasadas', 'defeito de qualidade', 'ma qualidade', 'pedido errado', 'mercadoria danificada', 'nao compareceu', 'visita perdida', 'esquecemos', 'projeto atrasado', 'perda de dados', 'falha de seguranca', 'acidente', 'ferido*', 'vencid*', 'pouco confiavel', 'perderam a confianca', 'perdeu a confianca',
        'deu errado', 'deu problema', 'quedas', 'muitas quedas', 'queda do sistema', 'fora do ar',
        'reclamacoes', 'devolucoes', 'rejeicoes', 'nao conformidade*', 'multas', 'trava', 'travando', 'instavel', 'etiquetad* errad*', 'cadeia de frio', 'quebras', 'espera longa', 'sem resolucao', 'nao resolvido', 'chamados abertos',
        'nao apareceram', 'nao compareceram', 'nao vieram',],
    },
  },
  {
    concept: 'neglect',
    weight: 2.2,
    forms: {
      en: [
        'nobody was reassigned', 'nobody reassigned', 'nobody picked up', 'nobody called', 'no one called', 'nobody followed up',
        'never heard back', 'felt forgotten', 'forgotten', 'orphaned', 'neglect*', 'no qbr', 'never visited', 'did not visit',
        'none of them visited', 'nobody visited', 'no one visited', 'changed three times', 'changed _ times', 'turnover',
        'started from scratch', 'stretched thin', 'rescheduled', 'never followed up', 'no follow up', 'unanswered',
        'went unanswered', 'never answered', 'did not answer', 'not answered', 'ignored', 'sat for days', 'sat for weeks',
        'open for weeks', 'open for months', 'did not respond', 'did not return', 'unreachable', 'could not reach',
        'on hold with our', 'never called back', 'abandoned', 'went quiet on them', 'nobody told', 'no one told',
        'without telling', 'never told them', 'status page', 'nobody on our side told', 'took days to', 'took weeks to',
        'nobody knew', 'no one knew', 'account manager changed', 'changes of account manager', 'new account manager every',
      
        'no follow through', 'nobody followed through', 'no one checked in', 'nobody checked in', 'never checked in', 'never heard from us', 'did not hear from us', 'went months without', 'months without a visit', 'no visits', 'no contact from us', 'we went quiet', 'we went silent', 'fell through the cracks', 'dropped off our radar', 'ignored their', 'ignored them', 'left them hanging', 'left hanging', 'no account manager', 'no dedicated', 'revolving door', 'kept changing', 'third account manager', 'new rep every', 'reps kept changing', 'no one owned', 'nobody owned', 'no owner', 'orphan*', 'underserved', 'neglected',
        'unresponsive', 'not responsive', 'slow to respond', 'never responded',
        'stopped responding', 'stopped replying', 'not responding', 'no reply', 'no response', 'never replied', 'not replied', 'has not replied', 'no answer', 'no response from', 'no callback', 'no call back',],
      de: [
        'vernachlassig*', 'keine betreuung', 'nie besucht', 'nicht besucht', 'kein ansprechpartner', 'unbeantwortet',
        'nicht reagiert', 'ignoriert', 'nicht erreichbar', 'niemand zustandig', 'im stich gelassen', 'niemand kannte',
        'wechsel* ~ ansprechpartner', 'tage ~ fur eine antwort',
      
        'nie gemeldet', 'nicht gemeldet', 'nicht zuruckgerufen', 'keiner hat sich gekummert', 'niemand hat sich gekummert', 'ansprechpartner ~ gewechselt', 'standig neue ansprechpartner', 'vernachlassigt',
        'niemand ~ gekummert', 'keiner ~ gekummert', 'kummerte sich niemand', 'niemand mehr gemeldet',
        'keine ruckmeldung', 'keine antwort', 'meldet sich nicht', 'nicht geantwortet',
        'niemand ~ _ gekummert', 'keiner ~ _ gekummert',],
      fr: [
        'injoignable*', 'sans reponse', 'non traite*', 'delaisse*', 'neglige*', 'jamais rappele*', 'ignore*', 'abandonne*',
        'personne n a', 'personne ne connaissait', 'changement* d interlocuteur', 'jours pour repondre',
      
        'aucun suivi', 'pas de suivi', 'personne ne s est occupe', 'laisse* tomber', 'interlocuteur ~ change',
        'personne ~ rappele', 'personne ~ repondu', 'personne ~ visite',
        'ne repond plus', 'pas de reponse',],
      es: [
        'abandon*', 'descuid*', 'no respondimos', 'sin atender', 'ignorad*', 'nadie respondio', 'nadie atendio', 'desatendid*',
        'tard* ~ en responder', 'dias en responder', 'nadie conocia', 'cambio* de ejecutivo', 'cambio* de gerente',
      
        'sin seguimiento', 'nadie les llamo', 'nadie los atendio', 'los dejamos', 'abandonad*', 'descuidad*', 'cambiamos de ejecutivo',
        'nadie ~ atendio', 'nadie ~ respondio', 'nadie ~ llamo', 'nadie ~ visito',
        'no responde', 'no contesta', 'sin respuesta', 'no respondio',
        'nadie ~ _ atendio', 'nadie ~ _ respondio', 'nadie ~ _ llamo',],
      pt: [
        'sumiu', 'abandon*', 'ninguem', 'descas*', 'ignorad*', 'sem atendimento', 'sem resposta nossa', 'nao atendemos',
        'demorava*', 'demorou ~ para responder', 'ninguem conhecia', 'troca* de gerente',
      
        'sem acompanhamento', 'ninguem ligou', 'ninguem atendeu', 'deixamos de visitar', 'trocamos de gerente',
        'ninguem ~ retornou', 'ninguem ~ atendeu', 'ninguem ~ visitou', 'ninguem ~ ligou',
        'sem resposta', 'parou de responder', 'nao respondeu', 'nao responde', 'nao deu retorno', 'sem retorno',
        'ninguem ~ _ retornou', 'ninguem ~ _ atendeu',],
    },
  },
  {
    concept: 'make_good',
    weight: 1.6,
    negatable: false,
    forms: {
      en: [
        'at our cost', 'at our expense', 'we reprinted', 'we redid', 'we re did', 'free of charge', 'credit issued', 'we credited',
        'credited them', 'refunded', 'we refunded', 'apologis*', 'apologiz*', 'covered the bank fees', 'covered the cost',
        'paid the claim', 'our insurance', 'we offered a free', 'offered a free', 'make good', 'goodwill credit',
        'take that risk', 'risk it again', 'would not risk', 'that risk again', 'could not forgive', 'did not forgive',
      ],
      de: ['auf unsere kosten', 'entschuldigt', 'gutschrift', 'kulanz*', 'unsere versicherung', 'kostenlos nachgeliefert', 'nicht verziehen'],
      fr: ['a nos frais', 'offert la prestation', 'on a offert', 'nous avons offert', 'excuses', 'geste commercial', 'avoir emis', 'pardonne'],
      es: ['a nuestro cargo', 'nos disculpamos', 'pedimos disculpas', 'reembols*', 'nuestro seguro', 'sin costo', 'perdonaron'],
      pt: ['por nossa conta', 'pedimos desculpas', 'reembols*', 'nosso seguro', 'sem custo', 'perdoaram', 'perdoou'],
    },
  },
  {
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: ['@escalate ~ no response', '@escalate ~ no reply', '@escalate ~ no answer', '@escalate ~ unanswered', '@escalate ~ ignored', '@escalate ~ without response'],
      de: ['@escalate ~ keine antwort', '@escalate ~ keine reaktion', '@escalate ~ unbeantwortet'],
      fr: ['@escalate ~ sans reponse', '@escalate ~ pas de reponse'],
      es: ['@escalate ~ sin respuesta', '@escalate ~ no respondimos'],
      pt: ['@escalate ~ sem resposta', '@escalate ~ nao respondemos'],
    },
  },
  {
    concept: 'broken_promise',
    weight: 2.3,
    forms: {
      en: ['promised', 'promise', 'kept promising', 'never kept', 'despite promise', 'despite our promise', 'we had confirmed', 'committed to', 'broken promise'],
      de: ['versprochen', 'zugesagt', 'zusage', 'nicht eingehalten'],
      fr: ['promis', 'promesse*', 'engagement non tenu', 'pas tenu'],
      es: ['prometido', 'prometimos', 'promesa*', 'no cumplimos', 'incumpli*'],
      pt: ['prometido', 'prometemos', 'promessa*', 'nao cumprimos', 'descumpri*'],
    },
  },
  {
    concept: 'poor_service',
    weight: 2.0,
    forms: {
      en: [
        'poor service', 'bad service', 'poor support', 'bad support', 'service issue*', 'service problem*', 'support issue*',
        'unhappy with', 'dissatisf*', 'not happy with', 'frustrat*', 'complain*', 'had enough', 'fed up', 'lost patience',
        'lost faith', 'stopped believing', 'service slipped', 'quality dropped', 'quality declined', 'worse', 'unhappy',
        'poor quality', 'bad quality', 'low quality', 'shelfware', 'let them down', 'disappointed', 'if we had', 'if our ~ had', 'had we', 'if only we', 'if our ~ had been',
        'because of the service', 'due to the service', 'because of support', 'on us', 'our fault', 'our bad', 'that one is on us', 'we dropped the ball',
      ],
      de: ['wenn wir', 'wenn unser*', 'wegen des service', 'schlechter service', 'schlechter support', 'unzufrieden*', 'beschwerde*', 'reklamation*', 'schlechte qualitat', 'genervt', 'satt'],
      fr: ['si nous avions', 'si notre', 'si nos', 'a cause du service', 'mauvais service', 'insatisf*', 'mecontent*', 'plainte*', 'reclamation*', 'mauvaise qualite', 'excede*', 'litige*'],
      es: ['si hubieramos', 'si nuestro', 'si nuestra', 'por la atencion', 'por el servicio', 'mal servicio', 'mala atencion', 'insatisfech*', 'quej*', 'reclamo*', 'harto', 'harta', 'mala calidad', 'descontent*'],
      pt: ['se tivessemos', 'se nosso', 'se nossa', 'pelo atendimento', 'por causa do atendimento', 'atendimento ruim', 'mau atendimento', 'pessimo', 'insatisfeit*', 'reclamac*', 'queixa*', 'cansou', 'cansad*', 'ma qualidade'],
    },
  },
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: ['rude', 'swore', 'yelled', 'shouted', 'screamed', 'insult*', 'disrespectful', 'unprofessional', 'offensive', 'humiliat*', 'harass*', 'abus*', 'shoved', 'threat*', 'bully*', 'aggressive'],
      de: ['unfreundlich', 'beleidig*', 'angeschrien', 'angebrullt', 'beschimpf*', 'respektlos*', 'bedroh*', 'belastig*'],
      fr: ['impoli*', 'grossier*', 'insult*', 'humili*', 'menace*', 'agress*', 'irrespectu*', 'hurle*', 'harcel*'],
      es: ['maleducad*', 'groser*', 'insult*', 'humill*', 'amenaz*', 'agresiv*', 'acos*', 'grit*', 'falta de respeto'],
      pt: ['grosseir*', 'mal educad*', 'humilh*', 'ameac*', 'agressiv*', 'assedi*', 'insult*', 'desrespeit*', 'grit*'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'billing error*', 'billing issue*', 'billing dispute*', 'billing problem*', 'invoice error*', 'invoicing error*',
        'wrong invoice*', 'incorrect invoice*', 'wrong rates', 'wrong contract rates', 'overbill*', 'overcharg*',
        'double charg*', 'charged twice', 'charged them', 'charging them', 'billed twice', 'applied twice', 'credit note*',
        'refund took', 'double billing', 'our billing', 'our invoices', 'our bills', 'wrong tier',
      ],
      de: ['rechnungsfehler*', 'falsche* rechnung*', 'doppelt berechnet', 'fehlerhafte* rechnung*', 'abrechnungsfehler*', 'gutschrift*'],
      fr: ['erreur* de facturation', 'litige* de facturation', 'facture* erronee*', 'surfactur*', 'facture* deux fois', 'appliquee deux fois', 'avoir*'],
      es: ['errores de facturacion', 'error* de factura*', 'cobro* indebido*', 'cobr* de mas', 'factura* erronea*', 'doble cobro'],
      pt: ['erro* de faturamento', 'erro* de cobranca', 'cobranca* indevida*', 'cobr* a mais', 'fatura* errada*', 'cobranca duplicada'],
    },
  },
];

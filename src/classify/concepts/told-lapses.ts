import type { ConceptSpec } from './types';

/**
 * Step I, our failures told as what happened: a rude technician ("destratou a enfermeira"), a site left
 * without a technician for weeks, no sales visit since January, a reagent that arrived at room
 * temperature, invoices with the wrong VAT three times in a row, a duplicate charge month after month,
 * "took eleven days to answer". Who acted is still read from the clause (read-actors.ts).
 */
export const TOLD_LAPSE_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: ['was rude', 'rude to', 'yelled at', 'shouted at', 'snapped at', 'talked down to', 'condescending', 'disrespectful', 'swore at'],
      de: ['unhoflich*', 'unfreundlich*', 'respektlos*', 'pampig', 'patzig', 'angeschnauzt', 'angeschrien', 'herablassend'],
      fr: ['impoli*', 'grossier*', 'irrespectueu*', 'a crie sur', 'mal parle', 'hautain', 'condescendant'],
      es: ['grosero', 'grosera', 'falto al respeto', 'falta de respeto', 'le grito', 'prepotente', 'mal trato', 'trato grosero'],
      pt: ['destrat*', 'grosseir*', 'mal educad*', 'desrespeit*', 'gritou com', 'foi grosso', 'foi grossa'],
    },
  },
  {
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: [
        'left them without', 'left the site without', 'left the plant without', 'without a technician', 'without our technician',
        'no one showed', 'nobody showed', 'never showed up', 'no visit', 'no visits', 'had not visited', 'did not visit',
        'had not been out', 'stopped visiting', 'stopped calling', 'dropped the ball', 'fell through the cracks', 'went unanswered',
        'left unattended', 'no account manager', 'without an account manager', 'no named contact', 'no fixed contact',
        'different person every time', 'different person each time', 'a new person every time', 'start from scratch',
        'explain ~ from scratch', 'tickets bounced', 'bounced between', 'bounced around', 'without anyone owning', 'nobody owned',
        'no one owned',
      ],
      de: [
        'nicht mehr beim', 'nicht mehr besucht', 'kein besuch', 'keine besuche', 'nie besucht', 'nicht besucht', 'ohne techniker',
        'nicht zuruckgerufen', 'nicht gekummert', 'links liegen', 'abgeschrieben', 'liegen gelassen', 'keiner von uns',
        'keinen festen ansprechpartner', 'kein fester ansprechpartner', 'ohne ansprechpartner', 'jedes mal ein anderer', 'von vorne erklaren',
        'liegengeblieben*', 'liegen geblieben*',
      ],
      fr: [
        'sans technicien', 'sans nouvelles de nous', 'pas de visite', 'plus de visite', 'jamais venu*', 'pas rappele*',
        'laisse* sans', 'on a oublie', 'avons oublie', 'delaiss*', 'personne de chez nous', 'sans interlocuteur',
        'a chaque fois un interlocuteur different', 'tout reexpliquer', 'depuis le debut a chaque',
      ],
      es: [
        'dejamos ~ sin', 'dejamos de atender', 'dejamos de visitar', 'dejamos de llamar', 'sin tecnico', 'sin visitas',
        'nadie fue', 'no fuimos', 'no los visitamos', 'no devolvimos', 'olvidamos', 'desatend*', 'nadie de nosotros',
        'sin interlocutor', '@staff distinto', 'una persona distinta', 'alguien distinto', 'desde cero',
      ],
      pt: [
        'deixamos ~ sem', 'deixamos de atender', 'deixamos de visitar', 'deixamos de ligar', 'deixamos de responder', 'sem tecnico',
        'sem visita*', 'ninguem foi', 'nao fomos', 'nao visitamos', 'nao retornamos', 'esquecemos', 'desassistid*', 'largad*',
        'sem interlocutor', 'uma pessoa diferente', 'alguem diferente', 'do zero',
      ],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: [
        'arrived warm', 'arrived thawed', 'at room temperature', 'temperature excursion', 'broke the cold chain', 'lot lost',
        'batch lost', 'spoiled', 'spoilt', 'contaminated', 'mislabel*', 'mis shipped', 'misshipped', 'short shipped', 'off spec',
        'out of spec', 'wrong spec', 'took ~ days to answer', 'took ~ days to respond', 'took ~ days to reply', 'took ~ weeks to',
        'never fixed', 'did not fix', 'outside the agreed hours', 'outside the delivery window', 'missed the window',
        'arrived without', 'delivered without', 'shipped without', 'came without', 'not renewed in time', 'missed the deadline',
        // Our duty, done too late: "we did not renew it in time", "didn't file the paperwork in time".
        'we did not renew in time', 'we did not renew ~ in time', 'did not renew in time', 'did not renew ~ in time', 'did not file ~ in time', 'did not submit ~ in time',
        'missed the renewal', 'let ~ lapse', 'let ~ expire', 'tickets waited', 'sat for ~ days', 'conduct of our', 'behaviour of our',
        'behavior of our', 'went down', 'kept breaking down', 'broke down', 'false alarm*', 'false positive*', 'left ~ overnight',
        'left it out', 'left outside', 'unheated', 'unrefrigerated', 'not to code', 'not up to code', 'failed inspection',
        'failed the inspection', 'left at the roadside', 'left stranded', 'never there when', 'we misprinted', 'misprint*',
        'printed the wrong', 'quality probs', 'quality prob', 'qc issues', 'qa issues', 'probs w',
      ],
      de: [
        'falsche ware', 'falsche teile', 'falsches material', 'falsche lieferung', 'falsch geliefert', 'kuhlkette', 'aufgetaut',
        'verdorben', 'verunreinigt', 'falsch etikettiert', 'tage gebraucht', 'wochen gebraucht', 'nicht behoben',
        'lag es an uns', 'lag an uns', 'unsere schuld', 'unser fehler', 'fehlalarm*', 'falsch gedruckt', 'haben ~ falsch', 'ausserhalb des zeitfensters', 'nicht im zeitfenster', 'geliefert ohne', 'ohne gultig*', 'stehen geblieben',
        'stehengeblieben', 'erst am nachsten tag', 'frist versaumt', 'verstreichen lassen', 'unterbesetzt',
        'nicht rechtzeitig verlangert', 'nicht rechtzeitig erneuert', 'nicht rechtzeitig eingereicht',
      ],
      fr: [
        'temperature ambiante', 'temp ambiante', 'chaine du froid', 'lot perdu', 'lots perdus', 'marchandise perdue', 'perime*',
        'contamine*', 'mal etiquete*', 'mauvaise reference', 'mauvaises pieces', 'hors specification', 'non conforme*',
        'mis ~ jours a repondre', 'mis ~ semaines a', 'jamais repare', 'hors creneau', 'en dehors des horaires',
        'livre* sans', 'arrive* sans', 'pas ete renouvele* a temps', 'pas renouvele ~ a temps', 'pas renouvele* a temps', 'nous ne avons pas renouvele ~ a temps', 'on ne a pas renouvele ~ a temps', 'laisse expirer', 'delai manque', 'attendait ~ jours',
        'attendaient ~ jours', 'est tombe', 'sont tombes', 'fausses alertes', 'fausse alerte', 'pas remis ~ en service',
        'reste sans chauffage', 'pas aux normes', 'avons mal', 'on a mal', 'mal imprime*',
      ],
      es: [
        'temperatura ambiente', 'cadena de frio', 'lote perdido', 'mercancia perdida', 'caducad*', 'contaminad*', 'mal etiquetad*',
        'referencia equivocada', 'piezas equivocadas', 'fuera de especificacion', 'no conforme', 'tardo ~ dias en', 'tardamos ~ dias',
        'tardo ~ semanas en', 'nunca lo arreglamos', 'llego fuera de horario', 'llegaba fuera de horario', 'fuera del horario pactado', 'llego sin', 'llegaron sin',
        'entregad* sin', 'dejamos caducar', 'no renovamos ~ a tiempo', 'no renovamos a tiempo', 'no se renovo a tiempo', 'plazo vencido', 'no cumplimos', 'prometiamos y no', 'falsas alarmas', 'falsa alarma',
        '*amos mal', '*imos mal', 'se nos paso', 'estuvo caido', 'estuvo caida', 'se cayo el', 'sistema caido',
      ],
      pt: [
        'temperatura ambiente', 'cadeia de frio', 'lote perdido', 'carga perdida', 'vencid*', 'contaminad*', 'etiqueta errada',
        'rotulo errado', 'pecas erradas', 'peca errada', 'fora de especificacao', 'nao conforme', 'levou ~ dias para',
        'levamos ~ dias', 'demorou ~ dias', 'demoramos ~ dias', 'nunca resolvemos', 'chegava fora do horario', 'chegou fora do horario', 'fora do horario combinado', 'entregue fora do prazo',
        'chegou sem', 'chegaram sem', 'entregue* sem', 'deixamos vencer', 'nao renovamos ~ a tempo', 'nao renovamos a tempo', 'nao foi renovad* a tempo', 'faltou na', 'faltou a coleta', 'nao apareceu',
        'prometia e nao cumpria', 'nao cumpria', 'nao cumprimos', 'alarmes falsos', 'alarme falso', 'ficou fora do ar',
        'sistema caiu', 'esquecemos de', '*amos errado', '*emos errado', 'fizemos errado', 'mal feito',
      ],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'invoicing at', 'invoiced at the old', 'billed at the old', 'old price list', 'old list price', 'wrong vat', 'wrong tax',
        'overbilled', 'over billed', 'overcharged', 'double billed', 'double charged', 'duplicate charge*', 'duplicate invoice*',
        'billing mistake*', 'invoice errors',
      ],
      de: [
        'falsch abgerechnet', 'falsch berechnet', 'doppelt berechnet', 'doppelt abgebucht', 'doppelte rechnung*', 'rechnungsfehler',
        'falsche rechnung*', 'falsche mwst', 'zu viel berechnet',
      ],
      fr: [
        'mauvaise tva', 'factures erronees', 'facture erronee', 'facture en double', 'double facturation', 'surfactur*',
        'trop facture*', 'erreur* de facturation', 'ancien tarif',
      ],
      es: [
        'iva equivocado', 'iva incorrecto', 'factura* erronea*', 'factura* duplicada*', 'cobros duplicados', 'cobro duplicado',
        'doble cobro', 'sobrefactur*', 'cobramos de mas', 'facturamos de mas', 'facturado de mas', 'facturamos mal', 'error* de facturacion', 'tarifa antigua',
      ],
      pt: [
        'imposto errado', 'fatura* errada*', 'nota* errada*', 'boleto* errado*', 'cobranca* duplicada*', 'cobranca* indevida*',
        'cobramos a mais', 'cobrado a mais', 'erro* de faturamento', 'tabela antiga',
      ],
    },
  },
];

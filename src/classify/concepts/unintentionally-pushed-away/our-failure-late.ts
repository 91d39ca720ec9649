import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): our failure, told, not named: our work late, dragged, put off or never done in time. */
export const OUR_FAILURE_LATE: ConceptSpec[] = [
  {
    // Our work dragged, stalled or took us too long.
    concept: 'our_failure',
    weight: 2.2,
    forms: {
      en: [
        'dragged on', 'dragged', 'still not live', 'not live yet', 
        'we took weeks', 'we took months', 'took us months', 'took us days',
        'fumbled', 'bungled', 'mishandled', 'we fumbled', 'we mishandled', 'we forgot',
        'wrong product*', 'wrong reference',
      ],
      de: ['zog sich', 'immer noch nicht live', 'nie live', 'wir brauchten wochen', 'wir brauchten tage', 'vermasselt', 'verpatzt', 'wir haben vergessen', 'falsche teil*', 'falsches teil', 'falsche artikel'],
      fr: ['trainait', 'traine pendant', 'toujours pas en production', 'nous avons mis', 'on a mis', 'foire', 'bacle', 'baclee', 'nous avons oublie', 'on a oublie', 'mauvaise piece', 'mauvais produit', 'mauvais article'],
      es: ['tardamos', 'se alargo', 'se alargaron', 'sigue sin funcionar', 'cortes del servicio', 'cortes de servicio', 'metimos la pata', 'la fastidiamos', 'se nos olvido', 'nos olvidamos', 'producto equivocado', 'pieza equivocada'],
      pt: ['demoramos', 'se arrastou', 'nunca entrou no ar', 'ainda nao esta no ar', 'quedas do sistema', 'quedas de servico', 'pisamos na bola', 'fizemos besteira', 'nos esquecemos', 'produto errado'],
    },
  },
  {
    // Our field work failed: late to an emergency, left half done, down for days with nobody answering.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['missed pickups', 'missed pick ups', 'only showed up after', 'only came after', 'half finished', 'left unfinished', 'left it unfinished', 'bricked', 'was down for', 'were down for'],
      de: ['kam erst nach', 'kamen erst nach', 'erst nach _ tagen', 'halb fertig', 'unfertig', 'nicht geraumt', 'nicht gestreut', '*unfall', 'fiel _ tage aus'],
      fr: ['seulement apres', 'a moitie fait', 'laisse en plan', 'inacheve*', 'en panne pendant'],
      es: ['a medias', 'sin terminar', 'inacabad*', 'solo vino despues', 'llego _ dias despues', 'caido _ dias'],
      pt: ['ficou fora', 'ninguem atendeu', 'ngm atendeu', 'ninguem respondeu', 'pela metade', 'derrubou', 'derrubaram'],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: [
        'arrived thawed', 'at room temperature', 'lot lost',
        'batch lost', 'spoilt', 'mis shipped', 'misshipped', 'off spec',
        'out of spec', 'wrong spec', 'took ~ days to answer', 'took ~ days to respond', 'took ~ days to reply', 'took ~ weeks to',
        'did not fix', 'outside the agreed hours', 'outside the delivery window', 
        'arrived without', 'delivered without', 'shipped without', 'came without', 'not renewed in time', 
        // Our duty, done too late: "we did not renew it in time", "didn't file the paperwork in time".
        'we did not renew in time', 'we did not renew ~ in time', 'did not renew in time', 'did not renew ~ in time', 'did not file ~ in time', 'did not submit ~ in time',
        'missed the renewal', 'let ~ lapse', 'let ~ expire', 'tickets waited', 'sat for ~ days', 'conduct of our', 'behaviour of our',
        'behavior of our', 'kept breaking down', 'false alarm*', 'false positive*', 'left ~ overnight',
        'left it out', 'left outside', 'unheated', 'unrefrigerated', 
        'left at the roadside', 'left stranded', 'never there when', 'we misprinted', 'misprint*',
        'printed the wrong', 'quality probs', 'quality prob', 'qc issues', 'qa issues', 'probs w',
      ],
      de: [
        'falsche teile', 'falsches material', 'falsche lieferung', 'aufgetaut',
        'verunreinigt', 'tage gebraucht', 'wochen gebraucht', 
        'lag es an uns', 'lag an uns', 'unsere schuld', 'fehlalarm*', 'haben ~ falsch', 'ausserhalb des zeitfensters', 'nicht im zeitfenster', 'geliefert ohne', 'ohne gultig*', 'stehen geblieben',
        'stehengeblieben', 'erst am nachsten tag', 'frist versaumt', 'verstreichen lassen', 'unterbesetzt',
        'nicht rechtzeitig verlangert', 'nicht rechtzeitig erneuert', 'nicht rechtzeitig eingereicht',
      ],
      fr: [
        'temperature ambiante', 'temp ambiante', 'lot perdu', 'lots perdus', 'marchandise perdue', 
        'contamine*', 'mauvaise reference', 'mauvaises pieces', 'hors specification', 
        'mis ~ jours a repondre', 'mis ~ semaines a', 'jamais repare', 'hors creneau', 'en dehors des horaires',
        'livre* sans', 'arrive* sans', 'pas ete renouvele* a temps', 'pas renouvele ~ a temps', 'pas renouvele* a temps', 'nous ne avons pas renouvele ~ a temps', 'on ne a pas renouvele ~ a temps', 'laisse expirer', 'delai manque', 'attendait ~ jours',
        'attendaient ~ jours', 'est tombe', 'sont tombes', 'fausses alertes', 'fausse alerte', 'pas remis ~ en service',
        'reste sans chauffage', 'pas aux normes', 'avons mal', 'on a mal', 
      ],
      es: [
        'temperatura ambiente', 'lote perdido', 'mercancia perdida', 'contaminad*', 
        'referencia equivocada', 'piezas equivocadas', 'fuera de especificacion', 'no conforme', 'tardo ~ dias en', 'tardamos ~ dias',
        'tardo ~ semanas en', 'nunca lo arreglamos', 'llego fuera de horario', 'llegaba fuera de horario', 'fuera del horario pactado', 'llego sin', 'llegaron sin',
        'entregad* sin', 'dejamos caducar', 'no renovamos ~ a tiempo', 'no renovamos a tiempo', 'no se renovo a tiempo', 'plazo vencido', 'no cumplimos', 'prometiamos y no', 'falsas alarmas', 'falsa alarma',
        '*amos mal', '*imos mal', 'se nos paso', 'estuvo caido', 'estuvo caida', 'se cayo el', 'sistema caido',
      ],
      pt: [
        'carga perdida', 'etiqueta errada',
        'rotulo errado', 'pecas erradas', 'peca errada', 'fora de especificacao', 'nao conforme', 'levou ~ dias para',
        'levamos ~ dias', 'demorou ~ dias', 'demoramos ~ dias', 'nunca resolvemos', 'chegava fora do horario', 'chegou fora do horario', 'fora do horario combinado', 'entregue fora do prazo',
        'chegou sem', 'chegaram sem', 'entregue* sem', 'deixamos vencer', 'nao renovamos ~ a tempo', 'nao renovamos a tempo', 'nao foi renovad* a tempo', 'faltou na', 'faltou a coleta', 'nao apareceu',
        'prometia e nao cumpria', 'nao cumpria', 'nao cumprimos', 'alarmes falsos', 'alarme falso', 'ficou fora do ar',
        'sistema caiu', 'esquecemos de', '*amos errado', '*emos errado', 'fizemos errado', 
      ],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.4,
    forms: {
      en: ['took us ~ days', 'took us weeks', 'no showed'],
      de: ['teilweise gepruft', 'nicht vollstandig gepruft', 'nur oberflachlich'],
      fr: ['a saute', 'avons saute', 'ont saute'],
      es: ['nos saltamos', 'saltamos', 'se salto', 'se saltaron', 'no pasaron las revisiones', 'no hicieron las revisiones', 'no hicieron el mantenimiento'],
      pt: ['pulamos', 'pulou', 'pularam', 'tecnicos diferentes', 'sem historico', 'nao fizeram as revisoes', 'nao fizeram a manutencao'],
    },
  },
  {
    // Down for weeks waiting on a part nobody ordered in time.
    concept: 'our_failure',
    weight: 2.3,
    negatable: false,
    forms: {
      en: ['did not order in time', 'not ordered in time', 'never ordered the part', 'waiting for a part', 'waiting on a part', 'waiting for parts', 'waiting on parts'],
      de: ['nicht rechtzeitig bestellt', 'auf ein ersatzteil gewartet', 'auf ersatzteile gewartet', 'warten auf ersatzteile', 'warteten auf ersatzteile'],
      fr: ['pas commande* a temps', 'en attente de piece*', 'attendait une piece', 'attente d une piece'],
      es: ['no pedimos a tiempo', 'no se pidio a tiempo', 'esperando la pieza', 'esperando repuesto*', 'esperando una pieza'],
      pt: ['nao pedimos a tempo', 'nao foi pedid* a tempo', 'esperando peca', 'esperando pecas', 'esperando uma peca'],
    },
  },
  {
    // A visit we called off at short notice.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['cancelled ~ at short notice', 'canceled ~ at short notice', 'called off ~ at short notice', 'cancelled ~ at the last minute', 'last minute cancellation*'],
      de: ['kurzfristig abgesagt', 'kurzfristig storniert', 'in letzter minute abgesagt'],
      fr: ['annule* au dernier moment', 'annule* a la derniere minute', 'decommande* au dernier moment'],
      es: ['cancelad* a ultima hora', 'cancelo ~ a ultima hora', 'cancelamos ~ a ultima hora'],
      pt: ['cancelad* em cima da hora', 'cancelou ~ em cima da hora', 'cancelamos ~ em cima da hora'],
    },
  },
  {
    // Visits dropped for want of staff, without telling them.
    concept: 'our_failure',
    weight: 2.3,
    negatable: false,
    forms: {
      en: ['without telling them', 'without warning them', 'did not warn them', 'never warned them'],
      de: ['personalmangel', 'mangels personal', 'ohne bescheid zu geben', 'ohne sie zu informieren'],
      fr: ['manque de personnel', 'faute de personnel', 'sans les prevenir'],
      es: ['falta de personal', 'no avisamos', 'sin avisar', 'sin avisarles'],
      pt: ['falta de pessoal', 'nao avisamos', 'sem avisar', 'sem avisa los'],
    },
  },
  {
    // A visit or job put off again and again.
    concept: 'our_failure',
    weight: 2.2,
    forms: {
      en: ['postponed ~ three times', 'postponed ~ twice', 'postponed again', 'rescheduled ~ three times', 'rescheduled ~ twice', 'put off again', 'put off ~ three times'],
      de: ['dreimal verschoben', 'immer wieder verschoben', 'erneut verschoben', 'wieder verschoben'],
      fr: ['reporte* ~ fois', 'reporte* a nouveau', 'encore reporte*', 'reporte* de notre cote'],
      es: ['aplazad* ~ veces', 'pospuest* ~ veces', 'aplazamos ~ veces', 'otra vez aplazad*', 'aplazad* de nuevo'],
      pt: ['adiad* ~ vezes', 'remarcad* ~ vezes', 'adiamos ~ vezes', 'adiad* de novo', 'adiad* outra vez'],
    },
  },
];

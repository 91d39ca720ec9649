import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Step I in longer stories (round 9, narrative), the rest of told-narrative.ts: a rival's service written into its
 * contract, our decisions and exits told as events, their acquisitions, moves and needs gone, price told by its
 * effect. Kept in told-narrative.ts's order (the lexicon reads the two one after the other).
 */
export const TOLD_NARRATIVE_CHANGE_CONCEPTS: ConceptSpec[] = [
  {
    // Moved far from where we serve.
    concept: 'relocated',
    weight: 2.3,
    forms: {
      en: ['far from our', 'far outside our', 'well outside our'],
      de: ['weit weg von unserem', 'weit ausserhalb unseres'],
      fr: ['loin de notre zone', 'loin de nos tournees', 'loin de notre secteur', 'a ete transfere* a', 'a ete transfere* en'],
      es: ['lejos de nuestra zona', 'lejos de nuestras rutas', 'fue trasladad* a', 'se traslado a otra'],
      pt: ['longe da nossa', 'longe das nossas', 'foi transferid* para', 'se mudou para outro estado'],
    },
  },
  {
    // A rival offering to run a whole part of their operation.
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['offered to manage their', 'offered to run their', 'offers to manage their', 'offers to run their'],
      de: ['bot an ~ zu ubernehmen', 'ubernimmt fur sie', 'ubernimmt zusatzlich'],
      fr: ['propose de gerer', 'proposait de gerer', 'propose de prendre en charge'],
      es: ['ofrecio gestionar', 'ofrece gestionar', 'se ofrecio a gestionar'],
      pt: ['ofereceu gerenciar', 'oferece gerenciar', 'se ofereceu para gerenciar'],
    },
  },
  {
    // A rival puts an engineer at their disposal.
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['puts an engineer on', 'puts a technician on', 'provides an engineer on', 'stations a technician'],
      de: ['stellt ~ zur verfugung', 'stellen ~ zur verfugung'],
      fr: ['met a disposition', 'met a leur disposition', 'mettent a disposition', 'met a disposition un'],
      es: ['pone a su disposicion', 'pone a disposicion', 'les pone un tecnico'],
      pt: ['disponibiliza', 'coloca a disposicao', 'disponibilizou'],
    },
  },
  {
    // Invoices with the tax or rate applied wrong.
    concept: 'billing_error',
    weight: 2.3,
    forms: {
      en: ['wrongly applied', 'miscalculated', 'wrong vat', 'wrong tax rate', 'vat applied wrong'],
      de: ['falsch berechnet', 'falsche mwst', 'falscher steuersatz', 'falsch abgerechnet'],
      fr: ['mal calcule*', 'tva erronee', 'mal facture*', 'mauvais taux de tva'],
      es: ['mal aplicad*', 'mal calculad*', 'iva mal', 'mal facturad*'],
      pt: ['mal calculad*', 'imposto errado', 'cobrado errado', 'mal faturad*'],
    },
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
    // "verlangt pro Palette 30 Euro weniger": an amount less, in German.
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      de: ['@money ~ weniger', 'euro weniger', 'eur weniger', 'cent weniger', 'franken weniger', 'verlangt ~ weniger', 'kostet ~ weniger', 'berechnet ~ weniger'],
    },
  },
  {
    // A price told as an offer too good to refuse.
    concept: 'price_lower',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['number he could not say no to', 'number she could not say no to', 'number they could not say no to', 'figure he could not refuse', 'figure she could not refuse', 'price he could not refuse', 'price she could not refuse', 'price they could not refuse'],
      de: ['preis ~ nicht ablehnen konnte', 'preis ~ nicht nein sagen'],
      fr: ['prix ~ impossible a refuser', 'tarif ~ impossible a refuser'],
      es: ['precio ~ imposible de rechazar', 'precio que no pudo rechazar'],
      pt: ['preco ~ impossivel de recusar', 'preco que nao pode recusar'],
    },
  },
  {
    // Their event or season paused: told as sitting it out.
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: ['sitting out next', 'sitting out this', 'sitting out the', 'sit out next', 'sits out next', 'taking a year off', 'take a year off', 'skipping next', 'skip next year', 'lost their venue', 'lost their site'],
      de: ['setzt ~ aus', 'setzen ~ aus', 'legt ~ pause ein', 'legen ~ pause ein', 'findet ~ nicht statt', 'ohne veranstaltungsort'],
      fr: ['fait une pause', 'fera une pause', 'ne aura pas lieu', 'saute une annee', 'perdu leur site', 'perdu leur lieu'],
      es: ['se toma un ano', 'no se celebrara', 'no habra edicion', 'hace una pausa', 'perdieron el recinto', 'perdieron su sede'],
      pt: ['nao vai acontecer', 'nao havera edicao', 'faz uma pausa', 'tira um ano', 'perderam o local', 'perderam a sede'],
    },
  },
  {
    // No harvest this season: hail, frost or drought took the crop.
    concept: 'need_gone',
    weight: 2.3,
    negatable: false,
    forms: {
      en: ['not harvest this', 'no harvest this', 'no harvest at all', 'lost the harvest', 'lost their harvest', 'lost the crop', 'lost their crop', 'crop was wiped out', 'harvest was wiped out'],
      de: ['keine ernte', 'ernte ~ ausgefallen', 'ernte ~ vernichtet', 'ernteausfall'],
      fr: ['pas de vendange*', 'pas de recolte', 'recolte perdue', 'perdu la recolte', 'perdu leur recolte'],
      es: ['sin cosecha', 'no habra cosecha', 'perdieron la cosecha', 'perdio la cosecha', 'sin vendimia'],
      pt: ['sem colheita', 'nao vai ter colheita', 'perderam a colheita', 'perdeu a colheita', 'sem safra'],
    },
  },
  {
    // No office any more: gone remote, the lease handed back.
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: ['gone remote', 'gone fully remote', 'gave up ~ office', 'gave up ~ offices', 'given up ~ office', 'handed back ~ office', 'no break room'],
      de: ['buro aufgegeben', 'buros aufgegeben', 'kein buro mehr', 'komplett remote', 'nur noch im homeoffice', 'nur noch homeoffice'],
      fr: ['rendu ses bureaux', 'rendu les bureaux', 'rendu leurs bureaux', 'plus de bureaux', 'tout en teletravail', 'teletravail integral'],
      es: ['dejo la oficina', 'dejaron la oficina', 'dejo sus oficinas', 'dejaron sus oficinas', 'teletrabajo total', 'todo en remoto'],
      pt: ['entregou o escritorio', 'entregaram o escritorio', 'entregou os predios', 'entregaram os predios', 'sem escritorio', 'ensino a distancia'],
    },
  },
  {
    // "stopped bottling for good": a line of their business ended for good.
    concept: 'need_gone',
    weight: 1.4,
    forms: {
      en: ['stopped ~ for good', 'gave up ~ for good', 'quit ~ for good'],
      de: ['endgultig aufgehort', 'endgultig eingestellt', 'ganz aufgegeben'],
      fr: ['arrete* ~ definitivement', 'abandonne* ~ definitivement'],
      es: ['dejo de ~ definitivamente', 'dejaron de ~ definitivamente', 'abandono ~ definitivamente'],
      pt: ['parou de ~ definitivamente', 'pararam de ~ definitivamente', 'abandonou ~ definitivamente'],
    },
  },
  {
    // A spending freeze named as one word (heavier than the credit "Sperre" read inside the compound).
    concept: 'budget_cut',
    weight: 2.8,
    forms: {
      en: ['spend ban', 'spending ban', 'spending stop'],
      de: ['ausgabensperre', 'ausgabenbremse', 'kostenbremse', 'beschaffungsstopp', 'bestellstopp', 'sparprogramm'],
      fr: ['gel des achats', 'gel des commandes'],
      es: ['congelacion del gasto', 'congelacion de gastos', 'gasto congelado', 'congelacion presupuestaria'],
      pt: ['congelamento de gastos', 'gastos suspensos', 'compras suspensas'],
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
    // Several factors named and none confirmed.
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['several factors', 'a mix of factors', 'a combination of factors', 'a number of factors', 'any one of those could', 'any of those could', 'could be any of', 'do not know which', 'no idea which'],
      de: ['mehrere faktoren', 'mehrere grunde', 'verschiedene grunde', 'verschiedene faktoren', 'jedes davon konnte', 'weiss nicht welche*'],
      fr: ['plusieurs facteurs', 'plusieurs raisons', 'un ensemble de facteurs', 'chacun pourrait', 'ne sais pas laquelle', 'ne sais pas lequel'],
      es: ['varios factores', 'varios motivos', 'un conjunto de factores', 'cualquiera de ellos podria', 'no se cual'],
      pt: ['varios fatores', 'varios motivos', 'um conjunto de fatores', 'qualquer um deles pode*', 'nao sei qual'],
    },
  },
  {
    // Nobody confirmed which cause it was.
    concept: 'hedge',
    weight: 1.8,
    negatable: false,
    forms: {
      en: ['nobody confirmed', 'no one confirmed', 'never confirmed which', 'none of it confirmed', 'none of it was confirmed'],
      de: ['niemand hat bestatigt', 'nichts davon bestatigt', 'keiner wurde bestatigt', 'nicht bestatigt'],
      fr: ['personne ne a confirme', 'personne ne nous a confirme', 'rien de confirme', 'jamais confirme'],
      es: ['nadie nos confirmo', 'nadie confirmo', 'nada confirmado', 'nunca se confirmo'],
      pt: ['ninguem confirmou', 'ninguem nos confirmou', 'nada confirmado', 'nunca se confirmou'],
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
];

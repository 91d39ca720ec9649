import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Step I, told as what happened on the day: a mishap of ours in everyday verbs ("our technician cracked a
 * panel", "hat die Köderboxen vergessen", "perdió un sobre de muestras", "entregamos mudas com praga"), a
 * bill for what they had cancelled, a site shut for works until it reopens, our territory map handing them to
 * a partner, a tender we decided internally not to answer, volumes too small for us, and a reason that stays a secret. Who acted is
 * still read from the clause (read-actors.ts): "the rival's crew cracked it" is not ours.
 */
export const TOLD_MISHAP_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['cracked', 'scratched', 'dented', 'smashed', 'shattered', 'uncommissioned', 'not commissioned', 'never commissioned', 'backdated', 'infested', 'with pests', 'labels swapped'],
      de: ['vergessen', 'zerkratzt', 'zerbrochen', 'verbeult', 'vertauscht', 'verwechselt', 'schadlingsbefall', 'befallen', 'ruckdatiert'],
      fr: ['fissure', 'fissuree', 'fissures', 'brise', 'brisee', 'cabosse*', 'interverti*', 'infeste*', 'antidate*', 'a plante', 'ont plante'],
      es: ['rompio', 'rompieron', 'rompimos', 'abollo', 'abollado', 'se olvido', 'olvido', 'olvidaron', 'olvidamos', 'perdio ~ sobre*', 'perdio ~ muestra*', 'perdio ~ paquete*', 'perdio ~ caja*', 'perdio ~ envio*', 'con plaga', 'infestad*'],
      pt: ['trincou', 'trincad*', 'quebrou', 'quebraram', 'quebramos', 'riscou', 'riscaram', 'amassou', 'amassaram', 'esqueceu', 'esqueceram', 'esquecemos', 'perdeu ~ amostra*', 'perdeu ~ pacote*', 'perdeu ~ caixa*', 'perdeu ~ envelope*', 'com praga', 'c praga', 'infestad*', 'trocad* os rotulos'],
    },
  },
  {
    // Billing what they had cancelled, or kept billing after the end.
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: ['billed ~ for ~ cancel*', 'charged ~ for ~ cancel*', 'invoiced ~ for ~ cancel*', 'kept billing', 'still billing', 'kept charging', 'still charging', 'billed after'],
      de: ['weiter berechnet', 'weiterhin berechnet', 'trotz kundigung', 'gekundigte ~ berechnet', 'gekundigte ~ abgerechnet'],
      fr: ['facture* ~ resilie*', 'facture* ~ annule*', 'continue* a facturer', 'continue* a nous facturer', 'facture* apres la resiliation'],
      es: ['cobramos ~ cancelad*', 'facturamos ~ cancelad*', 'seguimos cobrando', 'seguimos facturando', 'cobrando ~ cancelad*'],
      pt: ['cobramos ~ cancelad*', 'faturamos ~ cancelad*', 'continuamos cobrando', 'continuamos faturando', 'cobrando ~ cancelad*'],
    },
  },
  {
    // Shut for the works, the season or a road, until it reopens: a closure (stability from the qualifiers below).
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['shut for the', 'shut for a', 'closed for the season', 'closed for renovation*', 'closed for refurbishment', 'closed for works', 'shut for renovation*', 'paused this winter', 'paused this season', 'paused for the season', 'hopes to reopen', 'plans to reopen', 'until it reopens', 'once it reopens', 'when it reopens'],
      de: ['zugesperrt', 'bleibt ~ zu', 'wegen umbau geschlossen', 'wegen umbau zu', 'umbau der', 'saisonpause', 'betriebspause', 'geschlossen bis'],
      fr: ['ferme pour travaux', 'ferme* pour la saison', 'ferme* le temps des travaux', 'fermeture pour travaux', 'rouvrira', 'quand il rouvrira', 'avant de rouvrir'],
      es: ['cerrado por obras', 'cierra por obras', 'cierra ~ temporada', 'cerrado ~ temporada', 'cuando reabra', 'reabrira', 'hasta que reabra'],
      pt: ['parado ~ reforma', 'parada ~ reforma', 'fechado para reforma', 'fechada para reforma', 'pra reforma', 'quando reabrir', 'reabrira', 'fechado ~ temporada', 'fechada ~ temporada'],
    },
  },
  {
    // A chain or group that buys centrally now: the decision left for a buyer we do not reach.
    concept: 'acquired',
    weight: 2.4,
    forms: {
      en: ['now belongs to', 'now part of a', 'now owned by', 'buys centrally', 'central purchasing', 'group purchasing now'],
      de: ['gehort jetzt', 'gehort nun', 'zentraleinkauf', 'zentral eingekauft', 'kauft zentral'],
      fr: ['appartient desormais', 'appartient maintenant', 'par sa centrale', 'centrale d achat*', 'achats centralises'],
      es: ['ahora pertenece', 'pertenece ahora', 'compras centralizadas', 'central de compras', 'compra centralizada'],
      pt: ['agora pertence', 'pertence agora', 'compras centralizadas', 'central de compras', 'compra centralizada'],
    },
  },
  {
    // The need itself went: paper gone digital, a link built that replaces the runs we made.
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: ['digitised', 'digitized', 'originals shredded', 'no more ~ runs', 'no ~ storage needed', 'no longer any need', 'no need anymore', 'no need any more'],
      de: ['digitalisiert', 'originale vernichtet', 'keine ~ mehr notig', 'kein bedarf mehr'],
      fr: ['numerise*', 'dematerialise*', 'originaux detruits', 'plus besoin de', 'plus aucun besoin'],
      es: ['digitalizad*', 'originales destruidos', 'ya no necesita*', 'ya no hace falta'],
      pt: ['digitalizad*', 'originais destruidos', 'nao precisa* mais', 'ja nao precisa*'],
    },
  },
  {
    // Our territory plan handed them to a dealer or partner.
    concept: 'channel_move',
    weight: 2.4,
    forms: {
      en: ['territory map', 'territory realign*', 'new territories', 'puts them w our', 'puts them with our', 'handed to our dealer', 'handed to our partner'],
      de: ['gebietsplan', 'neue gebietsaufteilung', 'gebietsneuordnung', 'neuer gebietszuschnitt', 'an unseren partner', 'an unseren handler'],
      fr: ['carte des secteurs', 'nouveau decoupage', 'decoupage des secteurs', 'confie* a notre partenaire', 'confie* a notre distributeur'],
      es: ['mapa de zonas', 'nuevo mapa', 'reparto de zonas', 'lo atiende nuestro socio', 'lo atiende nuestro distribuidor', 'pasa a nuestro socio'],
      pt: ['mapa de zonas', 'novo mapa', 'divisao de territorios', 'atendido pelo nosso parceiro', 'passou para o nosso parceiro', 'passa para o nosso parceiro'],
    },
  },
  {
    // A tender we decided, inside the firm, not to answer: said in the first person, so ours whoever the clause's
    // subject seems to be (exit_named is never set aside for want of a "we"), and it outweighs the tender's own words.
    concept: 'exit_named',
    weight: 3,
    forms: {
      en: ['decided internally not to', 'internal decision not to', 'we chose not to respond', 'we decided not to tender', 'we chose not to tender'],
      de: ['intern entschieden ~ kein', 'bewusst kein angebot', 'kein angebot abgegeben', 'verzichten auf ein angebot', 'auf ein angebot verzichtet'],
      fr: ['decision interne de ne', 'ne rien deposer', 'ne pas deposer', 'pas deposer d offre', 'renonce a repondre', 'renonce a deposer'],
      es: ['decidimos no presentar', 'decision interna de no', 'no presentamos oferta', 'no nos presentamos', 'renunciamos a presentar'],
      pt: ['decidimos nao participar', 'decisao interna de nao', 'nao apresentamos proposta', 'nao participamos da licitacao', 'desistimos de participar'],
    },
  },
  {
    // Too little business to be worth serving: our reason for saying no.
    concept: 'unprofitable',
    weight: 2.4,
    forms: {
      en: ['volumes too low', 'volume too low', 'volumes were too low', 'too small to serve', 'too small for us'],
      de: ['mengen zu gering', 'menge zu gering', 'volumen zu gering', 'zu klein fur uns'],
      fr: ['volumes trop faibles', 'volume trop faible', 'volumes etaient trop faibles', 'trop petit pour nous'],
      es: ['volumen demasiado bajo', 'volumenes demasiado bajos', 'demasiado pequeno para nosotros'],
      pt: ['volume muito baixo', 'volumes muito baixos', 'pequeno demais para nos'],
    },
  },
  {
    // Several causes named and none decided, or hinted and never confirmed.
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['confirmed none', 'none of it confirmed', 'never confirmed any', 'without ever deciding', 'never settled on', 'nobody on the account knows'],
      de: ['nichts davon bestatigt', 'niemand sagen', 'keiner sagen', 'wollte uns keiner', 'wollte uns niemand', 'ohne sich festzulegen'],
      fr: ['sans jamais trancher', 'sans trancher', 'rien confirme', 'sans rien confirmer', 'personne ne sait'],
      es: ['sin decidirse', 'sin llegar a decidir', 'nada confirmado', 'sin confirmar nada', 'nadie sabe'],
      pt: ['sem nunca decidir', 'sem decidir', 'nada confirmado', 'sem confirmar nada', 'ninguem sabe', 'assunto e confidencial'],
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
];

/**
 * Step II for the same texts: how often a failure happened, counted ("3x", "on 2 visits", "4 mornings", "all
 * through the autumn", "drei Lieferungen"), and a closure for this season only ("diese Saison", "toda la temporada").
 * A count of time before "ago" ("two months ago", "vor zwei Monaten", "il y a trois mois") says when, not how often.
 */
export const TOLD_MISHAP_QUALIFIERS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'repeated',
    weight: 2,
    forms: {
      en: ['2x', '3x', '4x', '5x', '6x', '@count @occasion', 'on @count @occasion', 'all through the', 'throughout the', 'all autumn', 'all winter', 'all summer', 'all spring', 'all season', 'the whole season'],
      de: ['@count @occasion', '@count mal', 'den ganzen herbst', 'den ganzen winter', 'den ganzen sommer', 'die ganze saison'],
      fr: ['@count @occasion', 'tout l automne', 'tout l hiver', 'tout l ete', 'toute la saison'],
      es: ['@count @occasion', 'todo el otono', 'todo el invierno', 'todo el verano'],
      pt: ['@count @occasion', 'todo o outono', 'todo o inverno', 'todo o verao'],
    },
  },
  {
    concept: 'idiom',
    weight: 0,
    forms: {
      en: ['@count @occasion ago'],
      de: ['vor @count @occasion'],
      fr: ['il y a @count @occasion', 'dans @count @occasion'],
      es: ['hace @count @occasion', 'dentro de @count @occasion', 'en @count @occasion'],
      pt: ['ha @count @occasion', 'daqui a @count @occasion', 'em @count @occasion'],
    },
  },
  {
    concept: 'temporary',
    weight: 1,
    forms: {
      en: ['this season', 'for the season'],
      de: ['diese saison', 'bleibt diese'],
      fr: ['cette saison', 'cette annee'],
      es: ['esta temporada', 'toda la temporada', 'este ano'],
      pt: ['esta temporada', 'nesta temporada', 'toda a temporada', 'este ano'],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): moved to a partner channel by us. */
export const CHANNEL_MOVE: ConceptSpec[] = [
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
        'nosso distribuidor', 'parceiro', 'revendedor', 
        'fora do nosso publico', 'nao e mais nosso segmento', 'saimos da regiao', 'atraves do nosso parceiro',
        'pelo nosso distribuidor',
      ],
    },
  },
  {
    // We moved the account to a partner or reseller.
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      en: [
        'handed over to our', 'handed to our', 'transferred to our', 'transferred to a partner', 'transferred to partner',
        'territory transfer', 'territory change', 'territory realignment', 'territory handover', 'moved to our reseller',
        'moved to our distributor', 'passed to our partner', 'passed to our reseller', 'served by our partner',
        'served by our _ partner', 'handled by our partner', 'handled by our _ partner', 'served by our distributor',
      ],
      de: [
        'an unseren partner', 'an unseren handler', 'an unseren vertriebspartner', 'an den partner ubergeben',
        'gebietsubergabe', 'gebietswechsel', 'gebietsneuordnung', 'von unserem partner betreut', 'betreut durch unseren',
      ],
      fr: [
        'transfere a notre', 'confie a notre', 'bascule chez notre', 'transfert de territoire', 'changement de territoire',
        'passe a notre distributeur', 'passe a notre partenaire', 'suivi par notre partenaire', 'gere par notre distributeur',
      ],
      es: [
        'traspasado a nuestro', 'pasado a nuestro', 'transferido a nuestro', 'cambio de territorio', 'reasignacion de territorio',
        'atendido por nuestro distribuidor', 'atendido por nuestro partner',
      ],
      pt: [
        'transferido para o nosso', 'transferido para nosso', 'passado para o nosso', 'passado ao nosso', 'mudanca de territorio',
        'transferencia de territorio', 'atendido pelo nosso parceiro', 'atendidos pelo nosso',
      ],
    },
  },
  {
    // Our territory plan handed them to a dealer or partner.
    concept: 'channel_move',
    weight: 2.4,
    forms: {
      en: ['territory map', 'territory realign*', 'new territories', 'puts them w our', 'puts them with our', 'handed to our dealer', 'handed to our partner'],
      de: ['gebietsplan', 'neue gebietsaufteilung', 'neuer gebietszuschnitt'],
      fr: ['carte des secteurs', 'nouveau decoupage', 'decoupage des secteurs', 'confie* a notre partenaire', 'confie* a notre distributeur'],
      es: ['mapa de zonas', 'nuevo mapa', 'reparto de zonas', 'lo atiende nuestro socio', 'lo atiende nuestro distribuidor', 'pasa a nuestro socio'],
      pt: ['novo mapa', 'divisao de territorios', 'passou para o nosso parceiro', 'passa para o nosso parceiro'],
    },
  },
  {
    concept: 'channel_move',
    weight: 2.4,
    forms: {
      en: ['new dealer model', 'dealer model', 'go through our dealer', 'goes through our dealer'],
      de: ['uber unseren handler', 'uber unseren vertriebspartner', 'neuen handlermodell'],
      fr: ['passent par notre distributeur', 'passe par notre distributeur', 'modele de distribution'],
      es: ['a traves de nuestro distribuidor', 'pasan por nuestro distribuidor'],
      pt: ['atraves do nosso revendedor', 'passam pelo nosso revendedor'],
    },
  },
  {
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      en: [
        'reassigned to ~ dealer', 'reassigned to ~ partner', 'reassigned to ~ reseller', 'reassigned to ~ distributor', 'handed to ~ dealer',
        'handed to ~ partner', 'handed over to ~ partner', 'handed over to ~ dealer', 'moved to ~ dealer', 'carve out', 
      ],
      de: ['an ~ handler ubergeben', 'an ~ partner ubergeben', 'an ~ vertriebspartner abgegeben', 'an ~ partner abgegeben'],
      fr: ['transfere a ~ revendeur', 'transfere a ~ partenaire', 'confie a ~ partenaire', 'confie a ~ revendeur'],
      es: ['traspasado a ~ distribuidor', 'pasado a ~ distribuidor', 'asignado a ~ distribuidor', 'asignado a ~ socio'],
      pt: ['repassado a ~ revenda', 'repassado ao ~ distribuidor', 'passado para ~ revenda', 'passado para ~ parceiro'],
    },
  },
  {
    // Moved by us to a partner or reseller.
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      en: [
        'handed ~ to our reseller', 'handed ~ to our partner', 'handed ~ to our distributor', 'handed ~ to our dealer',
        'moved them to a distributor', 'moved them to our partner', 'moved them to a partner', 'moved them to our reseller',
        'passed ~ to our partner', 'transferred ~ to our partner', 'transitioned ~ to our partner', 'to our var',
        'per our channel policy', 'channel policy', 'partner led', 'partner territory', 'dealer territory', 'moved to channel',
        'moved to the channel', 'serviced by our partner', 'managed by our partner', 'covered by our partner',
      ],
    },
  },
  { concept: 'channel_move', weight: 2.6, forms: {
    de: ['an ~ handler abgegeben', 'an den handler', 'an den fachhandel', 'wir liefern nur noch uber', 'beliefern ~ nur noch uber', 'an den grosshandel', 'an ~ grosshandler*', 'an den distributor'],
    fr: ['transfere* a ~ distributeur', 'confie* a ~ partenaire', 'bascule* chez ~ distributeur'],
  } },
  {
    // Handed by us to a partner or the channel.
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      es: [
        'lo pasamos a un', 'los pasamos a un', 'lo pasamos al', 'los pasamos al', 'pasamos al cliente a',
        'lo pasamos a nuestro', 'a nuestro partner', 'lo derivamos al distribuidor',
        'pasarlo al canal', 'no es nuestro perfil', 'fuera de perfil', 'fuera de nuestro perfil', 'fuera del icp',
      ],
      pt: [
        'passamos o cliente', 'passamos a conta', 'repassamos o cliente', 'repassamos a conta',
        'p o distribuidor', 'para o distribuidor da regiao', 'passamos para o canal', 'pro canal', 'nao e nosso perfil', 'fora do perfil', 'fora do nosso perfil', 'fora do icp',
      ],
    },
  },
  {
    concept: 'channel_move',
    weight: 2.6,
    forms: {
      fr: ['transfere* ~ distributeur', 'passe* ~ distributeur', 'confie* ~ distributeur', 'bascule* ~ distributeur', 'transfere* ~ revendeur'],
      es: ['pasad* ~ distribuidor', 'transferid* ~ distribuidor', 'derivad* ~ distribuidor'],
      pt: ['passad* ~ distribuidor', 'repassad* ~ distribuidor', 'passad* ~ revenda'],
    },
  },
];

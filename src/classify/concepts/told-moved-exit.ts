import type { ConceptSpec } from './types';

/**
 * Step I, causes told rather than named, on the customer's side and on ours: nobody writes "closed" or
 * "our decision", the story says it. "decided not to rebuild after the fire", "the quarry sits idle until
 * spring", "falls below our new minimum", "account handed to our reseller with the territory change".
 */
export const TOLD_MOVED_EXIT_CONCEPTS: ConceptSpec[] = [
  {
    // Their business ended or changed hands: the need went with it.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: [
        'not to rebuild', 'did not rebuild', 'will not rebuild', 'never rebuilt', 'not rebuilding', 'never reopened',
        'did not reopen', 'will not reopen', 'not to reopen', 'sold the business', 'sold the company', 'sold their business',
        'sold their company', 'sold the herd', 'sold the farm', 'sold the practice', 'business sold', 'biz sold',
        'company sold', 'practice sold', 'farm sold', 'gave up the @site', 'gave up farming', 'went bust', 'went under',
        'ceased trading', 'stopped trading', 'wound down', 'winding down', 'wind down',
      ],
      de: [
        'nicht wieder aufgebaut', 'nicht wiederaufgebaut', 'nicht wieder aufbauen', 'nicht wieder eroffnet', 'betrieb verkauft',
        'firma verkauft', 'hof verkauft', 'praxis verkauft', 'geschaft verkauft', 'hat verkauft', 'aufgegeben', 'betriebsaufgabe',
        'geschaftsaufgabe', 'abgewickelt',
      ],
      fr: [
        'pas reconstruire', 'pas reconstruit', 'ne sera pas reconstruit', 'jamais rouvert', 'pas rouvert', 'a vendu son',
        'ont vendu leur', 'cede son', 'a cede', 'cession de', 'cessation d activite', 'mis la cle sous la porte',
      ],
      es: [
        'no reconstruir', 'no van a reconstruir', 'no reabrir', 'no reabrio', 'vendio el negocio', 'vendio la empresa',
        'vendieron el negocio', 'vendieron la empresa', 'traspaso el negocio', 'traspasado', 'cese de actividad',
        'cerro el negocio', 'bajo la persiana',
      ],
      pt: [
        'nao reconstruir', 'nao vai reconstruir', 'nao reabriu', 'nao reabrir', 'vendeu o negocio', 'vendeu a empresa',
        'venderam a empresa', 'venderam o negocio', 'vendeu a fazenda', 'passou o ponto', 'encerrou as atividades',
        'encerraram as atividades', 'fechou as portas', 'fecharam as portas',
      ],
    },
  },
  {
    // A pause on their side: no work, no need, for now ("idle until spring", "obras paradas").
    concept: 'need_gone',
    weight: 2.2,
    forms: {
      en: [
        'no further need', 'no more need', 'no need for our', 'no longer any need', 'no longer needed', 'nothing needed',
        'no _ needed', 'idle over', 'idle for', 'idle until', 'idle through', 'sits idle', 'sitting idle', 'standing idle',
        'pipeline empty', 'empty pipeline', 'no projects until', 'no work until', 'no jobs until', 'nothing until',
        'no rentals', 'no orders until', 'off season', 'offseason', 'out of season',
      ],
      de: [
        'kein bedarf mehr', 'keinen bedarf mehr', 'kein weiterer bedarf', 'ruhen bis', 'ruht bis', 'stillstand bis', 'monate stillstand', 'baustopp',
        'stehen still', 'steht still', 'keine projekte', 'keine auftrage', 'vorerst keine', 'vorerst kein', 'nicht mehr notig',
        'keine _ notig', 'auftragslage leer',
      ],
      fr: [
        'plus besoin', 'plus aucun besoin', 'a l arret', 'chantiers arretes', 'chantier arrete', 'pas de chantier*',
        'aucun chantier', 'aucun projet', 'pas de projet*', 'en sommeil', 'basse saison', 'hors saison',
      ],
      es: [
        'ya no necesitan', 'no necesitan', 'sin necesidad', 'paradas hasta', 'parada hasta', 'parados hasta', 'paralizad*',
        'sin obras', 'sin proyectos', 'no hay obras', 'no hay proyectos', 'temporada baja', 'fuera de temporada',
      ],
      pt: [
        'nao precisam mais', 'nao precisa mais', 'nao precisam', 'sem necessidade', 'paradas ate', 'parada ate',
        'parados ate', 'paralisad*', 'sem obras', 'sem projetos', 'nao ha obras', 'entressafra', 'baixa temporada',
        'fora de temporada',
      ],
    },
  },
  {
    // Our terms shut them out: a minimum they fall below, their credit blocked by our side.
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: [
        'below our new minimum', 'below the new minimum', 'below new min', 'below our minimum', 'under our minimum',
        'minimum order', 'min order', 'minimum volume', 'minimum spend', 'minimum commitment', 'falls below', 'fell below',
        'fall below', 'below the threshold', 'under the threshold', 'below our threshold',
        // CRM shorthand for our minimum: "below min spend", "under min vol", "< min commit".
        'below min', 'under min', 'below ~ min spend', 'min spend', 'min vol*', 'min commit*', 'min purchase*', 'min qty',
        'minimum qty', 'below moq', 'under moq', 'under the moq', 'below the moq',
      ],
      de: [
        'mindestabnahme', 'mindestmenge', 'mindestbestell*', 'mindestumsatz', 'unter der schwelle', 'unter dem mindest*',
        'unter unserer mindest*', 'auf vorkasse umgestellt', 'auf vorkasse gesetzt', 'nur noch gegen vorkasse',
      ],
      fr: [
        'minimum de commande', 'minimum de consommation', 'minimum d achat', 'sous le seuil', 'en dessous du seuil',
        'sous notre seuil', 'encours bloque', 'encours gele', 'encours supprime', 'compte bloque', 'bloque par notre',
      ],
      es: [
        'consumo minimo', 'pedido minimo', 'compra minima', 'volumen minimo', 'por debajo del minimo', 'queda por debajo',
        'quedan por debajo', 'quedo por debajo', 'credito bloqueado', 'bloqueamos el credito', 'cuenta bloqueada',
      ],
      pt: [
        'pedido minimo', 'consumo minimo', 'compra minima', 'volume minimo', 'abaixo do minimo', 'ficou abaixo',
        'ficam abaixo', 'fica abaixo', 'credito bloqueado', 'bloqueamos o credito', 'conta bloqueada',
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
    // "moved all its assembly to its plant in Morocco": their own site elsewhere.
    concept: 'relocated',
    weight: 2.5,
    forms: {
      en: ['to its @site in', 'to their @site in', 'to its own @site', 'to their own @site in', 'outside what we serve', 'outside where we'],
      de: ['in sein werk in', 'in ihr werk in', 'ins ausland verlagert', 'nach _ verlagert'],
      fr: ['vers son usine', 'vers leur usine', 'dans son usine de', 'dans leur usine de'],
      es: ['a su planta de', 'a su fabrica de', 'a su planta en', 'a su fabrica en'],
      pt: ['para a sua fabrica', 'para sua fabrica', 'para a fabrica de', 'para a unidade de'],
    },
  },
];

import type { ConceptSpec } from '../types';

/** Moved away (their need, owner or location changed): a closure. */
export const CLOSED: ConceptSpec[] = [
  {
    concept: 'closed',
    weight: 2.6,
    forms: {
      en: [
        'closed ~ @site', 'closing ~ @site', 'shut ~ @site', 'shut down ~ @site', '@site ~ closed', '@site ~ closing',
        '@site ~ closure', '@site ~ shut', 'closure of ~ @site', 'closed down', 'shut down', 'shutdown', 'shuttered',
        'ferme* ~ @site', 'cerr* ~ @site', 'fech* ~ @site', 'liquidation', 'liquidat*', 'bankrupt*', 'insolven*',
        'chapter 7', 'chapter 11', 'ch 7', 'ch 11', 'out of business',
        'went under', 'went bust', 'ceased trading', 'ceased operations', 'wound up', 'wound down', 'winding down',
        'administrators', 'receivership', 'gave up the office', 'gave up their office', 'dissolved', 'closed its doors',
        'closed their doors', 'no office left', 'sold the building', 'went out of', 'closures',
        'went out of business', 'folded', 'closed for good', 'shut for good', 'owner passed away', 'owner died',
        'passed away', 'the business was sold', 'sold the company', 'sold the business', 'sold their business',
        'family business sold', 'went into administration', 'went bankrupt', 'bankruptcy', 'insolvency',
        'company folded', 'business closed', 'business folded', 'filed for bankruptcy', 'filed bankruptcy',
        'chapter eleven', 'in administration', 'liquidated', 'shut the branch', 'shut their doors', 'out of biz',
        'ceased to exist', 'no longer exists', 'no longer in business', 'stopped trading', 'closed shop',
        'mothball*', 'idled', 'idling the', 'emptied', 'nobody left', 'no one left', 'wound down operations',
        'shut operations',
        '@site ~ closes', 'closes ~ @site', 'closes for good', 'close for good', 'will close', 'close down',
        'closes down', 'to close the', 'sell the land', 'sell the business', 'sell the company',
        'selling the business', 'selling the company', 'sold the land',
      ],
      de: [
        '@site ~ geschlossen', 'geschlossen', 'schliessen', 'schliesst', 'schliessung*', 'schliessen ~ werk', 'schliesst ~ werk', 'stillgeleg*', '@site ~ eingestellt', '*betrieb eingestellt',
        'aufgegeben', 'pleite', 'konkurs', 'aufgelost', 'geschaftsaufgabe', 'abgewickelt', 'dicht gemacht',
      ],
      fr: [
        'fermeture', 'faillite', 'cessation', 'cesse* son activite', 'redressement judiciaire',
        'depot de bilan', 'a ferme',
      ],
      es: [
        'cierre de', 'quiebra', 'concurso de acreedores', 'liquidacion', 'cese de actividad', 'cese', 'ceso',
        'clausur*', 'cerr* ~ operacion', 'cerr* ~ operaciones', 'ceso ~ actividad',
      ],
      pt: [
        'encerrou as atividades', 'encerrou atividades', 'encerramento das atividades', 'falencia', 'faliu',
        'recuperacao judicial', 'deixou de existir', 'encerr* ~ operacao', 'encerr* ~ operacoes',
        'encerr* ~ atividade*',
      ],
    },
  },
  {
    concept: 'closed',
    weight: 1.1,
    forms: {
      en: [
        'closed', 'closing', 'closure', 'shut', 'ceased', 'retired', 'retiring', 'retirement', 'sold up', 'sold most',
        'closes',
      ],
      de: ['ruhestand', 'in rente', 'eingestellt'],
      fr: ['retraite', 'a pris sa retraite', 'ferme*'],
      es: ['jubil*', 'cerr*', 'cierre*'],
      pt: ['aposent*', 'fech*'],
    },
  },
  {
    // Their business ended or changed hands: the need went with it.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: [
        'not to rebuild', 'did not rebuild', 'will not rebuild', 'never rebuilt', 'not rebuilding', 'never reopened',
        'did not reopen', 'will not reopen', 'not to reopen', 
        'sold their company', 'sold the herd', 'sold the farm', 'sold the practice', 'business sold', 'biz sold',
        'company sold', 'practice sold', 'farm sold', 'gave up the @site', 'gave up farming', 
        'wind down',
      ],
      de: [
        'nicht wieder aufgebaut', 'nicht wiederaufgebaut', 'nicht wieder aufbauen', 'nicht wieder eroffnet', 'betrieb verkauft',
        'firma verkauft', 'hof verkauft', 'praxis verkauft', 'geschaft verkauft', 'hat verkauft', 'betriebsaufgabe',
      ],
      fr: [
        'pas reconstruire', 'pas reconstruit', 'ne sera pas reconstruit', 'jamais rouvert', 'pas rouvert', 'a vendu son',
        'ont vendu leur', 'cede son', 'a cede', 'cession de', 'cessation d activite', 'mis la cle sous la porte',
      ],
      es: [
        'no reconstruir', 'no van a reconstruir', 'no reabrir', 'no reabrio', 'vendio el negocio', 'vendio la empresa',
        'vendieron el negocio', 'vendieron la empresa', 'traspaso el negocio', 'traspasado', 
        'cerro el negocio', 'bajo la persiana',
      ],
      pt: [
        'nao reconstruir', 'nao vai reconstruir', 'nao reabriu', 'nao reabrir', 'vendeu o negocio', 'vendeu a empresa',
        'venderam a empresa', 'venderam o negocio', 'vendeu a fazenda', 'passou o ponto', 
        'encerraram as atividades', 'fechou as portas', 'fecharam as portas',
      ],
    },
  },
  {
    // The customer organisation dissolved or its activity ended.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['disbanded', 'nothing to pick', 'nothing to harvest', 'no harvest', 'lost the crop', 'crop failure', 'ruined the crop'],
      de: ['hat sich aufgelost', 'keine ernte', 'ernte vernichtet', 'ernteausfall'],
      fr: ['dissous', 'dissoute', 'pas de recolte', 'recolte perdue', 'recolte detruite'],
      es: ['disuelto', 'disuelta', 'se disolvio', 'sin cosecha', 'cosecha perdida', 'perdieron la cosecha'],
      pt: ['dissolvida', 'dissolvido', 'sem colheita', 'perderam a colheita', 'colheita perdida', 'quebra de safra'],
    },
  },
  {
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['sold the premises', 'turned into apartments', 'converted into flats'],
      de: ['gebaude verkauft', 'das gebaude verkauft', 'in wohnungen umgebaut'],
      fr: ['vendu l immeuble', 'vendu le batiment', 'transforme en logements'],
      es: ['vendieron el edificio', 'vendio el edificio', 'convertir en apartamentos', 'convertirlo en apartamentos'],
      pt: ['venderam o predio', 'vendeu o predio', 'virar apartamentos'],
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
      pt: ['parado ~ reforma', 'parada ~ reforma', 'fechado para reforma', 'fechada para reforma', 'pra reforma', 'quando reabrir', 'fechado ~ temporada', 'fechada ~ temporada'],
    },
  },
  {
    // A site idle for now, or a business with no one to take it over.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['care and maintenance', 'standing empty', 'stood empty', 'lying idle', 'left idle', 'left ~ empty this', 'none of his children', 'none of her children', 'none of their children', 'none of the kids'],
      de: ['steht leer', 'stehen leer', 'leer stehen', 'keines seiner kinder', 'keines ihrer kinder', 'keins der kinder', 'keiner der sohne', 'kein schnee', 'schneemangel'],
      fr: ['mis en sommeil', 'mise en sommeil', 'laisse* vides', 'aucun de ses enfants', 'aucun des enfants', 'manque de neige'],
      es: ['temporada cerrada', 'parada temporal', 'quedo vacio', 'quedaron vacios', 'ninguno de sus hijos', 'ninguno de los hijos', 'falta de nieve', 'sin nieve'],
      pt: ['temporada fechada', 'parada temporaria', 'ficou vazi*', 'ficaram vazi*', 'nenhum dos filhos', 'nenhum de seus filhos', 'falta de neve', 'sem neve'],
    },
  },
  {
    // Laid up for a season, a line discontinued, the equipment auctioned off, a site rebuilt until it reopens.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['tied up over', 'laid up for', 'laid up over', 'line discontinued', 'discontinued the line', 'makes ~ only now', 'auctioning off', 'being auctioned', 'auctioned the'],
      de: ['aufgelegt uber', 'linie eingestellt', 'sortiment eingestellt', 'wird versteigert', 'werden versteigert', 'wird ~ umgebaut', 'sperrt ~ wieder auf'],
      fr: ['desarme* pour', 'gamme arretee', 'ligne arretee', 'mis aux encheres', 'vendu aux encheres'],
      es: ['amarrad* todo el', 'linea descontinuada', 'dejo de fabricar', 'lo estan subastando', 'estan subastando', 'subastaron'],
      pt: ['parad* no inverno', 'linha descontinuada', 'deixou de fabricar', 'leiloando', 'foi a leilao', 'vai a leilao'],
    },
  },
  {
    // The off season, and a site bought by someone who will not need us.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['for the off season', 'closed off season'],
      de: ['in der nebensaison geschlossen'],
      fr: ['hors saison', 'basse saison'],
      es: ['temporada muerta', 'fuera de temporada', 'temporada baja'],
      pt: ['fora de temporada', 'baixa temporada'],
    },
  },
  {
    concept: 'closed',
    weight: 2.5,
    forms: { de: ['werk ~ dicht', 'standort ~ dicht', 'dichtgemacht', 'macht dicht', 'machen dicht'] },
  },
  {
    concept: 'closed',
    weight: 2.2,
    forms: {
      en: ['he died', 'she died', 'died in the', 'died last'],
      de: ['ist verstorben', 'verstorben', 'ist gestorben', 'starb'],
      fr: ['est decede', 'est decedee', 'deces du', 'deces de'],
      es: ['fallecio', 'murio el dueno', 'murio el propietario'],
      pt: ['faleceu', 'morreu o dono'],
    },
  },
  {
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['site ~ closes', 'site ~ closing', 'sold ~ at auction', 'auctioned off', 'no son', 'no daughter', 'sold the site', 'no successor', 'nobody to take over', 'stopped all print', 'digital only', 'no longer prints', 'wound up the business'],
      de: ['kein nachfolger', 'keinen nachfolger', 'nicht ubernehmen', 'wollten nicht ubernehmen', 'herde verkauft', 'an einen bautrager', 'betrieb aufgegeben', 'geschaft aufgegeben', 'nur noch digital'],
      fr: ['le site ~ ferme', 'l usine ~ ferme', 'prod part en', 'production part en', 'part a l etranger', 'sans repreneur', 'pas de repreneur', 'vendu les terres', 'vendu l exploitation', 'arrache ses vignes', 'cesse son activite', 'uniquement en numerique'],
      es: ['sin relevo', 'sin sucesor', 'vendio la finca', 'vendieron la finca', 'solo digital'],
      pt: ['sem sucessor', 'venderam a fazenda', 'so digital'],
    },
  },
  {
    // They closed: shut for good, went under, ceased trading.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: [
        'decommission*',
        'shut its doors',
        'closed permanently', 'permanently closed', 'gone under', 'gone bust',
        'belly up',
        'wound up the company', 'into administration', 'went into receivership',
        'declared bankruptcy', 'no longer trading',
        'retired and closed', 'closed the site', 'closed the plant', 'closed the warehouse', 'closed the store',
        'closed the office', 'closed the branch', 'closed that location', 'closed the location', 'lost their lease',
      ],
    },
  },
  { concept: 'closed', weight: 2.4, forms: {
    de: ['zugemacht', 'macht ~ dicht', 'gewerbe abgemeldet'],
    fr: ['arrete* ~ activite', 'cesse* ~ activite', 'fin d activite', 'arrete* ~ production', 'arret de la production', 'fermeture definitive', 'ferme* definitivement', 'depose le bilan', 'en liquidation'],
  } },
  {
    // Closure: Spanish "quebró" and Brazilian "a empresa quebrou" (went bust, not "broke"), closed for good.
    concept: 'closed',
    weight: 2.6,
    forms: {
      es: [
        'la empresa quebro', 'el cliente quebro', 'quebro la empresa', 'cerro definitivamente', 'cerraron definitivamente', 'cerro para siempre',
        'dejo de operar', 'dejaron de operar', 'dejo de existir', 'dejaron de existir', 'se fue a pique', 'entro en concurso',
      ],
      pt: [
        'empresa quebrou', 'cliente quebrou', 'quebrou de vez', 'fechou de vez', 'fecharam de vez',
        'fechou definitivamente', 'fecharam definitivamente', 'baixou as portas', 'deixou de operar',
        'deixaram de operar',
        'baixou o cnpj', 'baixaram o cnpj', 'baixa do cnpj', 'cnpj baixado', 'cnpj inativo', 'cnpj inapto', 'fechou portas',
        'fecharam portas',
      ],
    },
  },
  {
    // Fewer sites, and the one kept is not one we serve.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['consolidated to one site', 'consolidated into one site', 'consolidated sites', 'consolidated locations', 'consolidating sites'],
      de: ['standorte zusammengelegt', 'auf einen standort'],
      fr: ['regroupe* sur un site', 'regroupement des sites'],
      es: ['concentraron en una sede', 'unificaron sedes', 'consolidaron sedes'],
      pt: ['concentraram em uma unidade', 'unificaram unidades', 'consolidaram unidades'],
    },
  },
];

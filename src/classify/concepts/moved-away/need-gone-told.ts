import type { ConceptSpec } from '../types';

/** Moved away (their need, owner or location changed): the need went away, told, not named: the event or the customer's words. */
export const NEED_GONE_TOLD: ConceptSpec[] = [
  {
    // A pause on their side: no work, no need, for now ("idle until spring", "obras paradas").
    concept: 'need_gone',
    weight: 2.2,
    forms: {
      en: [
        'no further need', 'no need for our', 'nothing needed',
        'no _ needed', 'idle over', 'idle for', 'idle until', 'idle through', 'sits idle', 'sitting idle', 'standing idle',
        'pipeline empty', 'empty pipeline', 'no projects until', 'no work until', 'no jobs until', 'nothing until',
        'no rentals', 'no orders until', 'out of season',
      ],
      de: [
        'keinen bedarf mehr', 'kein weiterer bedarf', 'ruhen bis', 'ruht bis', 'stillstand bis', 'monate stillstand', 'baustopp',
        'stehen still', 'steht still', 'keine projekte', 'keine auftrage', 'vorerst keine', 'vorerst kein', 
        'keine _ notig', 'auftragslage leer',
      ],
      fr: [
        'a l arret', 'chantiers arretes', 'chantier arrete', 'pas de chantier*',
        'aucun chantier', 'aucun projet', 'pas de projet*', 'en sommeil', 
      ],
      es: [
        'ya no necesitan', 'no necesitan', 'paradas hasta', 'parada hasta', 'parados hasta', 'paralizad*',
        'sin obras', 'sin proyectos', 'no hay obras', 'no hay proyectos', 
      ],
      pt: [
        'nao precisa mais', 'nao precisam', 'paradas ate', 'parada ate',
        'parados ate', 'paralisad*', 'sem obras', 'sem projetos', 'nao ha obras', 
      ],
    },
  },
  {
    // The need itself went: paper gone digital, a link built that replaces the runs we made.
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: ['digitised', 'digitized', 'originals shredded', 'no more ~ runs', 'no ~ storage needed', 'no longer any need', 'no need any more'],
      de: ['digitalisiert', 'originale vernichtet', 'keine ~ mehr notig'],
      fr: ['numerise*', 'dematerialise*', 'originaux detruits', 'plus besoin de', 'plus aucun besoin'],
      es: ['digitalizad*', 'originales destruidos', 'ya no hace falta'],
      pt: ['originais destruidos'],
    },
  },
  {
    // Out of the business for good, or the need gone: to the cloud, with its last user, nothing left to serve.
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: ['got out of the business', 'out of the business for good', 'no further bookings', 'nothing else to bid for', 'moved ~ to the cloud', 'moved everything to the cloud', 'stripped out', 'no cooling left'],
      de: ['aus dem geschaft ausgestiegen', 'geschaft aufgegeben', 'keine weiteren buchungen', 'in die cloud', 'ausgebaut und verschrottet'],
      fr: ['quitte le metier', 'sorti du metier', 'plus de reservations', 'vers le cloud', 'dans le cloud'],
      es: ['salio del negocio', 'dejo el negocio', 'no hay mas reservas', 'a la nube'],
      pt: ['saiu do negocio', 'deixou o negocio', 'nao ha mais reservas', 'para a nuvem', 'nao ha navios', 'vendeu os ~ barcos', 'vendeu os ~ arrastoes'],
    },
  },
  {
    concept: 'need_gone',
    weight: 2.3,
    forms: {
      en: ['sold the fleet', 'sold their fleet', 'converted both lines', 'converted ~ lines', 'left to collect', 'not held this year', 'not running this year'],
      de: ['flotte verkauft', 'findet ~ nicht statt', 'auf dosen umgestellt', 'umgestellt auf'],
      fr: ['a vendu sa flotte', 'vendu la flotte', 'ne a pas lieu'],
      es: ['vendio la flota', 'vendieron la flota', 'no se celebra', 'no se hace este ano'],
      pt: ['vendeu a frota', 'venderam a frota', 'nao vai acontecer', 'nao acontece este ano'],
    },
  },
  {
    concept: 'need_gone',
    weight: 2.3,
    forms: {
      en: ['project is paused', 'paused the project', 'paused all'],
      de: ['pausiert', 'ruht das projekt', 'projekt ruht', 'auf eis gelegt'],
      fr: ['mis en pause', 'en pause', 'suspendu* tous', 'suspendu* toutes'],
      es: ['en pausa', 'suspendio todos', 'suspendio todas', 'suspendieron todos'],
      pt: ['em pausa', 'suspendeu todos', 'suspendeu todas', 'suspenderam todos'],
    },
  },
  {
    // Their business turned into something else: nothing of ours fits.
    concept: 'need_gone',
    weight: 1.6,
    forms: {
      en: ['turn the ~ into a', 'turned the ~ into a', 'converted the ~ into a', 'convert the ~ into a'],
      de: ['umgebaut zu einem', 'umgebaut zu einer', 'umgewandelt in ein'],
      fr: ['transforme* ~ en salle', 'reconverti* en', 'transforme* en lieu'],
      es: ['convertir ~ en un', 'convirtio ~ en un', 'reconvirtio ~ en'],
      pt: ['transformar ~ em um', 'transformou ~ em um', 'converteu ~ em um'],
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
      es: ['dejo la oficina', 'dejaron la oficina', 'dejo sus oficinas', 'dejaron sus oficinas', 'todo en remoto'],
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
    // An idle season: the need pauses and comes back.
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: ['no snow', 'closed until next', 'closed for the winter', 'stopped sending out', 'stopped outsourcing', 'no longer outsourc*', 'not be needing', 'no longer be needing', 'exited the ~ segment', 'exited the ~ market', 'exited the ~ business', 'got out of the ~ business',
        'because of the drought', 'due to the drought', 'fallow', 'shut for the season', 'closed for the season', 'off season', 'end of season', 'season is over', 'season over', 'idle season', 'not needed till', 'not needed until', 'needed till', 'needed until'],
      de: ['wegen der durre', 'wird nicht anbauen', 'fallt ~ weg', 'fallen weg', 'entfallen', 'brache', 'nebensaison', 'saisonende', 'saison vorbei', 'saison ist vorbei', 'winterpause', 'betriebsferien'],
      fr: ['plus de raison d etre', 'ne a plus de raison', 'a cause de la secheresse', 'quitte le marche', 'sorti du marche', 'en jachere', 'saison finie', 'saison terminee', 'hors saison', 'basse saison', 'fermeture annuelle'],
      es: ['ya no tienen obras', 'por la sequia', 'no va a sembrar', 'no sembrara', 'salio del mercado', 'en barbecho', 'temporada terminada', 'temporada baja', 'fuera de temporada', 'cerrado por temporada'],
      pt: ['por causa da seca', 'nao vai plantar', 'saiu do mercado', 'em pousio', 'pousio', 'fim de temporada', 'entressafra', 'baixa temporada', 'fora de temporada'],
    },
  },
  {
    // Their need went with their own business: a lost anchor client, suppliers cut.
    concept: 'need_gone',
    weight: 2.2,
    forms: {
      en: [
        'lost their biggest client', 'lost their main client', 'lost their largest customer', 'lost their largest client',
        'lost their key customer', 'lost their key client', 'lost their anchor', 'had to cut suppliers', 'had to cut vendors',
      ],
    },
  },
  { concept: 'need_gone', weight: 2.4, forms: {
    de: ['hat sich erledigt', 'keine verwendung mehr'],
    fr: ['ne en a plus besoin', 'besoin ne existe plus', 'ne en ont plus besoin', 'plus d utilite', 'ne ont plus l usage'],
  } },
  {
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      es: [
        'demanda ~ se desplomo', 'ventas ~ se desplomaron', 'cayo la demanda', 'caida de la demanda', 'caida de ventas', 'caida de las ventas',
        'bajaron las ventas', 'cambiaron de modelo', 'ya no lo usan', 'dejaron de vender', 'dejo de vender esa', 'dejaron de comercializar', 'sin demanda', 'no hay demanda',
      ],
      pt: [
        'demanda ~ despencou', 'demanda ~ caiu', 'vendas ~ despencaram', 'vendas ~ cairam', 'queda na demanda',
        'queda nas vendas', 'queda de demanda', 'mudaram de modelo', 'deixaram de vender', 'pararam de vender', 'pararam de fabricar', 'pararam de produzir', 'nao tem mais demanda', 'sem demanda', 'nao ha mais demanda',
      ],
    },
  },
];

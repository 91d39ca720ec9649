import type { ConceptSpec } from './types';

/**
 * Step I, moved away: they no longer need the offer or we cannot serve them. Their ownership changed
 * (acquired, merged, a parent's contract), they closed, moved out of our reach, brought the work
 * in-house, their need or budget went away, or a rule changed.
 */
export const MOVED_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'acquired',
    weight: 2.5,
    forms: {
      en: [
        'acquir*', 'bought by', 'bought out', 'buyout', 'taken over', 'takeover', 'merg*', 'sold to',
        'sold the company',
        'sold the business', 'sold its', 'sold their', 'sold off', 'sold the brand', 'parent company', 'parent',
        'new parent',
        'group contract', 'group wide', 'group it', 'group procurement', 'national contract', 'corporate contract',
        'global contract', 'group agreement', 'group framework', 'mandate', 'mandates',
        'mandated', 'sister company',
        'holding company', 'roll up', 'private equity', 'portfolio company', 'subsidiar*', 'central it', 'the acquirer',
        'combined group', 'standardis* on the', 'standardiz* on the', 'migrate to the group', 'group gave',
        'headquarters decided', 'hq decided', 'decided centrally', 'central purchasing', 'centralised purchasing',
        'centralized purchasing', 'centralised procurement', 'centralized procurement',
        'corporate procurement mandate', 'corporate mandate', 'global agreement', 'global deal', 'global framework',
        'preferred supplier list', 'approved vendor list', 'vendor consolidation', 'consolidated vendors',
        'consolidating suppliers', 'new owner*', 'new ownership', 'change of ownership', 'under new ownership',
      ],
      de: [
        'ubernomm*', 'ubernahme', 'aufgekauft', 'gekauft von', 'fusion*', 'fusioniert', 'konzern*', 'mutterkonzern',
        'muttergesellschaft', 'tochter*', 'konzernweit', 'vorgibt', 'vorgeschrieben', 'schreibt _ vor', 'schreibt vor',
        'vorgabe', 'holding',
        'zentraler einkauf', 'zentral entschieden', 'konzerneinkauf', 'konzernvorgabe', 'konzernrahmenvertrag',
        'neue eigentumer', 'neuer eigentumer', 'eigentumerwechsel', 'lieferantenkonsolidierung',
      ],
      fr: [
        'rachete*', 'rachat', 'absorbe*', 'fusion*', 'fusionne*', 'maison mere', 'societe mere', 'contrat cadre',
        'contrat groupe', 'une filiale', 'sa filiale', 'filiale de', 'filiale du', 'filiale d', 'cede*', 'vendu a', 'repris par', 'le groupe impose',
        'achats centralises', 'centrale d achat', 'decision du siege', 'siege a decide', 'nouveaux proprietaires',
        'nouveau proprietaire', 'changement de proprietaire', 'accord cadre groupe', 'referencement groupe',
      ],
      es: [
        'adquirid*', 'adquisicion', 'comprad* por', 'fusion*', 'fusionad*', 'casa matriz', 'matriz', 'contrato global',
        'contrato marco', 'contrato corporativo', 'filial de', 'virou filial', 'se torno filial', 'como filial', 'vendid* a', 'absorbid*',
        'compras centralizadas', 'central de compras', 'decision de la casa matriz', 'nuevos duenos', 'nuevo dueno',
        'cambio de dueno', 'acuerdo global del grupo',
      ],
      pt: [
        'adquirid*', 'aquisicao', 'comprad* pel*', 'fusao', 'incorporad*', 'matriz', 'controladora',
        'contrato corporativo',
        'contrato global', 'subsidiaria', 'vendid* para', 'absorvid*',
        'decisao da matriz', 'novos donos', 'novo dono', 'troca de dono', 'acordo global do grupo',
      ],
    },
  },
  {
    concept: 'acquired',
    weight: 0.5,
    forms: { en: ['group', 'corporate'], de: ['gruppe'], fr: ['groupe'], es: ['grupo'], pt: ['grupo'] },
  },
  {
    concept: 'acquired',
    weight: 2.5,
    forms: {
      en: [
        'sold the firm', 'sold their firm', 'founders sold', 'owners sold', 'owner sold', 'sold out to', 'sold to a',
        'head office', 'purchasing ~ runs through', 'buys through', 'through head office', 'via head office',
        'through the group', 'through the parent',
      ],
      de: ['uber die zentrale', 'zentrale in', 'verkauft an'],
      fr: ['par le siege', 'vendu a un groupe', 'revendu'],
      es: ['a traves de la central', 'vendieron la empresa', 'vendida a'],
      pt: ['pela matriz', 'venderam a empresa', 'vendida para'],
    },
  },
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
        'aufgegeben', 'insolven*', 'pleite', 'konkurs', 'aufgelost', 'geschaftsaufgabe', 'abgewickelt', 'dicht gemacht',
      ],
      fr: [
        'fermeture', 'liquidation', 'faillite', 'cessation', 'cesse* son activite', 'redressement judiciaire',
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
    concept: 'relocated',
    weight: 2.5,
    forms: {
      en: [
        'relocat*', 'moved ~ production', 'moved ~ manufacturing', 'moved ~ hq', 'moved ~ headquarters',
        'moved ~ operations',
        'moved ~ plant', 'moved ~ distribution', 'moving ~ production', 'moves production', 'consolidated ~ at',
        'consolidated ~ in', 'outside our', 'outside of our', 'beyond our', 'beyond where we', 'out of our reach',
        'nowhere near our', 'not in our area', 'we do not ship', 'we do not deliver', 'we do not operate',
        'we only operate',
        'we only ship', 'we only deliver', 'we have no network', 'no network there', 'overseas',
        'abroad', 'moved away', 'outside the region', 'out of state', 'moved ~ @site', 'we do not run',
        'we do not serve',
        'we do not cover', 'we do not go', 'we can not serve', 'we could not serve',
        'left the country', 'moved abroad', 'moved overseas', 'moved out of state', 'moved out of the area',
        'moved out of our area', 'left our area', 'left the area', 'outside our territory', 'out of our territory',
        'not in our territory', 'beyond our territory', 'we do not cover that', 'no coverage there',
      ],
      de: [
        'verlager*', 'verlegt', 'umgezogen', 'umzug', 'ausserhalb unser*', 'ins ausland', 'zusammengelegt',
        'nicht mehr in unserem',
      ],
      fr: [
        'demenag*', 'delocalis*', 'transfer* ~ production', 'regroupe* ~ production', 'hors de notre',
        'en dehors de notre', 'aucun reseau', 'pas de reseau', 'a l etranger',
      ],
      es: [
        'traslad*', 'reubica*', 'se mudaron', 'se mudo', 'mudanza', 'fuera de nuestra', 'fuera de nuestro',
        'al extranjero',
      ],
      pt: [
        'mudou ~ para', 'mudaram ~ para', 'mudanca', 'transferiu ~ producao', 'transferiram', 'fora da nossa',
        'fora do nosso', 'para o exterior',
      ],
    },
  },
];

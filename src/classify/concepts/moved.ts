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
        'acquir*', 'bought by', 'bought out', 'buyout', 'taken over', 'takeover', 'merg*', 'sold to', 'sold the company',
        'sold the business', 'sold its', 'sold their', 'sold off', 'sold the brand', 'parent company', 'parent', 'new parent',
        'group contract', 'group wide', 'group it', 'group procurement', 'national contract', 'corporate contract',
        'global contract', 'group agreement', 'group framework', 'mandate', 'mandates',
        'mandated', 'sister company',
        'holding company', 'roll up', 'private equity', 'portfolio company', 'subsidiar*', 'central it', 'the acquirer',
        'combined group', 'standardis* on the', 'standardiz* on the', 'migrate to the group', 'group gave',
      
        'headquarters decided', 'hq decided', 'decided centrally', 'central purchasing', 'centralised purchasing', 'centralized purchasing', 'centralised procurement', 'centralized procurement', 'corporate procurement mandate', 'corporate mandate', 'global agreement', 'global deal', 'global framework', 'preferred supplier list', 'approved vendor list', 'vendor consolidation', 'consolidated vendors', 'consolidating suppliers', 'new owner*', 'new ownership', 'change of ownership', 'under new ownership',],
      de: [
        'ubernomm*', 'ubernahme', 'aufgekauft', 'gekauft von', 'fusion*', 'fusioniert', 'konzern*', 'mutterkonzern',
        'muttergesellschaft', 'tochter*', 'konzernweit', 'vorgibt', 'vorgeschrieben', 'schreibt _ vor', 'schreibt vor',
        'vorgabe', 'holding',
      
        'zentraler einkauf', 'zentral entschieden', 'konzerneinkauf', 'konzernvorgabe', 'konzernrahmenvertrag', 'neue eigentumer', 'neuer eigentumer', 'eigentumerwechsel', 'lieferantenkonsolidierung',],
      fr: [
        'rachete*', 'rachat', 'absorbe*', 'fusion*', 'fusionne*', 'maison mere', 'societe mere', 'contrat cadre',
        'contrat groupe', 'filiale*', 'cede*', 'vendu a', 'repris par', 'le groupe impose',
      
        'achats centralises', 'centrale d achat', 'decision du siege', 'siege a decide', 'nouveaux proprietaires', 'nouveau proprietaire', 'changement de proprietaire', 'accord cadre groupe', 'referencement groupe',],
      es: [
        'adquirid*', 'adquisicion', 'comprad* por', 'fusion*', 'fusionad*', 'casa matriz', 'matriz', 'contrato global',
        'contrato marco', 'contrato corporativo', 'filial*', 'vendid* a', 'absorbid*',
      
        'compras centralizadas', 'central de compras', 'decision de la casa matriz', 'nuevos duenos', 'nuevo dueno', 'cambio de dueno', 'acuerdo global del grupo',],
      pt: [
        'adquirid*', 'aquisicao', 'comprad* pel*', 'fusao', 'incorporad*', 'matriz', 'controladora', 'contrato corporativo',
        'contrato global', 'subsidiaria', 'vendid* para', 'absorvid*',
      
        'decisao da matriz', 'novos donos', 'novo dono', 'troca de dono', 'acordo global do grupo',],
    },
  },
  {
    concept: 'acquired',
    weight: 0.5,
    forms: { en: ['group', 'corporate'], de: ['gruppe', 'rahmenvertrag'], fr: ['groupe'], es: ['grupo'], pt: ['grupo'] },
  },
  {
    concept: 'acquired',
    weight: 2.5,
    forms: {
      en: ['sold the firm', 'sold their firm', 'founders sold', 'owners sold', 'owner sold', 'sold out to', 'sold to a', 'head office', 'purchasing ~ runs through', 'buys through', 'through head office', 'via head office', 'through the group', 'through the parent'],
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
        'ferme* ~ @site', 'cerr* ~ @site', 'fech* ~ @site', 'liquidation', 'liquidat*', 'bankrupt*', 'insolven*', 'chapter 7', 'chapter 11', 'ch 7', 'ch 11', 'out of business',
        'went under', 'went bust', 'ceased trading', 'ceased operations', 'wound up', 'wound down', 'winding down',
        'administrators', 'receivership', 'gave up the office', 'gave up their office', 'dissolved', 'closed its doors',
        'closed their doors', 'no office left', 'sold the building', 'went out of', 'closures',
      
        'went out of business', 'folded', 'closed for good', 'shut for good', 'owner passed away', 'owner died', 'passed away', 'the business was sold', 'sold the company', 'sold the business', 'sold their business', 'family business sold', 'went into administration', 'went bankrupt', 'bankruptcy', 'insolvency',
        'company folded', 'business closed', 'business folded', 'filed for bankruptcy', 'filed bankruptcy', 'chapter eleven', 'in administration', 'liquidated', 'shut the branch', 'shut their doors', 'out of biz', 'ceased to exist', 'no longer exists', 'no longer in business', 'stopped trading', 'closed shop',
        'mothball*', 'idled', 'idling the', 'emptied', 'nobody left', 'no one left', 'wound down operations', 'shut operations',],
      de: [
        '@site ~ geschlossen', 'geschlossen', 'schliess*', 'stillgeleg*', '@site ~ eingestellt', '*betrieb eingestellt',
        'aufgegeben', 'insolven*', 'pleite', 'konkurs', 'aufgelost', 'geschaftsaufgabe', 'abgewickelt', 'dicht gemacht',
      ],
      fr: ['fermeture', 'liquidation', 'faillite', 'cessation', 'cesse* son activite', 'redressement judiciaire', 'depot de bilan', 'a ferme'],
      es: ['cierre de', 'quiebra', 'concurso de acreedores', 'liquidacion', 'cese de actividad', 'cese', 'ceso', 'clausur*'],
      pt: ['encerrou as atividades', 'encerrou atividades', 'encerramento das atividades', 'falencia', 'faliu', 'recuperacao judicial', 'deixou de existir'],
    },
  },
  {
    concept: 'closed',
    weight: 1.4,
    forms: {
      en: ['closed', 'closing', 'closure', 'shut', 'ceased', 'retired', 'retiring', 'retirement', 'sold up', 'sold most'],
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
        'relocat*', 'moved ~ production', 'moved ~ manufacturing', 'moved ~ hq', 'moved ~ headquarters', 'moved ~ operations',
        'moved ~ plant', 'moved ~ distribution', 'moving ~ production', 'moves production', 'consolidated ~ at',
        'consolidated ~ in', 'outside our', 'outside of our', 'beyond our', 'beyond where we', 'out of our reach',
        'nowhere near our', 'not in our area', 'we do not ship', 'we do not deliver', 'we do not operate', 'we only operate',
        'we only ship', 'we only deliver', 'we have no network', 'no network there', 'offshor*', 'nearshor*', 'overseas',
        'abroad', 'moved away', 'outside the region', 'out of state', 'moved ~ @site', 'we do not run', 'we do not serve',
        'we do not cover', 'we do not go', 'we can not serve', 'we could not serve',
      
        'left the country', 'moved abroad', 'moved overseas', 'moved out of state', 'moved out of the area', 'moved out of our area', 'left our area', 'left the area', 'outside our territory', 'out of our territory', 'not in our territory', 'beyond our territory', 'we do not cover that', 'no coverage there',],
      de: ['verlager*', 'verlegt', 'umgezogen', 'umzug', 'ausserhalb unser*', 'ins ausland', 'zusammengelegt', 'nicht mehr in unserem'],
      fr: ['demenag*', 'delocalis*', 'transfer* ~ production', 'regroupe* ~ production', 'hors de notre', 'en dehors de notre', 'aucun reseau', 'pas de reseau', 'a l etranger'],
      es: ['traslad*', 'reubica*', 'se mudaron', 'se mudo', 'mudanza', 'fuera de nuestra', 'fuera de nuestro', 'al extranjero'],
      pt: ['mudou ~ para', 'mudaram ~ para', 'mudanca', 'transferiu ~ producao', 'transferiram', 'fora da nossa', 'fora do nosso', 'para o exterior'],
    },
  },
  {
    concept: 'insourced',
    weight: 2.6,
    forms: {
      en: [
        'in house', 'inhouse', 'insourc*', 'in sourc*', 'own @staff', 'own _ @staff', 'hired ~ @staff', 'hired own',
        'recruited ~ @staff', 'hired a _ manager and', 'built ~ own', 'build ~ own', 'do it themselves',
        'doing it themselves', 'do it internally', 'done internally', 'internal team', 'on staff',
        'bought ~ own', 'leased ~ own', 'their it ~ wrote', 'their it ~ built', 'their it ~ developed', 'developed their own',
        'built their own', 'made their own', 'make ~ themselves', 'run ~ internally', 'runs ~ internally', 'in their own building',
        'own fleet', 'own lab', 'own press', 'own line', 'own kitchen', 'own warehouse', 'own system', 'own tool',
        'own platform', 'own solution',
      
        'in house team', 'inhouse team', 'their own team', 'their own staff', 'own employees', 'own people', 'do it in house', 'doing it in house', 'brought it in house', 'brought it internal', 'took it in house', 'took it internal', 'internalised', 'internalized', 'diy', 'do it yourself', 'bought their own', 'bought its own', 'own equipment', 'own machines', 'own drivers', 'own trucks', 'own software', 'own app', 'self performing', 'self perform', 'automated it themselves', 'their it team built', 'their engineers built',
        'brought in house', 'went in house', 'took in house', 'doing it internally', 'handle it internally', 'handling it internally', 'handled internally', 'internal resource*', 'internal hire*', 'hired internally', 'own resources', 'self managed', 'self managing', 'self serve now', 'do it with their own',],
      de: ['eigene @staff', 'eigenes @staff', 'eigene*', 'eigenregie', 'intern', 'inhouse', '@staff ~ eingestellt', 'eigenes personal', 'alles selbst', 'jetzt selbst', 'eigene abteilung', 'eigenes team aufgebaut', 'eigene leute', 'selbst ubernommen', 'selbst erledigt', 'ins haus geholt', 'intern ubernommen', 'eigene maschinen', 'eigene fahrzeuge', 'eigenen fuhrpark'],
      fr: ['internalis*', 'en interne', 'eux memes', 'leur propre', 'leurs propres', 'propre equipe', 'embauche*', 'recrute* ~ @staff', 'equipe interne', 'leur propre equipe', 'fait en interne', 'repris en interne', 'leurs propres machines', 'leur propre flotte', 'par eux memes'],
      es: ['internaliz*', 'propio @staff', 'propia @staff', '@staff propi*', 'ellos mismos', 'en plantilla', 'contratad* ~ @staff', 'contrataron ~ @staff', 'por su cuenta', 'equipo interno', 'su propio equipo', 'en casa', 'lo hacen ellos', 'sus propias maquinas', 'su propia flota'],
      pt: ['internaliz*', '@staff propri*', 'propri* @staff', 'eles mesmos', 'contrataram ~ @staff', 'contratou ~ @staff', 'por conta propria', 'equipe interna', 'sua propria equipe', 'dentro de casa', 'fazem internamente', 'eles mesmos fazem', 'suas proprias maquinas', 'sua propria frota'],
    },
  },
  {
    concept: 'insourced',
    weight: 1.5,
    forms: { en: ['their own', 'its own'], de: ['selbst', 'selber'], fr: ['eux meme'], es: ['su propio', 'su propia'], pt: ['seu proprio', 'sua propria'] },
  },
  {
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: [
        'no longer need*', 'no longer require*', 'no longer use*', 'no longer buy*', 'no longer have', 'no longer make',
        'no longer run', 'no need', 'do not need', 'does not need', 'did not need', 'not needed', 'no more need',
        'no longer needed', 'not need', 'disappeared', 'nothing for us to', 'nothing left to', 'nothing to bid on',
        'stopped making', 'stopped manufacturing', 'stopped producing', 'stopped printing', 'stopped running',
        'stopped performing', 'stopped using', 'went digital', 'digital only', 'online only', 'ecommerce only',
        'ecomm only', 'fully remote', 'went remote', 'everyone remote', 'import* ~ finished', 'not permitted',
        'no longer permitted', 'converting to', 'get out of', 'got out of', 'exited the market', 'exited the category',
        'left the market', 'sold ~ acreage', 'sold ~ land', 'turned the business into', 'changed ~ business model',
        'business model', 'pivot*', 'no longer relevant', 'dropped the requirement',
      
        'lost their main customer', 'lost their biggest customer', 'lost the contract that', 'lost their contract', 'project ended', 'project finished', 'project completed', 'construction completed', 'contract ended on their side', 'no longer operating', 'stopped operating', 'exited the business', 'left the business', 'discontinued the product line', 'discontinued that line', 'dropped the product line', 'stopped offering', 'downsiz*', 'headcount cut*', 'laid off', 'layoffs', 'reduced operations', 'scaled back', 'scaled down', 'cut back', 'smaller footprint', 'fewer employees', 'fewer staff', 'fewer sites', 'went fully remote', 'remote first', 'office closure', 'nothing left for us', 'no longer a need', 'need disappeared', 'need went away', 'use case disappeared', 'use case went away', 'subsidy ended', 'grant ended', 'funding ended', 'funding cut',
        'no need anymore', 'not needed anymore', 'need ended', 'contract with their client ended', 'lost their tender', 'lost their client', 'their client left', 'changed direction', 'pivoted', 'license revoked', 'licence revoked', 'funding dried up', 'funding ran out', 'budget gone', 'program ended', 'programme ended', 'pilot ended', 'season ended', 'event ended', 'no more events', 'stopped the service', 'dropped the service', 'discontinued the service',],
      de: [
        'brauchen ~ nicht mehr', 'braucht ~ nicht mehr', 'benotigen ~ nicht mehr', 'kein bedarf', 'keinen bedarf',
        'bedarf entfallen', 'entfallt', 'nicht mehr benotigt', 'nicht mehr notig', 'produzieren nicht mehr',
        'geschaftsmodell',
      
        'projekt beendet', 'projekt abgeschlossen', 'auftrag verloren', 'hauptkunden verloren', 'stellenabbau', 'personalabbau', 'kurzarbeit', 'betrieb verkleinert', 'weniger mitarbeiter', 'weniger standorte', 'forderung ausgelaufen', 'bedarf weggefallen', 'kein bedarf mehr', 'braucht es nicht mehr',],
      fr: ['plus besoin', 'n ont plus besoin', 'pas besoin', 'ne fabrique* plus', 'ne produi* plus', 'a cesse de', 'n utilise* plus', 'changement de modele', 'tout en ligne', 'projet termine', 'projet fini', 'perdu leur client', 'perdu leur contrat', 'reduction d effectifs', 'licenciements', 'plan social', 'moins de salaries', 'moins de sites', 'teletravail complet', 'subvention terminee', 'besoin a disparu', 'plus utilite'],
      es: ['ya no necesita*', 'no necesita*', 'ya no requiere*', 'dejo de fabricar', 'dejaron de fabricar', 'sin necesidad', 'ya no usa*', 'cambio de modelo', 'ya no compra*', 'proyecto terminado', 'proyecto finalizado', 'perdieron su cliente', 'perdieron el contrato', 'despidos', 'recorte de personal', 'menos empleados', 'menos sedes', 'teletrabajo total', 'subvencion terminada', 'ya no lo necesitan', 'la necesidad desaparecio'],
      pt: ['nao precisa* mais', 'ja nao precisa*', 'deixou de fabricar', 'deixou de produzir', 'deixaram de fabricar', 'nao compra mais', 'nao usa* mais', 'passou a importar', 'mudanca de modelo', 'sem necessidade', 'projeto terminou', 'projeto encerrado', 'perderam o cliente', 'perderam o contrato', 'demissoes', 'corte de pessoal', 'menos funcionarios', 'menos unidades', 'home office total', 'subsidio acabou', 'nao precisam mais', 'a necessidade acabou'],
    },
  },
  {
    concept: 'need_gone',
    weight: 1.2,
    forms: { en: ['no longer'], de: ['nicht mehr'], fr: ['ne plus', 'plus de'], es: ['ya no'], pt: ['nao compra', 'nao mais'] },
  },
  {
    concept: 'budget_cut',
    weight: 2.2,
    forms: {
      en: [
        'cut ~ budget*', 'budget* ~ cut', 'budget* ~ frozen', 'budget freeze', 'budget* ~ zeroed', 'zeroed out', 'cut all',
        'cut ~ spend*', 'spend* ~ cut', 'spending freeze', 'no budget', 'lost funding', 'funding fell through', 'not funded',
        'never got funded', 'cut ~ events', 'cancelled all', 'profit warning',
      ],
      de: ['budget* ~ gestrichen', 'budget ~ gekurzt', 'budgetkurzung*', 'kein budget', 'budgetstopp', 'ausgabenstopp'],
      fr: ['budget* ~ supprime*', 'gel budgetaire', 'budget* gele*', 'faute de budget', 'budget* ~ coupe*', 'plus de budget'],
      es: ['recorte* ~ presupuesto', 'presupuesto* ~ congelad*', 'sin presupuesto', 'presupuesto* ~ recortad*', 'recortaron'],
      pt: ['corte* ~ orcamento', 'orcamento* ~ congelad*', 'sem orcamento', 'orcamento* ~ cortad*', 'cortaram ~ verba'],
    },
  },
  {
    concept: 'regulation',
    weight: 1.6,
    forms: {
      en: ['regulation*', 'regulator*', 'new rules', 'rules changed', 'law', 'laws', 'legislation', 'ban', 'banned', 'code changed', 'fire code', 'reimbursement rules', 'state rules', 'national rules'],
      de: ['gesetz*', 'verordnung*', 'vorschrift*', 'verbot*', 'regulierung'],
      fr: ['reglement*', 'loi', 'interdi*', 'reglementation', 'norme*'],
      es: ['normativa', 'ley', 'regulacion', 'prohib*', 'reglamento'],
      pt: ['lei', 'legislacao', 'norma', 'proib*', 'regulamenta*'],
    },
  },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: ['@project ~ cancel*', 'cancel* ~ @project', '@project ~ scrapped', 'scrapped ~ @project', '@project ~ on hold', '@project ~ shelved', 'shelved'],
      de: ['projekt ~ gestoppt', 'projekt ~ abgesagt', 'projekt ~ eingestellt', 'projekt auf eis'],
      fr: ['projet ~ annule*', 'projet ~ abandonne*', 'projet ~ suspendu'],
      es: ['proyecto ~ cancelad*', 'proyecto ~ suspendid*', 'cancelaron el proyecto'],
      pt: ['projeto ~ cancelad*', 'projeto ~ suspens*', 'cancelaram o projeto', 'projetos ~ parad*', 'projeto ~ parad*'],
    },
  },
];

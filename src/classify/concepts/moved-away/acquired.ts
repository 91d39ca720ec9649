import type { ConceptSpec } from '../types';

/** Moved away (their need, owner or location changed): a new owner or parent. */
export const ACQUIRED: ConceptSpec[] = [
  {
    concept: 'acquired',
    weight: 2.5,
    forms: {
      en: [
        'acquir*', 'bought by', 'bought out', 'buyout', 'taken over', 'takeover', 'merg*', 'sold to',
        'sold its', 'sold their', 'sold off', 'sold the brand', 'parent company', 'parent',
        'new parent',
        'group contract', 'group wide', 'group it', 'group procurement', 'national contract', 'corporate contract',
        'global contract', 'group agreement', 'group framework', 'mandate', 'mandates',
        'mandated', 'sister company',
        'holding company', 'roll up', 'private equity', 'portfolio company', 'subsidiar*', 'central it', 'the acquirer',
        'combined group', 'standardis* on the', 'standardiz* on the', 'migrate to the group', 'group gave',
        'headquarters decided', 'hq decided', 'decided centrally', 'central purchasing', 'centralised purchasing',
        'centralized purchasing', 'centralised procurement', 'centralized procurement',
        'corporate procurement mandate', 'corporate mandate', 'global agreement', 'global deal', 'global framework',
        'preferred supplier list', 'approved vendor list', 'consolidated vendors',
        'consolidating suppliers', 'new owner*', 'new ownership', 'change of ownership', 'under new ownership',
      ],
      de: [
        'ubernomm*', 'ubernahme', 'aufgekauft', 'gekauft von', 'fusion*', 'fusioniert', 'konzern*', 'mutterkonzern',
        'muttergesellschaft', 'tochter*', 'konzernweit', 'vorgibt', 'vorgeschrieben', 'schreibt _ vor', 'schreibt vor',
        'vorgabe', 'holding',
        'zentraler einkauf', 'zentral entschieden', 'konzerneinkauf', 'konzernvorgabe', 'konzernrahmenvertrag',
        'neue eigentumer', 'neuer eigentumer', 'eigentumerwechsel', 
      ],
      fr: [
        'rachete*', 'rachat', 'absorbe*', 'fusionne*', 'maison mere', 'societe mere', 'contrat cadre',
        'contrat groupe', 'une filiale', 'sa filiale', 'filiale de', 'filiale du', 'filiale d', 'cede*', 'vendu a', 'repris par', 'le groupe impose',
        'achats centralises', 'centrale d achat', 'decision du siege', 'siege a decide', 'nouveaux proprietaires',
        'nouveau proprietaire', 'changement de proprietaire', 'accord cadre groupe', 'referencement groupe',
      ],
      es: [
        'adquirid*', 'adquisicion', 'comprad* por', 'fusionad*', 'casa matriz', 'matriz', 'contrato global',
        'contrato marco', 'contrato corporativo', 'filial de', 'virou filial', 'se torno filial', 'como filial', 'vendid* a', 'absorbid*',
        'compras centralizadas', 'central de compras', 'decision de la casa matriz', 'nuevos duenos', 'nuevo dueno',
        'cambio de dueno', 'acuerdo global del grupo',
      ],
      pt: [
        'aquisicao', 'comprad* pel*', 'fusao', 'incorporad*', 'controladora',
        'subsidiaria', 'vendid* para', 'absorvid*',
        'decisao da matriz', 'novos donos', 'novo dono', 'troca de dono', 'acordo global do grupo',
      ],
    },
  },
  {
    concept: 'acquired',
    weight: 0.5,
    forms: { en: ['group', 'corporate'], de: ['gruppe'], fr: ['groupe'], es: ['grupo'] },
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
    // A chain or group that buys centrally now: the decision left for a buyer we do not reach.
    concept: 'acquired',
    weight: 2.4,
    forms: {
      en: ['now belongs to', 'now part of a', 'now owned by', 'buys centrally', 'group purchasing now'],
      de: ['gehort jetzt', 'gehort nun', 'zentraleinkauf', 'zentral eingekauft', 'kauft zentral'],
      fr: ['appartient desormais', 'appartient maintenant', 'par sa centrale', 'centrale d achat*'],
      es: ['ahora pertenece', 'pertenece ahora'],
      pt: ['agora pertence', 'pertence agora'],
    },
  },
  {
    // Swallowed by a group that buys centrally now.
    concept: 'acquired',
    weight: 2.4,
    forms: {
      en: ['bought up by', 'buying now central*', 'centrally by the parent'],
      de: ['geschluckt', 'vom konzern', 'zentral bei der mutter', 'einkauf jetzt zentral', 'bei der muttergesellschaft'],
      fr: ['absorbe* par', 'avale* par', 'achats centralises chez', 'par la maison mere'],
      es: ['absorbid* por', 'tragad* por', 'compras centralizadas en', 'por la matriz'],
      pt: ['absorvid* por', 'engolid* por', 'compras centralizadas na'],
    },
  },
  {
    concept: 'acquired',
    weight: 2.4,
    forms: {
      en: ['bought the land', 'bought the site', 'bought the grounds'],
      de: ['hat das gelande gekauft', 'das gelande gekauft'],
      fr: ['a achete le terrain', 'rachete* le terrain'],
      es: ['compro el terreno', 'compraron el terreno'],
      pt: ['comprou o terreno', 'compraram o terreno'],
    },
  },
  {
    // Sold to a chain or group: a new owner.
    concept: 'acquired',
    weight: 2.3,
    forms: {
      en: ['was sold to a chain', 'were sold to a chain', 'sold to a group', 'sold to a national'],
      de: ['wurde an ~ verkauft', 'an eine kette verkauft', 'an einen konzern verkauft', 'an eine gruppe verkauft'],
      fr: ['vendu* a un groupe', 'vendu* a une chaine', 'cede* a un groupe'],
      es: ['vendid* a una cadena', 'vendid* a un grupo'],
      pt: ['vendid* para uma rede', 'vendid* para um grupo', 'vendid* a uma rede'],
    },
  },
  {
    // A new owner: swallowed up, taken over, changed hands.
    concept: 'acquired',
    weight: 2.5,
    forms: {
      en: [
        'swallowed up', 'swallowed by', 'gobbled up', 'snapped up by', 'taken over by', 'got taken over', 'was taken over',
        'bought out by', 'rolled up into', 'roll up by', 'absorbed by', 'absorbed into', 'folded into', 'merged into',
        'now part of', 'became part of', 'new owners', 'changed hands',
        'ownership change', 'changed ownership',
        'group wide contract', 'parent mandated', 'parent company mandated',
        'national agreement',
      ],
    },
  },
  // Moved away: their change.
  { concept: 'acquired', weight: 2.5, forms: { de: ['von einem investor', 'segment verkauft', 'geschaftsbereich verkauft', 'an einen investor', 'finanzinvestor*', 'neuer gesellschafter'], fr: ['fonds d investissement', 'regroupe* ses achats', 'centralise* ses achats', 'repris par un fonds', 'nouvel actionnaire'] },
  },
  {
    // A new owner told as bought by, passed into the hands of, a fund.
    concept: 'acquired',
    weight: 2.5,
    forms: {
      es: [
        'compro una multinacional', 'los compro una', 'las compro una', 'la compro una', 'los compraron', 'las compraron',
        'paso a manos de', 'pasaron a manos de', 'cambio de manos', 'cambio de propiedad',
        'un fondo compro', 'un fondo de inversion', 'entro un fondo', 'los absorbio un', 'las absorbio un', 'la absorbio un',
      ],
      pt: [
        'passou para as maos de', 'passou as maos de', 'mudou de dono', 'mudou de maos', 'um fundo comprou',
        'nova controladora', 'compra centralizada', 'passou a ser centralizad*', 'foram comprados', 'foram comprad*', 'foi absorvid*',
      ],
    },
  },
  {
    // Their ownership changed: a division sold off, spun off, carved out of a group.
    concept: 'acquired',
    weight: 2.6,
    forms: {
      en: ['divested', 'divestiture', 'divestment', 'spun off', 'spin off', 'spinoff', 'sold the division', 'sold the business', 'sold biz', 'sold the company'],
      de: ['abgespalten', 'ausgegliedert', 'ausgliederung', 'sparte verkauft', 'bereich verkauft', 'firma verkauft'],
      fr: ['cede la division', 'cession de la division', 'cession de l activite', 'scission', 'filialise*', 'activite cedee'],
      es: ['desinvirtieron', 'desinversion', 'escindida', 'escision', 'vendieron la division', 'vendieron el negocio'],
      pt: ['desinvestiu', 'desinvestimento', 'cisao', 'venderam a divisao', 'venderam o negocio', 'vendeu a empresa'],
    },
  },
  {
    // Bought by a fund, suppliers consolidated: "compra por fondo, consolidación de proveedores".
    concept: 'acquired',
    weight: 2.6,
    forms: {
      en: ['bought by a fund', 'bought by pe', 'pe buyout', 'vendor consolidation', 'supplier consolidation'],
      de: ['lieferanten konsolidiert', 'lieferantenkonsolidierung', 'von einem fonds gekauft'],
      fr: ['rachat par un fonds', 'consolidation ~ fournisseurs', 'rachete* par un fonds'],
      es: ['compra por ~ fondo', 'comprada por ~ fondo', 'comprados por ~ fondo', 'fondo de inversion', 'consolidacion de proveedores'],
      pt: ['compra por ~ fundo', 'comprada por ~ fundo', 'comprados por ~ fundo', 'fundo de investimento', 'consolidacao de fornecedores'],
    },
  },
];

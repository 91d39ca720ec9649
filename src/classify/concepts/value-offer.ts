import type { ConceptSpec } from './types';

/**
 * Step I, pulled away (continued): a broader bundle, a new requirement, a new decision-maker's own supplier, co-creation.
 */
export const VALUE_OFFER_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'bundle',
    weight: 2.1,
    forms: {
      en: [
        'one contract', 'single contract', 'same contract', 'under one contract', 'one relationship', 'one system',
        'one platform', 'one app', 'one cloud', 'one provider', 'one vendor', 'one supplier', 'one agency',
        'single agency',
        'single vendor', 'single provider', 'single source', 'one source', 'one stop', 'all in one', 'in one app',
        'all included', 'under one roof', 'one sla', 'one coordinator', 'one account manager', 'one point of contact',
        'single point of contact', 'single managed service', 'bundle*', 'combined', 'as a package', 'one system story',
        'integrated tool', 'instead of three', 'instead of four', 'end to end', 'turnkey', 'broader',
        'one relationship now',
        'juggling', 'included in the', 'everything under', 'one place', 'in one place', 'full suite',
        'consolidat* onto', 'consolidat* on one', 'consolidat* into one', 'single platform',
        'could also', 'can also', 'also does', 'also do', 'also offers', 'also provides', 'also handles',
        'as well as the', 'on top of the',
        'complete platform', 'full platform',
      ],
      de: [
        'aus einer hand', 'alles aus einer hand', 'gesamtpaket', 'komplettpaket', 'paketangebot', 'paketpreis', 'im paket', 'einem vertrag',
        'ein vertrag',
        'ein ansprechpartner', 'einen ansprechpartner', 'einem ansprechpartner', 'bundel*', 'komplettlosung', 'rundum*',
        'alles zusammen',
        'inklusive', 'inkl', 'einschliesslich', 'bietet auch', 'macht auch',
        'komplette plattform', 'nur einem anbieter', 'nur ein anbieter', 'einem einzigen anbieter',
      ],
      fr: [
        'offre groupee', 'offre globale', 'interlocuteur unique', 'guichet unique', 'un seul interlocuteur',
        'un seul contrat',
        'tout en un', 'un seul prestataire', 'pack', 'package', 'regroupe*',
        'assure aussi', 'propose aussi', 'fait aussi', 'en plus de',
        'plateforme complete', 'un seul fournisseur', 'un seul editeur',
      ],
      es: [
        'bajo el mismo techo', 'todo en uno', 'un solo contrato', 'un solo proveedor', 'una sola agencia',
        'un unico proveedor',
        'paquete', 'paquete completo', 'servicio integral', 'solucion integral', 'todo eso', 'ademas hiciera',
        'tambien ofrece', 'tambien hace', 'ademas de',
        'plataforma completa', 'un solo lugar',
      ],
      pt: [
        'tudo em um', 'um so contrato', 'um unico contrato', 'um unico fornecedor', 'pacote', 'pacote completo',
        'solucao completa', 'solucao integrada', 'tudo junto',
        'tambem oferece', 'tambem faz', 'alem de',
        'um so fornecedor', 'num so fornecedor', 'num unico fornecedor', 'um so lugar', 'num so lugar',
      ],
    },
  },
  {
    concept: 'requirement',
    weight: 1.4,
    forms: {
      en: [
        'require*', 'requirement*', 'must have', 'mandatory', 'asked us for', 'asked for', 'asking for', 'needed',
        'wanted',
        'insisted on having', 'made _ a requirement', 'demanding', 'started requiring', 'now requires', 'criterion',
        'criteria',
      ],
      de: [
        'verlangt', 'verlangte', 'verlangten', 'fordert*', 'anforderung*', 'voraussetzung', 'wollte',
        'wunschte', 'gefordert', 'kriteri*',
      ],
      fr: ['exige*', 'exigence*', 'obligatoire', 'voulait', 'voulaient', 'demandait', 'demandaient', 'reclamait', 'critere*'],
      es: ['exig*', 'requisito*', 'requiere*', 'obligatori*', 'queria', 'pedia', 'criterio*'],
      pt: ['exig*', 'requisito*', 'obrigatori*', 'queria', 'pedia', 'criterio*'],
    },
  },
  {
    concept: 'own_vendor',
    weight: 2.3,
    forms: {
      en: [
        // "já era cliente do outro laboratório há anos": the decider already bought from the rival.
        'was already a client of', 'was already a customer of', 'ja era cliente', 'ya era cliente', 'etait deja client', 'war schon kunde',
        'war bereits kunde',
        'his old', 'her old', 'his previous', 'her previous', 'his last', 'her last', 'his former', 'her former',
        'previous job', 'previous company', 'previous employer', 'previous plant', 'previous firm', 'previous role',
        'last job', 'last firm', 'last company', 'former employer', 'prior co', 'prior company', 'from prior',
        'old company',
        'old vendor', 'old supplier', 'old agency', 'favourite', 'favorite', 'brought in his', 'brought in her',
        'brought his', 'brought her', 'brought over', 'he knew the', 'she knew the', 'he knows the', 'she knows the', 'he trusts',
        'she trusts', 'by heart', 'had worked with', 'worked with _ for', 'he used at', 'she used at', 'he ran at',
        'she ran at', 'used before', 'his own people', 'her own people', 'long standing', 'longstanding',
        'preferred vendor', 'preferred supplier', 'relationship with the other', 'golf buddy', 'friend of the',
        'friends with the', 'knows the owner', 'personal relationship', 'his network', 'her network', 'trusted vendor',
        'trusted supplier', 'vendor he trusts', 'vendor she trusts', 'worked with before', 'brought along',
        'brought in their own', 'their own preferred',
      ],
      de: [
        'seinen bisherigen', 'ihren bisherigen', 'bisherigen lieferanten', 'bisherigen dienstleister', 'mitgebracht',
        'alten arbeitgeber', 'fruheren arbeitgeber', 'vorherigen arbeitgeber', 'kannte', 'seinen alten', 'ihren alten',
        'seinem alten', 'ihrem alten', 'lieblings*',
        'bevorzugten lieferanten', 'personliche beziehung', 'kennt den inhaber', 'vertrauten lieferanten',
        'bringt ~ mit', 'brachte ~ mit', 'stammlieferant*', 'hauslieferant*', 'seinen stamm*',
      ],
      fr: [
        'ancien poste', 'ancien employeur', 'ancienne entreprise', 'que il connaissait', 'que elle connaissait',
        'connaissait',
        'son ancien', 'son ancienne', 'favori', 'favorite', 'par coeur',
        'fournisseur prefere', 'relation personnelle', 'connait le patron', 'prestataire de confiance',
        'son fournisseur habituel', 'ses fournisseurs habituels',
      ],
      es: [
        'anterior empresa', 'empresa anterior', 'su anterior', 'trabajo anterior', 'conocia', 'favorit*', 'trajo a su',
        'trajo su', 'de su antiguo', 'de su antigua', 'su antiguo', 'su antigua',
        'proveedor preferido', 'relacion personal', 'conoce al dueno', 'proveedor de confianza', 'de su confianza',
        'su proveedor habitual', 'sus proveedores de siempre',
      ],
      pt: [
        'empresa anterior', 'emprego anterior', 'seu antigo', 'sua antiga', 'antigo fornecedor', 'trouxe', 'conhecia',
        'favorit*',
        'fornecedor preferido', 'relacao pessoal', 'conhece o dono', 'fornecedor de confianca', 'de sua confianca',
        'seu fornecedor habitual', 'seus fornecedores de sempre',
      ],
    },
  },
  {
    concept: 'co_create',
    weight: 2.0,
    forms: {
      en: [
        'co design*', 'codesign*', 'co develop*', 'codevelop*', 'co creat*', 'cocreat*', 'tailor*', 'bespoke',
        'designed with', 'custom design*', 'said yes', 'customi*',
      ],
      de: ['mass* ~ geschneidert', 'massgeschneidert*', 'gemeinsam entwickelt', 'individuell*', 'sonderanfertigung'],
      fr: ['sur mesure', 'personnalis*', 'co concu*', 'co developpe*'],
      es: ['a medida', 'personaliza*', 'diseno propio', 'co desarroll*', 'disenado con'],
      pt: ['sob medida', 'personaliza*', 'co desenvolv*', 'desenvolvid* com'],
    },
  },
  {
    concept: 'new_decider',
    weight: 0.8,
    forms: {
      en: [
        '@new @role', '@new _ @role', '@new _ _ @role', 'came over from', 'came from', 'hired a @role',
        'hired a _ @role', 'replacement', 'successor', 'took over as',
      ],
      de: ['@new @role', '@new _ @role', 'nachfolger*'],
      fr: ['@new @role', '@new _ @role', 'remplacant*', 'successeur'],
      es: ['@new @role', '@new _ @role', 'entro una nueva', 'entro un nuevo', 'sustitut*', 'reemplaz*'],
      pt: ['@new @role', '@new _ @role', 'substitut*', 'sucessor*'],
    },
  },
];

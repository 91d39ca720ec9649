import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): a new decision-maker's own supplier. */
export const OWN_VENDOR: ConceptSpec[] = [
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
        'son ancien', 'son ancienne', 'favori', 'par coeur',
        'fournisseur prefere', 'relation personnelle', 'connait le patron', 'prestataire de confiance',
        'son fournisseur habituel', 'ses fournisseurs habituels',
      ],
      es: [
        'anterior empresa', 'empresa anterior', 'su anterior', 'trabajo anterior', 'conocia', 'favorit*', 
        'trajo su', 'de su antiguo', 'de su antigua', 'su antiguo', 'su antigua',
        'proveedor preferido', 'relacion personal', 'conoce al dueno', 'proveedor de confianza', 'de su confianza',
        'su proveedor habitual', 'sus proveedores de siempre',
      ],
      pt: [
        'emprego anterior', 'seu antigo', 'sua antiga', 'antigo fornecedor', 'trouxe', 'conhecia',
        'fornecedor preferido', 'relacao pessoal', 'conhece o dono', 'fornecedor de confianca', 'de sua confianca',
        'seu fornecedor habitual', 'seus fornecedores de sempre',
      ],
    },
  },
  {
    // A new decision-maker brings the supplier they know.
    concept: 'own_vendor',
    weight: 2.3,
    forms: {
      en: ['brought in their', 'his usual', 'her usual', 'had worked with for', 'worked with for years', 'worked with at'],
      de: ['mit dem sie schon', 'mit dem er schon', 'von ihrem alten', 'von seinem alten'],
      fr: ['travaillait avec', 'presta habituel', 'prestataire habituel', 'fournisseur habituel', 'son ancien prestataire', 'son ancien fournisseur', 'a ramene son', 'a ramene sa'],
      es: ['su proveedor de siempre', 'trabajaba con', 'su antiguo proveedor'],
      pt: ['trouxe seu', 'seu antigo fornecedor'],
    },
  },
  {
    // A new director brings the supplier he worked with before.
    concept: 'own_vendor',
    weight: 2.5,
    forms: {
      en: ['brought his own', 'brought her own', 'brings his own', 'brings her own', 'brought in his old', 'brought in her old'],
      de: ['bringt seine ~ mit', 'bringt ihre ~ mit', 'brachte seine ~ mit', 'brachte ihre ~ mit', 'vom alten dom'],
      fr: ['a amene son', 'a amene sa', 'amene son ancien', 'avec qui il travaillait', 'avec qui elle travaillait'],
      es: ['trajo a su', 'se trajo a su', 'trajo su propio', 'con la que trabajaba', 'con el que trabajaba'],
      pt: ['que o acompanha', 'que a acompanha', 'trouxe a sua', 'trouxe o seu', 'com quem trabalhava'],
    },
  },
  {
    concept: 'own_vendor',
    weight: 2.3,
    forms: {
      de: ['mit dem er ~ gearbeitet', 'mit dem sie ~ gearbeitet', 'mit denen er ~ gearbeitet', 'kannte er', 'kannte sie', 'aus seiner ~ zeit', 'aus ihrer ~ zeit', 'seinen alten lieferanten', 'ihren alten lieferanten'],
      en: ['he had worked with', 'she had worked with', 'he worked with at', 'she worked with at'],
      es: ['con quien trabajaba', 'que ya conocia'],
      pt: ['com o qual trabalhava', 'que ja conhecia'],
    },
  },
  {
    concept: 'own_vendor',
    weight: 2.3,
    forms: { en: ['he had used there', 'she had used there', 'used there for', 'brought in the ~ he', 'brought in the ~ she'] },
  },
  { concept: 'own_vendor', weight: 2.3, forms: {
    de: ['seinen bisherigen lieferanten', 'alten dienstleister mit'],
    fr: ['ses anciens fournisseurs'],
  } },
];

import type { ConceptSpec } from './types';

/**
 * Step I, pulled away: a better overall offer (features, integration, certification, service model,
 * bundle, co-creation), or a new decision-maker bringing the supplier they know.
 */
export const VALUE_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'better_offer',
    weight: 2.2,
    forms: {
      en: [
        'better @capability', 'better _ @capability', 'better _ _ @capability', 'better product', 'better solution', 'better fit', 'better value', 'better offering',
        'better service model', 'better coverage', 'better portal', 'better support', 'far better', 'much better',
        'way ahead', 'ahead of ours', 'outperform*', 'beat ours', 'beat our @capability', 'superior', 'more complete',
        'more advanced', 'more modern', 'more flexible', 'more capable', 'best in class', 'out of the box', 'built in',
        'native', 'natively', 'exactly that', 'exactly what', 'what they can', 'value proposition', 'dedicated account team',
        'dedicated team', 'dedicated account manager', 'dedicated support',
        'faster', 'next day', 'quicker', 'closer to them', 'local warehouse', 'local footprint', 'full service',
        'managed service', 'managed program*', 'managed inventory', 'fully automated', 'more features',
      
        'better offer', 'better option', 'stronger product', 'stronger solution', 'more functionality', 'richer', 'feature rich', 'feature set', 'broader portfolio', 'wider portfolio', 'broader range', 'wider range', 'broader offering', 'bigger range', 'full range', 'end to end solution', 'one stop shop', 'more innovative', 'innovative', 'newer', 'state of the art', 'cutting edge', 'modern', 'easier to use', 'user friendly', 'better ux', 'better ui', 'sleeker', 'intuitive', 'ai powered', 'ai driven', 'ai based', 'automated', 'automation', 'self service', 'higher quality', 'better quality', 'superior quality', 'more reliable', 'better reliability', 'outperformed', 'out performed', 'performed better', 'won the trial', 'won the pilot', 'won the poc', 'won the bake off', 'won the evaluation', 'won the technical', 'scored higher', 'higher score', 'scored better', 'rated higher', 'technically superior', 'technical merit', 'technical edge', 'stronger references', 'industry expertise', 'industry experience', 'domain expertise', 'specialist', 'specialised', 'specialized', 'experience in their sector', 'sector expertise', 'flexibility', 'scalable', 'scalability', 'faster turnaround', 'faster delivery', 'shorter lead time*', 'quicker delivery', 'same day', 'next day delivery', 'local presence', 'local team', 'onsite team', 'on site support', '24 7', 'around the clock', 'nearer to them', 'sustainab*', 'greener', 'eco friendly', 'recyclable', 'certified', 'accredited', 'compliant', 'meets their requirements', 'met their requirements', 'met every requirement', 'fit their needs', 'fits their needs', 'better suited', 'more suitable', 'better aligned', 'aligned with their', 'matched their', 'a better match', 'capability we lack', 'what we lack', 'had what they needed', 'exactly what they wanted',
        'competitor product', 'competitors product', 'rival product', 'their product', 'better product fit', 'product fit', 'product did not fit', 'product not a fit',],
      de: [
        'besser* @capability', 'bessere losung', 'besseres produkt', 'besseres angebot', 'uberlegen*', 'moderner*',
        'umfassender*', 'vollautomatisiert*', 'schneller*', 'genau das', 'mehr funktionen', 'leistungsfahiger*', 'nativ*',
        'in echtzeit', 'echtzeit',
      
        'grosserer funktionsumfang', 'breiteres portfolio', 'grosseres sortiment', 'vollsortimenter', 'komplettanbieter', 'innovativer', 'moderner', 'benutzerfreundlich*', 'einfacher zu bedienen', 'automatisiert', 'ki gestutzt', 'hohere qualitat', 'bessere qualitat', 'zuverlassiger', 'im test besser', 'technisch besser', 'technisch uberlegen', 'branchenerfahrung', 'spezialist*', 'flexibler', 'skalierbar', 'kurzere lieferzeit*', 'schnellere lieferung', 'vor ort', 'rund um die uhr', 'naher dran', 'nachhaltig*', 'zertifiziert', 'passt besser', 'besser geeignet', 'genau das was',
        'wettbewerber produkt', 'produkt des wettbewerbers', 'produkt passt nicht', 'produktfit',],
      fr: [
        'meilleur* @capability', 'meilleure solution', 'meilleur produit', 'meilleure offre', 'plus complet*',
        'plus moderne*', 'plus performant*', 'superieur*', 'plus rapide*', 'natif', 'native', 'nativement', 'cle en main',
        'clef en main', 'en temps reel',
      
        'plus de fonctionnalites', 'gamme plus large', 'offre plus large', 'plus innovant*', 'plus moderne', 'plus ergonomique', 'plus simple a utiliser', 'automatise*', 'meilleure qualite', 'plus fiable', 'techniquement superieur*', 'mieux note*', 'expertise metier', 'specialiste', 'plus flexible', 'delais plus courts', 'livraison plus rapide', 'presence locale', 'sur place', '24h 24', 'plus proche', 'durable', 'certifie*', 'mieux adapte*', 'repond mieux', 'correspond mieux',
        'produit concurrent', 'produit du concurrent', 'produit ne convenait pas',],
      es: [
        'mejor @capability', 'mejor solucion', 'mejor producto', 'mejor servicio', 'mas complet*', 'mas modern*',
        'superior*', 'mas rapid*', 'nativa', 'nativo', 'en tiempo real', 'llave en mano',
      
        'mejor oferta', 'mas funcionalidades', 'gama mas amplia', 'mas innovador*', 'mas moderno', 'mas facil de usar', 'automatizad*', 'mejor calidad', 'mas fiable', 'mas confiable', 'tecnicamente superior', 'mejor puntuacion', 'especialista*', 'mas flexible', 'plazos mas cortos', 'entrega mas rapida', 'presencia local', 'en sitio', '24 horas', 'mas cerca', 'sostenible', 'certificad*', 'se adapta mejor', 'mas adecuad*', 'responde mejor',
        'producto de la competencia', 'producto del competidor', 'el producto no encajaba',],
      pt: [
        'melhor @capability', 'melhor solucao', 'melhor produto', 'melhor servico', 'mais complet*', 'mais modern*',
        'superior*', 'mais rapid*', 'nativa', 'nativo', 'em tempo real',
      
        'melhor proposta', 'mais funcionalidades', 'portfolio mais amplo', 'mais inovador*', 'mais moderno', 'mais facil de usar', 'melhor qualidade', 'mais confiavel', 'melhor nota', 'mais flexivel', 'prazos menores', 'entrega mais rapida', 'presenca local', 'no local', 'mais perto', 'sustentavel', 'se adapta melhor', 'mais adequad*', 'atende melhor',
        'produto do concorrente', 'produto da concorrencia', 'o produto nao atendia',],
    },
  },
  {
    concept: 'value_short',
    weight: 1.4,
    negatable: false,
    forms: {
      en: ['product', 'products', 'features', 'functionality', 'integration', 'integrations', 'technology', 'fit', 'usability', 'ux', 'roadmap'],
      de: ['produkt', 'funktionen', 'technologie', 'passung'],
      fr: ['produit', 'fonctionnalites', 'technologie'],
      es: ['producto', 'funcionalidades', 'tecnologia'],
      pt: ['produto', 'funcionalidades', 'tecnologia'],
    },
  },
  {
    concept: 'capability',
    weight: 1.0,
    forms: {
      en: ['@capability'], de: [], fr: [], es: [], pt: [],
    },
  },
  {
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      en: [
        'we lack', 'we lacked', 'we lacking', 'lacked', 'lack', 'lacking', 'we do not have', 'we did not have',
        'we have no @capability', 'we had no @capability', 'we have no _ @capability', 'we had no _ @capability', 'we do not offer', 'we did not offer', 'we can not offer', 'we could not offer',
        'we can not provide', 'we could not provide', 'we can not do', 'we do not do', 'we only', 'ours does not',
        'ours did not', 'ours do not', 'ours can not', 'ours still', 'ours needs', 'ours need', 'our _ can not',
        'our _ do not', 'our _ does not', 'our _ still', 'our units can not', 'not yet', 'still lack', 'in development',
        'on the roadmap', 'on our roadmap', 'not on roadmap', 'not on the roadmap', 'roadmap', 'next release',
        'nothing like it', 'we offer neither', 'nor do we', 'we were not there', 'we can not match', 'outside our scope',
        'outside what we provide', 'outside what we offer', 'outside our offering', 'we never offered', 'we do not carry',
        'and we did not', 'we did not', 'we do not', 'we still', 'we had nothing', 'nothing certified',
        'still in progress', 'in progress', 'could not offer', 'can not offer', 'missing @capability', 'missing _ @capability',
        '@capability missing', '@capability gap', 'gap in @capability', 'lack of @capability', 'no @capability', 'ours only',
        'our _ only', 'only covered', 'we only covered', 'we could not give them', 'could not give them that',
      
        'we could not scale', 'could not scale', 'we did not have the capacity', 'we lacked capacity', 'lack of capacity', 'no capacity', 'we could not meet their volume', 'could not meet', 'could not keep up with their growth', 'outgrew', 'outgrew us', 'outgrown us', 'too small for them', 'we were too small', 'beyond our capability', 'beyond our capabilities', 'not something we offer', 'not something we do', 'we do not provide', 'we never had', 'we have nothing like', 'no equivalent', 'we had no answer', 'no answer to',],
      de: [
        'wir nicht', 'haben wir nicht', 'fehlt uns', 'fehlte uns', 'uns fehlt', 'uns fehlte', 'bieten wir nicht',
        'wir bieten kein*', 'wir haben kein*', 'wir liefern nur', 'wir machen nur', 'wir machen bisher nur',
        'wir liefern _ aber nicht', 'aber nicht die', 'noch nicht', 'konnen wir nicht', 'nicht im angebot', 'fehlende @capability',
        'fehlende*', 'keine @capability',
      
        'konnten nicht liefern was', 'zu klein fur sie', 'kapazitat fehlte', 'keine kapazitat', 'haben wir nicht im angebot', 'bieten wir nicht an', 'haben wir nicht im portfolio',],
      fr: [
        'nous n avons pas', 'nous ne proposons pas', 'nous ne faisons pas', 'nous ne faisons que', 'nous n offrons pas',
        'on n a pas', 'pas encore', '@capability manquant*', 'manque de @capability', 'pas de @capability', 'nous non', 'nous ne sommes pas', 'nous travaillons uniquement', 'nous ne travaillons',
        'nous proposons seulement', 'que nous n avons pas', 'nous ne l avons pas', 'nous ne pouvons pas', 'ne propose pas',
      
        'nous n avions pas', 'pas dans notre offre', 'hors de notre offre', 'capacite insuffisante', 'pas la capacite', 'nous ne proposions pas',
        '@capability ~ manquant*',],
      es: [
        'nosotros no', 'no tenemos', 'no ofrecemos', 'solo trabajamos', 'solo ofrecemos', 'solo hacemos', 'todavia no',
        'aun no', 'nosotros todavia no', 'no lo ofrecemos', 'que nosotros no', 'no podemos ofrecer', 'faltan @capability',
        'falta de @capability', 'no lo permite', 'nos faltan', 'sin @capability',
      
        'no teniamos', 'no esta en nuestra oferta', 'sin capacidad', 'no ofreciamos', 'no lo tenemos',],
      pt: [
        'nos nao', 'nao temos', 'nao oferecemos', 'ainda nao', 'so trabalhamos', 'so fazemos', 'so oferecemos',
        'nao fazemos', 'que nos ainda nao', 'que nos nao', 'nao podemos oferecer', 'de balcao', 'a nossa depende',
        'faltam @capability', 'falta de @capability', 'falta @capability', 'sem @capability', 'a gente nao tem',
      
        'nao tinhamos', 'nao esta na nossa oferta', 'sem capacidade', 'nao oferecia*',],
    },
  },
  {
    concept: 'bundle',
    weight: 2.1,
    forms: {
      en: [
        'one contract', 'single contract', 'same contract', 'under one contract', 'one relationship', 'one system',
        'one platform', 'one app', 'one cloud', 'one provider', 'one vendor', 'one supplier', 'one agency', 'single agency',
        'single vendor', 'single provider', 'single source', 'one source', 'one stop', 'all in one', 'in one app',
        'all included', 'under one roof', 'one sla', 'one coordinator', 'one account manager', 'one point of contact',
        'single point of contact', 'single managed service', 'bundle*', 'combined', 'as a package', 'one system story',
        'integrated tool', 'instead of three', 'instead of four', 'end to end', 'turnkey', 'broader', 'one relationship now',
        'juggling', 'included in the', 'everything under', 'one place', 'in one place', 'full suite',
        'consolidat* onto', 'consolidat* on one', 'consolidat* into one', 'single platform',
      ],
      de: [
        'aus einer hand', 'alles aus einer hand', 'gesamtpaket', 'komplettpaket', 'paket', 'einem vertrag', 'ein vertrag',
        'ein ansprechpartner', 'einen ansprechpartner', 'einem ansprechpartner', 'bundel*', 'komplettlosung', 'rundum*',
        'alles zusammen',
      ],
      fr: [
        'offre groupee', 'offre globale', 'interlocuteur unique', 'guichet unique', 'un seul interlocuteur', 'un seul contrat',
        'tout en un', 'un seul prestataire', 'pack', 'package', 'regroupe*',
      ],
      es: [
        'bajo el mismo techo', 'todo en uno', 'un solo contrato', 'un solo proveedor', 'una sola agencia', 'un unico proveedor',
        'paquete', 'paquete completo', 'servicio integral', 'integral', 'todo eso', 'ademas hiciera',
      ],
      pt: [
        'tudo em um', 'um so contrato', 'um unico contrato', 'um unico fornecedor', 'pacote', 'pacote completo',
        'solucao completa', 'solucao integrada', 'tudo junto',
      ],
    },
  },
  {
    concept: 'requirement',
    weight: 1.4,
    forms: {
      en: [
        'require*', 'requirement*', 'must have', 'mandatory', 'asked us for', 'asked for', 'asking for', 'needed', 'wanted',
        'insisted on having', 'made _ a requirement', 'demanding', 'started requiring', 'now requires', 'criterion', 'criteria',
      ],
      de: ['verlangt', 'verlangte', 'verlangten', 'fordert*', 'forderung', 'anforderung*', 'voraussetzung', 'wollte', 'wunschte', 'gefordert', 'kriteri*'],
      fr: ['exige*', 'exigence*', 'obligatoire', 'voulait', 'demandait', 'reclamait', 'critere*'],
      es: ['exig*', 'requisito*', 'requiere*', 'obligatori*', 'queria', 'pedia', 'criterio*'],
      pt: ['exig*', 'requisito*', 'obrigatori*', 'queria', 'pedia', 'criterio*'],
    },
  },
  {
    concept: 'own_vendor',
    weight: 2.3,
    forms: {
      en: [
        'his old', 'her old', 'his previous', 'her previous', 'his last', 'her last', 'his former', 'her former',
        'previous job', 'previous company', 'previous employer', 'previous plant', 'previous firm', 'previous role',
        'last job', 'last firm', 'last company', 'former employer', 'prior co', 'prior company', 'from prior', 'old company',
        'old vendor', 'old supplier', 'old agency', 'favourite', 'favorite', 'brought in his', 'brought in her',
        'brought his', 'brought her', 'brought over', 'he knew', 'she knew', 'he knows', 'she knows', 'he trusts',
        'she trusts', 'by heart', 'had worked with', 'worked with _ for', 'he used at', 'she used at', 'he ran at',
        'she ran at', 'used before', 'his own people', 'her own people', 'long standing', 'longstanding',
      
        'preferred vendor', 'preferred supplier', 'relationship with the other', 'golf buddy', 'friend of the', 'friends with the', 'knows the owner', 'personal relationship', 'his network', 'her network', 'trusted vendor', 'trusted supplier', 'vendor he trusts', 'vendor she trusts', 'worked with before', 'brought along', 'brought in their own', 'their own preferred',],
      de: [
        'seinen bisherigen', 'ihren bisherigen', 'bisherigen lieferanten', 'bisherigen dienstleister', 'mitgebracht',
        'alten arbeitgeber', 'fruheren arbeitgeber', 'vorherigen arbeitgeber', 'kannte', 'seinen alten', 'ihren alten',
        'seinem alten', 'ihrem alten', 'lieblings*',
      
        'bevorzugten lieferanten', 'personliche beziehung', 'kennt den inhaber', 'vertrauten lieferanten',],
      fr: [
        'ancien poste', 'ancien employeur', 'ancienne entreprise', 'qu il connaissait', 'qu elle connaissait', 'connaissait',
        'son ancien', 'son ancienne', 'favori', 'favorite', 'par coeur',
      
        'fournisseur prefere', 'relation personnelle', 'connait le patron', 'prestataire de confiance',],
      es: [
        'anterior empresa', 'empresa anterior', 'su anterior', 'trabajo anterior', 'conocia', 'favorit*', 'trajo a su',
        'trajo su', 'de su antiguo', 'de su antigua', 'su antiguo', 'su antigua',
      
        'proveedor preferido', 'relacion personal', 'conoce al dueno', 'proveedor de confianza', 'de su confianza',],
      pt: [
        'empresa anterior', 'emprego anterior', 'seu antigo', 'sua antiga', 'antigo fornecedor', 'trouxe', 'conhecia',
        'favorit*',
      
        'fornecedor preferido', 'relacao pessoal', 'conhece o dono', 'fornecedor de confianca', 'de sua confianca',],
    },
  },
  {
    concept: 'co_create',
    weight: 2.0,
    forms: {
      en: ['co design*', 'codesign*', 'co develop*', 'codevelop*', 'co creat*', 'cocreat*', 'tailor*', 'bespoke', 'designed with', 'custom design*', 'said yes', 'customi*'],
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
      en: ['@new @role', '@new _ @role', '@new _ _ @role', 'came over from', 'came from', 'hired a @role', 'hired a _ @role', 'replacement', 'successor', 'took over as'],
      de: ['@new @role', '@new _ @role', 'nachfolger*'],
      fr: ['@new @role', '@new _ @role', 'remplacant*', 'successeur'],
      es: ['@new @role', '@new _ @role', 'entro una nueva', 'entro un nuevo', 'sustitut*', 'reemplaz*'],
      pt: ['@new @role', '@new _ @role', 'substitut*', 'sucessor*'],
    },
  },
];

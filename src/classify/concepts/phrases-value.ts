import type { ConceptSpec } from './types';

/**
 * Step I, pulled away: named phrases as reps write them (picklist values, set phrases), in the five languages.
 * They carry the concept without describing who did what; the structured forms live next to them.
 */
export const VALUE_PHRASES: ConceptSpec[] = [
  {
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: [
        'feature*', 'functionality', 'functionalities', 'capabilit*', 'integration*', 'integrates', 'integrate',
        'api', 'apis', 'better platform', 'better tool', 'better tech', 'better technology', 'better software',
        'better system', 'better roadmap', 'road map', 'allinone', 'one stop shop', 'innovat*', 'genai',
        'machine learning', 'tailored', 'advanced', 'ecosystem', 'cloud native', 'cloud based', 'cloud based',
        'missing functionality', 'missing feature', 'missing features', 'feature gap', 'strategic fit',
        'strategic partner', 'scalab*', 'newer technology', 'new technology', 'tech stack', 'techstack',
        'more value', 'added value', 'value add', 'value add', 'richer', 'broader offering', 'wider range',
        'automation', 'automat*', 'analytics', 'dashboard*', 'reporting', 'mobile app', 'self service',
        'self service', 'better ux', 'user experience', 'we only have',
        'could not match their', 'software suite', 'product suite', 'full suite', 'from one source', 'real time',
        'real time', 'audit log*', 'next generation', 'next gen', 'new generation', 'we only do', '24h', '24 7',
        '24x7', 'suporte 24h', 'complete package', 'easier to use', 'ease of use', 'usability', 'user friendly',
        'user friendly', 'outgrew us', 'outgrown', 'outgrew', 'sustainab*', 'certification*', 'local presence',
        'global coverage', '24 7 support', 'premium support', 'dedicated team', 'faster delivery times',
        'same day delivery', 'next day delivery', 'wider network',
      ],
      de: [
        'funktion*', 'funktionsumfang', 'leistungsumfang', '*schnittstelle*', 'innovativ*', 'besser geeignet',
        'passt besser', 'mehrwert', 'automatisier*', 'anpassbar*', 'individualisier*', 'digitalisierung',
        'nachhaltig*', 'zertifizier*', 'vollsortiment', 'breiteres', 'systemlosung', 'cloud variante',
        'einer plattform', 'insellosung', 'konsolidier*', 'produkt besser',
      ],
      fr: [
        'fonctionnalit*', 'fonctionnel*', 'innovant*', 'solution plus complete', 'offre plus complete',
        'plus complete', 'plus complet', 'valeur ajoutee', 'feuille de route', 'intelligence artificielle',
        'ergonom*', 'plus adapte', 'plus adaptee', 'mieux adapte', 'mieux adaptee', 'produit superieur', 'superieur',
        'superieure', 'offre integree', 'que on ne a pas', 'tracabilite', 'une seule plateforme', 'solution isolee',
        'plus complete', 'cabinet qui couvre',
      ],
      es: [
        'funcionalidad*', 'integracion*', 'innovador*', 'solucion mas completa', 'mas completa', 'mas completo',
        'mejor propuesta', 'valor agregado', 'valor anadido', 'hoja de ruta', 'personalizacion',
        'inteligencia artificial', 'se adapta mejor', 'mas adecuad*', 'producto superior', 'no lo permite',
        'nuestra solucion no', 'nos faltan', 'solucion aislada', 'multi site', 'multi site', 'multisite',
        'una sola plataforma', 'en una plataforma', 'app movil', 'informes', 'trazabilidad', 'mejor valor',
        'lo ven como mejor',
      ],
      pt: [
        'funcionalidade*', 'integracao', 'integracoes', 'inovador*', 'solucao mais completa', 'melhor proposta',
        'mais moderno', 'mais moderna', 'atende melhor', 'mais adequad*', 'valor agregado', 'produto melhor',
        'produto superior', 'solucao melhor', 'a gente nao tem', 'nova geracao', 'equipamento melhor',
        'manutencao preditiva', 'mais completa', 'mais completo', 'unica plataforma', 'numa plataforma',
        'uma plataforma', 'solucao isolada', 'nos falta', 'falta funcionalidade',
      ],
    },
  },
  {
    concept: 'price_higher',
    weight: 2.0,
    forms: {
      en: [
        'higher price', 'higher priced', 'hoherer preis', 'hoheren preis', 'a bit more', 'slightly more',
      ],
      fr: [
        'plus cher', 'plus chere', 'plus couteux', 'plus couteuse', 'paient plus',
      ],
      es: [
        'mas caro', 'mas cara', 'pagan algo mas',
      ],
      pt: [
        'mais caro', 'mais cara',
      ],
    },
  },
  {
    concept: 'price_accepted',
    weight: 1.6,
    negatable: false,
    forms: {
      en: [
        'willing to pay', 'spend more', 'spending more', 'even though more expensive', 'despite higher price',
        'despite the price', 'despite a higher price', 'higher price but', 'more expensive but', 'pricier but',
        'even if more expensive', 'at a higher price', 'at a premium', 'premium price', 'premium priced',
        'even though they are more expensive', 'even though they were more expensive',
        'even though it is more expensive', 'though more expensive', 'although more expensive',
        'although they are more expensive', 'more expensive than us', 'more expensive than we',
        'trotz hoherer preise', 'obwohl teurer', 'teurer aber', 'malgre un prix',
      ],
      de: [
        'mehr zu zahlen',
      ],
      fr: [
        'bien que plus cher', 'bien que plus chere', 'malgre le prix', 'plus cher mais', 'plus chere mais',
        'paient plus', 'apesar de mais caro', 'apesar de ser mais caro',
      ],
      es: [
        'a pesar del precio', 'a pesar de ser mas caro', 'aunque mas caro', 'aunque es mas caro',
        'aunque son mas caros', 'mas caro pero',
      ],
      pt: [
        'apesar do preco', 'mesmo sendo mais caro', 'mais caro mas', 'embora mais caro',
      ],
    },
  },
];

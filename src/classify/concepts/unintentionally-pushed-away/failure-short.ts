import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): a service problem named. */
export const FAILURE_SHORT: ConceptSpec[] = [
  {
    concept: 'failure_short',
    weight: 0.4,
    forms: {
      en: [
        'issues', 'problems', 'problem', 'issue', 'probleme*', 'problema*',
      ],
    },
  },
  {
    concept: 'failure_short',
    weight: 1.0,
    forms: {
      en: [
        'service', 'servicing', 'quality', 'qualitat', 'qualite', 'calidad', 'qualidade', 'servicio', 'servico',
        'tickets', 'ticket', 'slow', 'support team', 'invoic*', 'onboarding', 'deploiement', 'mauvais*', 'grave',
        'chamados', 'weeks without', 'caia', 'sistema caia', 'billing', 'shipment*', 'livraison*', 'entrega*', 'csm',
        'experience', 'ansprechpartner',
        'support', 'delivery', 'deliveries', 'soporte', 'suporte', 'kundenservice', 'sav', 'lieferung', 'livraison',
        'entrega', 'entregas', 'facturacion', 'faturamento', 'relationship', 'relation', 'beziehung', 'relacion',
        'relacionamento',
      ],
      de: [
        'lieferung*',
      ],
      fr: [
        'implementation', 'migration',
      ],
      es: [
        'implementacion', 'semanas sin respuesta', 'se canso',
      ],
      pt: [
        'implantacao', 'semanas sem resposta', 'dias sem resposta',
      ],
    },
  },
];

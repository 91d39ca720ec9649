import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): demands beyond what they paid for. */
export const SCOPE_CREEP: ConceptSpec[] = [
  {
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      en: [
        'scope creep', 'scope kept creeping', 'creeping', 'unlimited revisions', 'outside the scope', 'out of scope',
        'beyond the scope', 'custom builds', 'expected custom', 'more tickets than', 'hammered', 'unreasonable',
        'kept demanding', 'demanded', 'every release', 'rounds of', 'absorbing the hours', 'beyond the plan',
        'special prices',
        'always asking for', 'ask always', 'return half', 'returned half',
      ],
      de: ['sonderwunsch*', 'unzumutbar*', 'uberzogen*'],
      fr: ['hors perimetre', 'exigences', 'demandes excessives'],
      es: ['fuera de alcance', 'exigian', 'exigencias'],
      pt: ['fora do escopo', 'exigia'],
    },
  },
  {
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      en: ['unpaid change requests', 'free change requests', 'change requests a month', 'endless change requests'],
      de: ['unbezahlte anderungswunsche', 'standige anderungswunsche'],
      fr: ['demandes de modification gratuites', 'modifications non payees'],
      es: ['cambios sin pagar', 'cambios no pagados'],
      pt: ['alteracoes nao pagas', 'mudancas sem custo'],
    },
  },
  {
    // Demands beyond what they paid for.
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      en: [
        'free work', 'outside scope', 'outside of scope', 'out of scope work', 'beyond scope',
        'kept asking for more', 'endless revisions', 'work for free',
      ],
    },
  },
  { concept: 'scope_creep', weight: 1.8, forms: { de: ['uber den vertrag hinaus', 'ausserhalb des vertrags'], fr: ['hors contrat', 'au dela du contrat'] } },
  {
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      es: ['fuera de contrato', 'fuera del contrato', 'trabajos extra sin pagar', 'extras sin pagar'],
      pt: ['fora do contrato', 'servicos extras sem pagar', 'extras sem pagar', 'queria tudo de graca'],
    },
  },
];

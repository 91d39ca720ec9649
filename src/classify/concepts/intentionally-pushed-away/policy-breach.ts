import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): the customer broke our rules. */
export const POLICY_BREACH: ConceptSpec[] = [
  {
    concept: 'policy_breach',
    weight: 2.4,
    forms: {
      en: [
        'fair use', 'aup', 'acceptable use', 'terms of service', 'violat*', 'breach of', 'misus*', 'resell*',
        'misdeclar*',
        'misclassif*', 'unsafe', 'safety policy', 'our policy', 'under our policy', 'fraud*', 'spam', 'out of support',
        'refused to replace', 'refused to upgrade', 'would not budge', 'insisted on', 'illegal',
        'could not responsibly',
        'compliance team', 'compliance said', 'compliance terminated',
        'unethical', 'cut corners', 'asked us to cut corners', 'conflict of interest', 'reputational risk',
        'reputation risk', 'compliance risk', 'sanction*', 'kyc', 'money laundering', 'against our values',
        'against our policy', 'breach of contract', 'violated', 'safety concerns', 'unsafe practices',
        'health and safety',
      ],
      de: [
        'richtlinie*', 'verstoss*', 'missbrauch*', 'betrug*', 'unsicher', 'rechtswidrig', 'unethisch',
        'reputationsrisiko', 'compliance risiko', 'vertragsbruch', 'verstoss gegen', 'sicherheitsbedenken',
      ],
      fr: [
        'politique', 'violation', 'fraude', 'dangereux', 'illegal*', 'contraire a l ethique', 'risque de reputation',
        'risque de conformite', 'rupture de contrat', 'manquement', 'problemes de securite',
      ],
      es: [
        'politica', 'violacion', 'incumplimiento', 'inseguro', 'ilegal', 'poco etico',
        'riesgo reputacional', 'riesgo de cumplimiento', 'incumplimiento de contrato', 'problemas de seguridad',
      ],
      pt: [
        'violacao', 'antietico', 'risco reputacional',
        'risco de compliance', 'quebra de contrato', 'problemas de seguranca',
      ],
    },
  },
];

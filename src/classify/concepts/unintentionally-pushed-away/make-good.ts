import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): we made good for a failure. */
export const MAKE_GOOD: ConceptSpec[] = [
  {
    concept: 'make_good',
    weight: 1.6,
    negatable: false,
    forms: {
      en: [
        'at our cost', 'at our expense', 'we reprinted', 'we redid', 'we re did', 'free of charge', 'credit issued',
        'we credited',
        'credited them', 'refunded', 'we refunded', 'apologis*', 'apologiz*', 'covered the bank fees',
        'covered the cost',
        'paid the claim', 'our insurance', 'we offered a free', 'offered a free', 'make good', 'goodwill credit',
        'take that risk', 'risk it again', 'would not risk', 'that risk again', 'could not forgive', 'did not forgive',
      ],
      de: [
        'auf unsere kosten', 'entschuldigt', 'gutschrift', 'kulanz*', 'unsere versicherung',
        'kostenlos nachgeliefert', 'nicht verziehen',
      ],
      fr: [
        'a nos frais', 'offert la prestation', 'on a offert', 'nous avons offert', 'excuses', 'geste commercial',
        'avoir emis', 'pardonne',
      ],
      es: [
        'a nuestro cargo', 'nos disculpamos', 'pedimos disculpas', 'reembols*', 'nuestro seguro', 'sin costo',
        'perdonaron',
      ],
      pt: ['por nossa conta', 'pedimos desculpas', 'nosso seguro', 'sem custo', 'perdoaram', 'perdoou'],
    },
  },
  {
    concept: 'make_good',
    weight: 1.6,
    negatable: false,
    forms: {
      en: ['we paid for the', 'paid for the damage', 'covered the damage', 'we replaced the'],
      de: ['schaden bezahlt', 'schaden ersetzt', 'wir haben _ bezahlt'],
      fr: ['nous avons paye', 'on a paye le', 'rembourse les degats'],
      es: ['pagamos el', 'pagamos los danos', 'cubrimos los danos'],
      pt: ['pagamos o', 'pagamos os danos', 'cobrimos o prejuizo'],
    },
  },
];

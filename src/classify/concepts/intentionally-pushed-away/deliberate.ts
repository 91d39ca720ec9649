import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): done on purpose. */
export const DELIBERATE: ConceptSpec[] = [
  {
    concept: 'deliberate',
    weight: 3.0,
    negatable: false,
    forms: {
      en: [
        'on purpose', 'purposely', 'deliberate*', 'intentional*', 'knowing they would', 'knowing it would',
        'knowing that',
        'knowing ~ would', 'knew what would happen', 'knew ~ would', 'we knew that', 'we knew it', 'we knew they', 'expected the loss', 'as expected',
        'fully expected', 'expected it', 'expected that', 'trade off we accepted', 'was our call', 'it was our call', 'our decision',
        'our choice',
        'by design', 'price them out', 'priced them out', 'priced out on purpose', 'assumed on our side', 'we accepted',
        'so they would go elsewhere', 'so they would go', 'so they would leave', 'so they would walk', 'to get rid of',
        'get rid of them', 'push them out', 'push them away', 'pushed them out', 'priced them out on purpose',
      ],
      de: [
        'bewusst', 'absichtlich', 'wissentlich', 'in kauf genommen', 'unsere entscheidung', 'gewollt', 'mit absicht',
      ],
      fr: [
        'decision de la direction', 'decision de direction', 'a dessein', 'expres', 'sciemment', 'en sachant',
        'en connaissance de cause', 'volontaire*', 'decision assumee', 'choix assume', 'nous assumons', 'on assume', 'notre decision', 'notre choix',
      ],
      es: [
        'por decision de', 'decision de la direccion', 'a proposito', 'de proposito', 'adrede', 'sabiendo que',
        'a sabiendas', 'intencionad*', 'nuestra decision', 'decision nuestra',
      ],
      pt: [
        'decisao da diretoria', 'por decisao da', 'propositalmente', 'sabendo que', 'intencional*',
        'nossa decisao', 'decisao nossa', 'de caso pensado',
      ],
    },
  },
  {
    // "Oui le prix, mais c'est voulu": the price was set on purpose, our way of letting them go.
    concept: 'deliberate',
    weight: 2.6,
    forms: {
      en: ['it was deliberate', 'that was deliberate', 'deliberately priced'],
      de: ['das war gewollt', 'ist gewollt', 'war so gewollt'],
      fr: ['c est voulu', 'c etait voulu', 'etait voulu'],
      es: ['fue a proposito', 'es a proposito', 'fue adrede'],
      pt: ['foi de proposito', 'foi proposital', 'e de proposito'],
    },
  },
  {
    concept: 'deliberate',
    weight: 2.6,
    forms: {
      de: ['von dem wir wussten', 'wohl wissend', 'wir wussten dass', 'in dem wissen'],
      en: ['knowing she would not', 'knowing he would not', 'knowing they would not', 'we knew they would not'],
      fr: ['sachant que il ne', 'sachant que elle ne', 'en sachant que'],
      es: ['sabiendo que no', 'a sabiendas de que'],
      pt: ['sabendo que nao', 'cientes de que'],
    },
  },
  {
    // A price rise made to end it: "we raised prices 30% to exit", "Preis erhöht, um auszusteigen".
    concept: 'deliberate',
    weight: 3.0,
    negatable: false,
    forms: {
      en: ['we rais* ~ to exit', 'we hik* ~ to exit', 'we increas* ~ to exit', 'we pric* ~ to exit', 'rais* ~ to exit', 'hik* ~ to exit', 'increas* ~ to exit', 'pric* ~ to exit', 'uplift ~ to exit', '@money ~ to exit'],
      de: ['um auszusteigen', 'um uns zu trennen', 'um sie loszuwerden'],
      fr: ['pour sortir du compte', 'pour nous retirer', 'pour nous en separer'],
      es: ['para salir de la cuenta', 'para retirarnos', 'para deshacernos'],
      pt: ['para sair da conta', 'para nos retirarmos', 'para nos livrar'],
    },
  },
];

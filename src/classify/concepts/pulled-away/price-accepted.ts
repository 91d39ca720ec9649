import type { ConceptSpec } from '../types';

/** Pulled away (a better offer): they paid more to switch. */
export const PRICE_ACCEPTED: ConceptSpec[] = [
  {
    concept: 'price_accepted',
    weight: 1.6,
    negatable: false,
    forms: {
      en: [
        'pay more', 'paid more', 'paying more', 'pays more', 'pay a bit more', 'paying a bit more', 'pay a little more',
        'at the higher price', 'even at a higher price', 'despite the higher price', 'despite paying more',
        'even though it costs more', 'even though they pay more', 
      ],
      de: [
        'zahlen mehr', 'zahlt mehr', 'mehr bezahlen', 'mehr zahlen', 'trotz hoherem preis',
        'trotz des hoheren preises',
      ],
      fr: ['payer plus', 'payent plus', 'paie plus', 'malgre un prix plus eleve'],
      es: ['pagan mas', 'pagar mas', 'paga mas', 'aunque pagan mas', 'aun siendo mas caro'],
      pt: ['pagam mais', 'pagar mais', 'paga mais', 'mesmo pagando mais', 'mesmo mais caro'],
    },
  },
  {
    // "price-wise we were even ahead": they paid more to leave, price did not drive it.
    concept: 'price_accepted',
    weight: 1.6,
    negatable: false,
    forms: {
      en: ['we were ahead on price', 'our price was better', 'we were cheaper', 'we were the cheaper', 'our quote was cheaper'],
      de: ['preislich lagen wir _ vorne', 'preislich lagen wir vorne', 'preislich lagen wir _ _ vorne', 'preislich waren wir vorne', 'wir waren gunstiger', 'wir waren billiger'],
      fr: ['nous etions moins chers', 'on etait moins cher', 'notre offre etait moins chere', 'nous etions les moins chers'],
      es: ['eramos mas baratos', 'nuestro precio era mejor', 'nuestra oferta era mas barata', 'eramos los mas baratos'],
      pt: ['eramos mais baratos', 'estavamos mais baratos', 'nosso preco era melhor', 'nossa proposta era mais barata'],
    },
  },
  {
    // "the price he could have lived with": price did not drive it.
    concept: 'price_accepted',
    weight: 2.0,
    negatable: false,
    forms: {
      en: ['could have lived with the price', 'would have paid the', 'happy to pay more', 'price he could live with'],
      de: ['preis hatte er verkraftet', 'preis hatte sie verkraftet', 'preis ~ verkraftet', 'mehrpreis ~ in kauf'],
      fr: ['aurait accepte le prix', 'le prix ~ pas le probleme', 'prets a payer plus'],
      es: ['habria pagado', 'el precio lo habria aceptado', 'dispuestos a pagar mas'],
      pt: ['teria pago', 'o preco ele aguentava', 'dispostos a pagar mais'],
    },
  },
  {
    // The new supplier costs them more: price did not drive it.
    concept: 'price_accepted',
    weight: 2.4,
    forms: {
      en: ['costs them more', 'cost them more', 'actually costs more', 'actually cost more', 'even costs more'],
      de: ['kostet sie mehr', 'kostet ihn mehr', 'kostet sie sogar mehr', 'sogar teurer'],
      fr: ['leur coute plus', 'lui coute plus', 'coute meme plus', 'meme plus cher'],
      es: ['les cuesta mas', 'le cuesta mas', 'incluso mas caro', 'sale mas caro'],
      pt: ['custa mais caro', 'lhes custa mais', 'ate mais caro', 'sai mais caro'],
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
  {
    // They pay more by a figure: "paid 10% more for comp's same-day service", "zahlen jetzt 8 % mehr".
    concept: 'price_accepted',
    weight: 1.6,
    negatable: false,
    forms: {
      en: ['paid _ _ more', 'pay _ _ more', 'pays _ _ more', 'paying _ _ more', 'paid _ more', 'pay _ more', 'pays _ more', 'paying _ more'],
      de: ['zahlen _ _ mehr', 'zahlt _ _ mehr', 'zahlen jetzt _ _ mehr', 'zahlt jetzt _ _ mehr', 'zahlen _ mehr', 'zahlt _ mehr'],
      fr: ['paient _ _ plus', 'payent _ _ plus', 'paie _ _ plus', 'paient _ _ de plus', 'payent _ _ de plus'],
      es: ['pagan _ _ mas', 'paga _ _ mas', 'pagan un _ _ mas', 'pagaron _ _ mas'],
      pt: ['pagam _ _ mais', 'paga _ _ mais', 'pagaram _ _ mais', 'pagam _ _ a mais'],
    },
  },
];

import type { ConceptSpec } from './types';

/**
 * Step I, offers and people told rather than named: a clearance lot bought cheaply ("Restposten aus einer
 * Insolvenzmasse", "lote de liquidación"), "8 euros less per cover", a new director bringing the firm she
 * worked with before, "outside our scope" next to a rival's broader offer, the club that dissolved.
 */
export const TOLD_OFFER_CONCEPTS: ConceptSpec[] = [
  {
    // A one-off cheap lot: a price cue, and it outweighs the closure or insolvency it came from.
    concept: 'promo',
    weight: 2.7,
    forms: {
      en: ['clearance lot', 'clearance stock', 'clearance sale', 'liquidation stock', 'liquidation lot', 'bankruptcy stock', 'surplus stock', 'job lot', 'fire sale'],
      de: ['restpartie', 'restposten', 'insolvenzmasse', 'aus einer insolvenz', 'spottpreis', 'ramschpreis', 'lagerraumung*', 'sonderposten'],
      fr: ['lot de liquidation', 'destockage', 'fin de serie', 'fins de serie', 'lot de faillite', 'prix casse', 'prix casses'],
      es: ['lote de liquidacion', 'lote de saldo', 'saldo de stock', 'restos de stock', 'excedente de stock', 'precio de saldo'],
      pt: ['ponta de estoque', 'queima de estoque', 'lote de liquidacao', 'saldo de estoque', 'massa falida', 'preco de banana'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['euros less per', 'dollars less per', 'pounds less per', 'less per cover', 'less per head', 'less per unit', 'less per test'],
      de: ['euro weniger pro', 'euro weniger je', 'weniger je', 'weniger pro gedeck', 'weniger pro stuck'],
      fr: ['de moins par', 'euros de moins', 'de moins que nous', 'de moins que notre', 'moins par couvert', 'moins par unite'],
      es: ['euros menos por', 'menos por cubierto', 'menos por unidad', 'menos que nosotros', 'menos por envio'],
      pt: ['reais a menos', 'a menos por', 'menos por unidade', 'menos que a gente', 'menos que nos'],
    },
  },
  {
    // A new decision-maker brings the supplier they know.
    concept: 'own_vendor',
    weight: 2.3,
    forms: {
      en: ['brought in his', 'brought in her', 'brought in their', 'brought his own', 'brought her own', 'his usual', 'her usual', 'had worked with for', 'worked with for years', 'worked with at'],
      de: ['mitgebracht', 'seinen alten', 'ihren alten', 'seinen bisherigen', 'ihren bisherigen', 'mit dem sie schon', 'mit dem er schon', 'von ihrem alten', 'von seinem alten'],
      fr: ['travaillait avec', 'presta habituel', 'prestataire habituel', 'fournisseur habituel', 'son ancien prestataire', 'son ancien fournisseur', 'a ramene son', 'a ramene sa'],
      es: ['su proveedor de siempre', 'proveedor de confianza', 'trabajaba con', 'trajo a su', 'trajo su', 'su antiguo proveedor'],
      pt: ['trouxe o seu', 'trouxe seu', 'trouxe a sua', 'fornecedor de confianca', 'com quem trabalhava', 'seu antigo fornecedor'],
    },
  },
  {
    // "outside our scope", next to what the rival offers: something we lack, not a move out of our reach.
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      en: ['outside our scope', 'beyond our scope', 'not in our scope', 'not something we offer', 'never offered them', 'never proposed it', 'never pitched it'],
      de: ['nicht in unserem portfolio', 'nicht in unserem sortiment', 'ausserhalb unseres', 'nie angeboten', 'nie vorgeschlagen'],
      fr: ['hors de notre perimetre', 'hors de notre offre', 'hors de notre metier', 'jamais propose', 'jamais proposee', 'jamais proposes'],
      es: ['fuera de nuestro alcance', 'fuera de nuestra oferta', 'nunca lo ofrecimos', 'nunca ofrecimos', 'nunca se lo ofrecimos', 'nunca lo propusimos'],
      pt: ['fora do nosso escopo', 'fora da nossa oferta', 'nunca oferecemos', 'nunca ofereceu', 'nunca propusemos', 'nunca foi oferecido'],
    },
  },
  {
    // The customer organisation dissolved or its activity ended.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['dissolved', 'disbanded', 'nothing to pick', 'nothing to harvest', 'no harvest', 'lost the crop', 'crop failure', 'ruined the crop'],
      de: ['aufgelost', 'hat sich aufgelost', 'keine ernte', 'ernte vernichtet', 'ernteausfall'],
      fr: ['dissous', 'dissoute', 'pas de recolte', 'recolte perdue', 'recolte detruite'],
      es: ['disuelto', 'disuelta', 'se disolvio', 'sin cosecha', 'cosecha perdida', 'perdieron la cosecha'],
      pt: ['dissolvida', 'dissolvido', 'sem colheita', 'perderam a colheita', 'colheita perdida', 'quebra de safra'],
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
    // Our crew damaged their premises or goods; paying for it afterwards says it was ours.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['left a window open', 'left the door open', 'left _ open', 'soaked the', 'flooded their', 'damaged their', 'ruined their', 'scratched their', 'could not trust us', 'lost trust in us'],
      de: ['fenster offen gelassen', 'tur offen gelassen', 'beschadigt', 'kaputt gemacht', 'vertrauen verloren'],
      fr: ['laisse la fenetre ouverte', 'laisse _ ouverte', 'endommage', 'abime', 'casse leur', 'plus confiance'],
      es: ['dejo la ventana abierta', 'dejaron _ abierta', 'danamos', 'rompimos', 'estropeamos', 'perdieron la confianza'],
      pt: ['deixou a janela aberta', 'deixaram _ aberta', 'danificou', 'danificamos', 'quebramos', 'estragamos', 'perderam a confianca'],
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
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['@fraction of our', '@fraction of ours', '@fraction of what we', 'about a third of', 'roughly half of'],
    },
  },
  {
    // We ended the relationship ourselves.
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: ['end the relationship', 'ended the relationship', 'terminate the relationship', 'terminated the relationship', 'cut ties'],
      de: ['beziehung beenden', 'beziehung beendet', 'zusammenarbeit beenden', 'zusammenarbeit beendet'],
      fr: ['mettre fin a la relation', 'mis fin a la relation', 'rompre la relation', 'arreter la collaboration'],
      es: ['cerrar la relacion', 'terminar la relacion', 'romper la relacion', 'cortar la relacion', 'decidio cerrar'],
      pt: ['encerrar a relacao', 'terminar a relacao', 'romper a relacao', 'encerrar o relacionamento', 'decidiu encerrar'],
    },
  },
  {
    // They now do it inside the company, with their own people or system.
    concept: 'insourced',
    weight: 2.6,
    forms: {
      en: ['inside the company now', 'does it all internally', 'with their own system'],
      de: ['im eigenen haus', 'intern erledigt', 'mit eigenem system'],
      fr: ['au sein de l entreprise', 'avec leur propre systeme', 'gere tout en interne'],
      es: ['dentro de la empresa', 'con un sistema propio', 'con su propio sistema'],
      pt: ['dentro da empresa', 'com um sistema proprio', 'com sistema proprio', 'cuida de tudo'],
    },
  },
  {
    // Looks like a failure and is not: "she would miss our team", "cut their no-shows".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['would miss', 'will miss', 'miss working with', 'their no shows', 'cut _ no shows', 'reduced _ no shows'],
      de: ['wird uns vermissen', 'vermissen'],
      fr: ['va nous manquer', 'nous regrette'],
      es: ['nos echara de menos', 'echara de menos'],
      pt: ['vai sentir falta', 'sentir saudade'],
    },
  },
];

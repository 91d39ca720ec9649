import type { ConceptSpec } from '../types';

/** Moved away (their need, owner or location changed): their budget was cut. */
export const BUDGET_CUT: ConceptSpec[] = [
  {
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      en: [
        'cut ~ budget*', 'budget* ~ cut', 'budget* ~ frozen', 'budget freeze', 'budget* ~ zeroed', 'zeroed out',
        'cut all',
        'cut ~ spend*', 'spend* ~ cut', 'spending freeze', 'no budget', 'lost funding', 'funding fell through',
        'not funded',
        'never got funded', 'cut ~ events', 'cancelled all', 'profit warning',
        'purchases on hold', 'purchases ~ on hold', 'froze ~ purchases', 'froze ~ purchasing', 'purchasing freeze',
        'investment freeze', 'capex freeze', 'hiring freeze', 'froze ~ spending',
        // The freeze as a noun before or after what it froze: "freeze on all spend", "spend freeze FY26".
        'freeze on ~ spend*', 'freeze on ~ budget*', 'freeze on ~ purchas*', 'spend freeze', 'budget* on hold',
      ],
      de: [
        'budget* ~ gestrichen', 'budget ~ gekurzt', 'budgetkurzung*', 'kein budget', 'budgetstopp', 'ausgabenstopp',
        'investitionen aus', 'investitionsstopp', 'einkaufsstopp', 'investitionen ~ eingefroren',
        'investitionen ~ gestoppt',
        'budget* ~ eingefroren', 'eingefroren* ~ budget*', 'budgetfreeze', 
      ],
      fr: [
        'budget* ~ supprime*', 'gel budgetaire', 'budget* gele*', 'faute de budget', 'budget* ~ coupe*',
        'plus de budget', 'achats ~ geles', 'achats ~ suspendus', 'gel des investissements',
        'investissements ~ suspendus', 'investissements ~ geles',
        'gel ~ budget*', 'gel ~ depenses', 'budget* ~ fige*',
      ],
      es: [
        'recorte* ~ presupuesto', 'presupuesto* ~ congelad*', 'sin presupuesto', 'presupuesto* ~ recortad*',
        'recortaron', 'congel* ~ compras', 'compras congeladas', 'compras suspendidas', 'congel* ~ inversiones',
        'inversiones ~ congeladas', 'inversiones ~ suspendidas',
        // The noun: "congelación de presupuesto", "congelamiento del gasto".
        'congel* ~ presupuesto*', 'congel* ~ gasto*', 'congel* ~ budget',
      ],
      pt: [
        'corte* ~ orcamento', 'orcamento* ~ congelad*', 'sem orcamento', 'orcamento* ~ cortad*', 'cortaram ~ verba',
        'investimentos ~ suspensos',
        'investimentos ~ congelados',
        'congel* ~ orcamento*', 'congel* ~ verba*', 'congel* ~ gastos', 
      ],
    },
  },
  {
    // They stopped or suspended the work for lack of money.
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      en: ['suspended until', 'lack of budget', 'for lack of funds', 'no funding'],
      de: ['ausgesetzt bis', 'mangels budget', 'kein geld mehr'],
      fr: ['suspendu jusqu', 'suspendus jusqu', 'manque de budget'],
      es: ['suspendida hasta', 'suspendido hasta', 'falta de presupuesto'],
      pt: ['suspensa ate', 'suspenso ate', 'suspensas ate', 'falta de verba', 'sem verba'],
    },
  },
  {
    concept: 'budget_cut',
    weight: 2.3,
    forms: {
      de: ['samtliche externen', 'alle externen', 'gestrichen', 'ausgaben gestoppt', 'budget ~ gestoppt', 'nicht nur unsere'],
      en: ['all external', 'not just ours', 'not only ours'],
      fr: ['tous les prestataires externes', 'pas seulement nous'],
      es: ['todos los proveedores externos', 'no solo a nosotros'],
      pt: ['todos os fornecedores externos', 'nao so a nos'],
    },
  },
  {
    concept: 'budget_cut',
    weight: 2.5,
    forms: {
      en: ['lack of sponsorship', 'lost their sponsor', 'no sponsor', 'funding stopped', 'funding ran out', 'grant ended'],
      de: ['forderstopp*', 'fordermittel*', 'mangels sponsoren', 'fehlende sponsoren', 'keine sponsoren', 'forderung ausgelaufen', 'forderung gestrichen'],
      fr: ['faute de sponsor*', 'faute de financement', 'faute de subvention*', 'plus de subvention*', 'fin des subventions'],
      es: ['falta de patrocinio', 'sin patrocinio', 'sin subvencion', 'falta de subvencion', 'se acabo la subvencion'],
      pt: ['sem patrocinio', 'acabou a verba'],
    },
  },
  {
    // A spending freeze named as one word (heavier than the credit "Sperre" read inside the compound).
    concept: 'budget_cut',
    weight: 2.8,
    forms: {
      en: ['spend ban', 'spending ban', 'spending stop'],
      de: ['ausgabensperre', 'ausgabenbremse', 'kostenbremse', 'beschaffungsstopp', 'bestellstopp', 'sparprogramm'],
      fr: ['gel des achats', 'gel des commandes'],
      es: ['congelacion del gasto', 'congelacion de gastos', 'gasto congelado', 'congelacion presupuestaria'],
      pt: ['congelamento de gastos', 'gastos suspensos', 'compras suspensas'],
    },
  },
  {
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      en: ['capex frozen', 'budget frozen', 'spend frozen', 'frozen til', 'froze all', 'froze spend*', 'froze the budget', 'froze new', 'freeze on new', 'frozen until', 'frozen thru', 'frozen through'],
      de: ['eingefroren', 'budget gestrichen'],
      fr: ['gele* ~ investissements', 'gele* ~ budget*', 'gel des depenses', 'budget gele', 'depenses gelees', 'gele* les depenses'],
      es: ['congela* las inversiones', 'congelaron', 'congelado el presupuesto', 'presupuesto congelado'],
      pt: ['congel* os investimentos', 'congelaram', 'congelamento', 'orcamento congelado', 'gastos congelados'],
    },
  },
  {
    // Their budget went: a spend freeze, the money moved elsewhere.
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      en: [
        'budget got slashed', 'budget was slashed', 'budget slashed', 'slashed their budget', 'slashed the budget', 'budget cut in half', 'budget halved', 'budget got cut',
        'procurement freeze', 'opex freeze',
        'frozen budget*', 'budgets frozen', 'budget got pulled', 'budget was pulled', 'budget pulled', 'budget reallocated',
        'budget was reallocated', 'budget got reallocated', 'budget went elsewhere', 'lost their budget', 'lost the budget',
        'budget dried up', 'money dried up', 'funding was cut', 'funding got cut',
        'ran out of funding', 'ran out of money', 'grant ran out', 'lost the grant',
        'cut all spend', 'cut all discretionary', 'discretionary spend', 'tightening their belt*',
      ],
    },
  },
  { concept: 'budget_cut', weight: 2.6, forms: {
    de: ['haushaltssperre', 'budgetsperre', 'kein budget mehr', 'budget gekurzt', 'mittel gestrichen', 'mittel gekurzt'],
    fr: ['budgets geles', 'coupe* budgetaire*', 'coupure* budgetaire*', 'restriction* budgetaire*', 'budget ampute'],
  } },
  {
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      es: [
        'no hay presupuesto', 'no hay partida', 'sin partida', 'sin partida presupuestaria', 'se quedaron sin presupuesto',
        'budget congelado', 'budget recortado', 'sin budget',
      ],
      pt: [
        'nao tem verba', 'nao ha verba', 'nao tem orcamento', 'cortaram o orcamento', 'sem budget', 'budget cortado',
        'cortaram o budget', 'ficaram sem verba', 'sem grana',
      ],
    },
  },
];

import type { ConceptSpec } from './types';

/**
 * Step I, more causes told rather than named: the one-off stock lot they will use up before coming back,
 * "why pay more for the same", a technician who came only after two days, overdue bills and the block our
 * finance put on them, and the customer who said they would think about it and never called again.
 */
export const TOLD_MORE_CONCEPTS: ConceptSpec[] = [
  {
    // A one-off buy they will use up, then come back: a passing price, not a new supplier.
    concept: 'promo',
    weight: 2.7,
    forms: {
      en: ['overstock*', 'one time lot', 'one off lot', 'until it runs out', 'once its used up', 'once it is used up', 'when it runs out', 'when the stock runs out'],
      de: ['nach verbrauch', 'wenn aufgebraucht', 'bis der vorrat', 'bis die ware aufgebraucht', 'uberbestand*'],
      fr: ['une fois le stock ecoule', 'quand le stock sera ecoule', 'surstock*', 'lot unique'],
      es: ['cuando se acabe', 'cuando se les acabe', 'cuando acaben el', 'compraron un lote', 'un lote de', 'sobrestock'],
      pt: ['quando acabar o estoque', 'quando o estoque acabar', 'comprou um lote', 'compraram um lote', 'um lote de', 'excesso de estoque'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: [
        'why pay more', 'pay more for the same', 'less than half of ours', 'less than half of what', 'lost on @money', 'per sqft',
        'per square foot', 'same _ same', 'identical _ on a marketplace', 'marketplace seller', 'two invoices side by side',
      ],
      de: ['warum mehr zahlen', 'warum mehr bezahlen', 'weniger als die halfte', 'gleiche _ gleiche', 'gleiche _ gleicher', 'gleicher _ gleiche'],
      fr: ['pourquoi payer plus', 'payer plus pour le meme', 'moins de la moitie', 'meme _ meme'],
      es: ['por que pagar mas', 'pagar mas por lo mismo', 'menos de la mitad', 'mismo _ mismo', 'misma _ misma', 'mismo _ misma', 'misma _ mismo'],
      pt: ['por que pagar mais', 'pra que pagar mais', 'pagar mais pelo mesmo', 'menos da metade', 'mesma _ mesma', 'mesmo _ mesmo', 'mesma _ mesmo', 'mesmo _ mesma'],
    },
  },
  {
    // Our field work failed: late to an emergency, left half done, down for days with nobody answering.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['missed pickups', 'missed pick ups', 'only showed up after', 'only came after', 'half finished', 'left unfinished', 'left it unfinished', 'bricked', 'was down for', 'were down for'],
      de: ['kam erst nach', 'kamen erst nach', 'erst nach _ tagen', 'halb fertig', 'unfertig', 'nicht geraumt', 'nicht gestreut', '*unfall', 'fiel _ tage aus'],
      fr: ['seulement apres', 'a moitie fait', 'laisse en plan', 'inacheve*', 'en panne pendant'],
      es: ['a medias', 'sin terminar', 'inacabad*', 'solo vino despues', 'llego _ dias despues', 'caido _ dias'],
      pt: ['ficou fora', 'fora do ar', 'ninguem atendeu', 'ngm atendeu', 'ninguem respondeu', 'pela metade', 'derrubou', 'derrubaram'],
    },
  },
  {
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      en: ['overdue invoices', 'overdue bills', 'unpaid invoices', 'bounced payments'],
      de: ['uberfallige rechnungen', 'offene rechnungen', 'ruckstande', 'zahlungsruckstand*'],
      fr: ['factures impayees', 'impayes', 'factures en retard'],
      es: ['facturas vencidas', 'facturas impagadas', 'impagos'],
      pt: ['boletos vencidos', 'boleto vencido', 'titulos vencidos', 'faturas vencidas', 'inadimplen*'],
    },
  },
  {
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: ['blocked by finance', 'blocked by our', 'blocked their account', 'froze their account', 'put on credit hold'],
      de: ['gesperrt durch', 'von der buchhaltung gesperrt', 'konto gesperrt', 'kundenkonto gesperrt'],
      fr: ['bloque par la compta', 'bloque par le service', 'compte gele'],
      es: ['bloqueado por finanzas', 'bloqueado por contabilidad', 'bloqueamos la cuenta', 'cuenta congelada'],
      pt: ['bloqueado no financeiro', 'bloqueado pelo financeiro', 'bloqueou o cadastro', 'bloqueamos o cadastro', 'cadastro bloqueado'],
    },
  },
  {
    // They said they would think about it and went silent: no cause.
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: ['would think about it', 'never called again', 'never got back to us'],
      de: ['nicht mehr gemeldet', 'nie wieder gemeldet', 'wollte es sich uberlegen', 'wollte noch uberlegen'],
      fr: ['allait reflechir', 'jamais rappele', 'plus jamais rappele', 'plus donne de nouvelles'],
      es: ['lo iba a pensar', 'iba a pensarlo', 'no volvio a llamar', 'ya no volvio', 'no volvio a contestar'],
      pt: ['ia pensar', 'nao voltou a ligar', 'nunca mais ligou', 'nao deu mais noticias'],
    },
  },
  {
    // They stopped or suspended the work for lack of money.
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      en: ['suspended until', 'lack of budget', 'for lack of funds', 'no funding'],
      de: ['ausgesetzt bis', 'mangels budget', 'kein geld mehr'],
      fr: ['suspendu jusqu', 'suspendus jusqu', 'manque de budget', 'faute de budget'],
      es: ['suspendida hasta', 'suspendido hasta', 'falta de presupuesto', 'sin presupuesto'],
      pt: ['suspensa ate', 'suspenso ate', 'suspensas ate', 'falta de verba', 'sem verba'],
    },
  },
  {
    // Words that look like a cue and are not: a property developer ("promotora"), "nothing we could do on our side".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['nothing we could do', 'nothing to be done on our side'],
      de: ['nichts zu machen', 'nichts tun konnen'],
      fr: ['rien a faire de notre cote', 'rien pu faire', 'promoteur immobilier'],
      es: ['nada que hacer por nuestra parte', 'hacer por nuestra parte', 'una promotora', 'la promotora', 'promotora inmobiliaria'],
      pt: ['nada a fazer da nossa parte', 'nada a fazer por nossa parte', 'incorporadora'],
    },
  },
  {
    // "1.78 against 1.92 with us": their (lower) figure set against ours.
    concept: 'price_lower',
    weight: 2.0,
    forms: {
      en: ['versus ours', 'vs ours', 'against our _ of', 'compared to our _ of'],
      de: ['gegenuber _ bei uns', 'gegen _ bei uns', 'statt _ bei uns'],
      fr: ['contre ~ chez nous', 'contre ~ pour nous', 'au lieu de ~ chez nous'],
      es: ['frente a ~ nuestro', 'contra ~ nuestro', 'contra ~ con nosotros'],
      pt: ['contra ~ nosso', 'contra ~ nossos', 'contra ~ conosco'],
    },
  },
  {
    // "ce n'est pas la qualité, c'est le coefficient": the figure named as the cause.
    concept: 'price_named',
    weight: 2.2,
    forms: {
      en: ['it was the @money', 'it is the @money', 'came down to the @money', 'all about the @money'],
      de: ['es war der @money', 'es ist der @money', 'ging nur um den @money'],
      fr: ['c est le @money', 'c etait le @money', 'c est la @money', 'c etait la @money'],
      es: ['es el @money', 'era el @money', 'fue el @money', 'fue la @money'],
      pt: ['foi o @money', 'era o @money'],
    },
  },
  {
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['sold the building', 'sold the premises', 'turned into apartments', 'converted into flats'],
      de: ['gebaude verkauft', 'das gebaude verkauft', 'in wohnungen umgebaut'],
      fr: ['vendu l immeuble', 'vendu le batiment', 'transforme en logements'],
      es: ['vendieron el edificio', 'vendio el edificio', 'convertir en apartamentos', 'convertirlo en apartamentos'],
      pt: ['venderam o predio', 'vendeu o predio', 'virar apartamentos'],
    },
  },
];

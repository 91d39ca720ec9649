import type { ConceptSpec } from './types';

/**
 * Step I in German as reps write it (and the same acts in the other languages where they were missing):
 * shifts left unfilled, a ticket open for weeks with no escalation, invoices sent twice, "nicht liefern
 * konnten"; a rival "mit eigener Niederlassung" or an agency that "komplett übernimmt" what "wir nur"
 * do; "unser Shop kommt erst 2026"; the plant "dicht", production "geht nach Ungarn"; "Kreditstopp",
 * "Inkasso"; a new chief who wants the maker "mit dem er jahrelang gearbeitet hat".
 */
export const TOLD_ACT_DE_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'our_failure',
    weight: 2.4,
    forms: {
      de: [
        'nicht besetzt', 'unbesetzt', 'nicht liefern konnten', 'nicht liefern konnen', 'konnten nicht liefern', 'lieferunfahig', 'schlapp gemacht',
        'schlappgemacht', 'den geist aufgegeben', 'gab den geist auf', 'versagt', 'angebohrt', 'unter wasser', 'wasserschaden', 'stand ~ linie',
        'linie stand', 'band stand', 'haben sich ~ beschwert', 'hat sich ~ beschwert', 'nachzahlung*',
      ],
      en: ['could not deliver', 'could not supply', 'were unable to deliver', 'unable to supply', 'line stopped', 'stopped their line', 'gave out', 'gave up the ghost'],
      fr: ['pas pu livrer', 'pu livrer', 'incapables de livrer', 'ligne arretee', 'a lache', 'ont lache'],
      es: ['no pudimos entregar', 'no pudimos suministrar', 'no pudimos servir', 'linea parada', 'se paro la linea'],
      pt: ['nao conseguimos entregar', 'nao conseguimos fornecer', 'linha parada', 'parou a linha'],
    },
  },
  {
    concept: 'neglect',
    weight: 2.6,
    forms: {
      de: ['ticket* ~ offen', 'wochen offen', 'offen geblieben', 'keine eskalation', 'nie eskaliert', 'nicht eskaliert', 'blieb liegen', 'liegen geblieben', 'nicht beim kunde* gewesen', 'nicht mehr beim kunde*'],
      en: ['no escalation', 'never escalated', 'not escalated', 'sat open', 'open for weeks', 'open for months'],
      fr: ['aucune escalade', 'jamais escalade', 'reste ouvert', 'ouvert pendant'],
      es: ['sin escalar', 'nunca se escalo', 'abierto durante'],
      pt: ['sem escalar', 'nunca foi escalado', 'aberto por'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.5,
    forms: {
      de: ['doppelt verschickt', 'doppelt gestellt', 'doppelt berechnet', 'rechnungen ~ doppelt', 'unsere abrechnung', 'unserer abrechnung', 'unsere rechnungen'],
      fr: ['notre facturation', 'nos factures'],
      es: ['nuestra facturacion', 'nuestras facturas'],
      pt: ['nosso faturamento', 'nossas faturas', 'nossa cobranca'],
    },
  },
  {
    concept: 'bundle',
    weight: 2.1,
    forms: {
      de: ['komplett ubernimmt', 'komplett ubernehmen', 'alles komplett', 'rundum sorglos*', 'aus einer hand'],
      en: ['handles it all', 'does it all', 'takes care of everything', 'end to end'],
      fr: ['prend tout en charge', 'cle en main'],
      es: ['se encarga de todo', 'llave en mano'],
      pt: ['cuida de tudo', 'chave na mao'],
    },
  },
  {
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      de: ['wir _ nur', 'unser ~ kommt erst', 'kommt bei uns erst', 'haben wir erst ab', 'bei uns erst'],
      en: ['we only offer', 'we only do', 'we only sell', 'we only rent', 'we only make', 'we only build', 'we only supply', 'ours only comes', 'ours is not out until'],
      fr: ['on ne _ que', 'nous ne _ que', 'le notre arrive', 'le notre ne arrive'],
      es: ['solo hacemos', 'solo vendemos', 'solo ofrecemos', 'solo alquilamos', 'nosotros solo', 'el nuestro llega en', 'el nuestro no llega'],
      pt: ['so fazemos', 'so vendemos', 'so oferecemos', 'so alugamos', 'apenas fazemos', 'apenas vendemos', 'o nosso so chega', 'o nosso so sai'],
    },
  },
  {
    concept: 'requirement',
    weight: 1.4,
    forms: { de: ['kunde will', 'kunde wollte', 'kunde mochte', 'will ~ bestellen', 'will ~ haben'] },
  },
  {
    concept: 'own_vendor',
    weight: 2.3,
    forms: {
      de: ['mit dem er ~ gearbeitet', 'mit dem sie ~ gearbeitet', 'mit denen er ~ gearbeitet', 'kannte er', 'kannte sie', 'aus seiner ~ zeit', 'aus ihrer ~ zeit', 'seinen alten lieferanten', 'ihren alten lieferanten'],
      en: ['he had worked with', 'she had worked with', 'he worked with at', 'she worked with at'],
      fr: ['avec qui il travaillait', 'avec qui elle travaillait', 'que il connaissait', 'que elle connaissait'],
      es: ['con el que trabajaba', 'con quien trabajaba', 'que ya conocia'],
      pt: ['com quem trabalhava', 'com o qual trabalhava', 'que ja conhecia'],
    },
  },
  {
    concept: 'closed',
    weight: 2.5,
    forms: { de: ['werk ~ dicht', 'standort ~ dicht', 'dicht gemacht', 'dichtgemacht', 'macht dicht', 'machen dicht'] },
  },
  {
    concept: 'relocated',
    weight: 2.4,
    forms: { de: ['fertigung geht nach', 'produktion geht nach', 'verlagert nach', 'wird nach ~ verlagert', 'zieht nach'] },
  },
  {
    concept: 'budget_cut',
    weight: 2.3,
    forms: {
      de: ['samtliche externen', 'alle externen', 'gestrichen', 'ausgabenstopp', 'ausgaben gestoppt', 'budget ~ gestoppt', 'nicht nur unsere'],
      en: ['all external', 'not just ours', 'not only ours'],
      fr: ['tous les prestataires externes', 'pas seulement nous'],
      es: ['todos los proveedores externos', 'no solo a nosotros'],
      pt: ['todos os fornecedores externos', 'nao so a nos'],
    },
  },
  {
    concept: 'bad_payer',
    weight: 2.6,
    forms: { de: ['kreditstopp', 'kreditsperre', 'liefersperre', 'lieferstopp', 'inkasso*', 'nichts mehr frei'] },
  },
  {
    concept: 'promo',
    weight: 2.2,
    forms: { de: ['eroffnungsaktion', 'einfuhrungsaktion', 'aktionspreis*', 'sonderaktion', 'rabattaktion', 'pct auf alle', 'pct auf'] },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      de: ['pct unserer', 'pct unseres', 'pct von unserem', 'die halfte nimmt', 'reine rechenaufgabe'],
      en: ['pct of our', 'pct of what we'],
      fr: ['pct de notre', 'pct de nos'],
      es: ['pct de nuestro', 'pct de nuestra'],
      pt: ['pct do nosso', 'pct da nossa'],
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
    // What the customer stopped doing is the outcome, not its cause: "hat uns nicht mehr beauftragt".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: { de: ['nicht mehr beauftragt', 'nicht mehr bestellt', 'bestellt nicht mehr', 'nicht mehr gebucht', 'bucht nicht mehr'] },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      de: ['mal so mal so', 'oder doch', 'widerspruchlich'],
      en: ['or was it', 'changes his story', 'changes her story', 'one thing one day'],
      fr: ['ou bien', 'tantot'],
      es: ['o fue', 'a veces dice'],
      pt: ['ou foi', 'ora diz'],
    },
  },
];

import type { ConceptSpec } from './types';

/**
 * Step I in everyday words, in all five languages: a rep who stopped calling ("dejó de llamar", "n'a plus
 * donné signe de vie", "hat sich nicht mehr gemeldet"), a failure told as its event (stained linen, an alarm
 * left off, brochures that arrived after the show, a configuration we lost), a double charge in any word
 * order, insourcing told as a new department or hired technicians, a pause for want of funding or sponsors,
 * a one-off lot, half the price, and a rival kilometres closer.
 */
export const TOLD_EVERYDAY_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'neglect',
    weight: 2.2,
    forms: {
      en: ['stopped calling', 'stopped visiting', 'stopped coming', 'stopped returning', 'not heard from ~ in', 'no contact for'],
      de: ['nicht mehr gemeldet', 'meldete sich nicht mehr', 'keinen kontakt mehr', 'kam nicht mehr', 'war nicht mehr da', 'nicht mehr vorbeigekommen'],
      fr: ['plus donne signe de vie', 'ne donnait plus signe', 'ne passait plus', 'ne a plus appele', 'ne rappelait plus'],
      es: ['dejo de llamar', 'dejo de ir', 'dejo de pasar', 'dejo de responder', 'dejaron de llamar', 'dejaron de ir', 'no volvio a llamar', 'no volvio a pasar'],
      pt: ['parou de ligar', 'parou de visitar', 'parou de vir', 'parou de responder'],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['stained', 'arrived after the event', 'arrived after the show', 'arrived too late', 'left ~ switched off', 'left ~ turned off', 'lost the configuration', 'lost their configuration'],
      de: ['verschmutzt*', 'fleckig*', 'kam erst nach', 'zu spat geliefert', 'ausgeschaltet gelassen', 'konfiguration verloren'],
      fr: ['arrive* apres l evenement', 'arrive* apres le salon', 'arrive* apres la date', 'arrive* apres la fin', 'arrive* trop tard', 'livre* apres', 'laisse* ~ coupe*', 'laisse* ~ eteint*', 'perdu la configuration', 'perdu leur configuration'],
      es: ['manchad*', 'llego despues', 'llegaron despues', 'llego tarde', 'dejo ~ apagad*', 'perdimos la configuracion', 'perdimos los datos', 'estuvo sin', 'se quedaron sin', 'se quedo sin'],
      pt: ['manchad*', 'chegou depois', 'chegaram depois', 'chegou atrasad*', 'deixou ~ desligad*', 'perdemos a configuracao', 'perdemos os dados', 'ficou sem', 'ficaram sem'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.3,
    forms: {
      en: ['charged ~ twice', 'billed ~ twice', 'charged ~ double'],
      de: ['doppelt berechnet', 'doppelt abgerechnet', 'zweimal berechnet', 'zweimal abgerechnet'],
      fr: ['facture* ~ deux fois', 'preleve* ~ deux fois', 'double facturation'],
      es: ['cobramos ~ dos veces', 'cobramos ~ doble', 'cobrado ~ dos veces', 'facturamos ~ dos veces'],
      pt: ['cobramos ~ em dobro', 'cobramos ~ duas vezes', 'cobrado ~ em dobro', 'cobrou ~ em dobro', 'faturamos ~ duas vezes'],
    },
  },
  {
    concept: 'insourced',
    weight: 2.5,
    forms: {
      en: ['set up their own', 'built up their own', 'their own department', 'own department', 'bring it inside'],
      de: ['eigene abteilung', 'eigenes team', 'leute eingestellt', '@staff eingestellt', 'selbst machen', 'selber machen', 'ins haus geholt'],
      fr: ['propre service', 'leur propre equipe', 'ont embauche', 'a embauche', 'faire eux memes', 'internaliser', 'internalise*'],
      es: ['propio departamento', 'su propio equipo', 'contrato ~ @staff', 'contrataron ~ @staff', 'hacerlo ellos', 'lo hacen ellos', 'traerlo dentro'],
      pt: ['cuidar da propria', 'cuidar do proprio', 'propria equipe', 'contratou ~ @staff', 'contrataram ~ @staff', 'trazer para dentro', 'trouxe para dentro', 'internaliz*'],
    },
  },
  {
    concept: 'budget_cut',
    weight: 2.5,
    forms: {
      en: ['lack of sponsorship', 'lost their sponsor', 'no sponsor', 'funding stopped', 'funding ran out', 'grant ended', 'grant ran out'],
      de: ['forderstopp*', 'fordermittel*', 'mangels sponsoren', 'fehlende sponsoren', 'keine sponsoren', 'forderung ausgelaufen', 'forderung gestrichen'],
      fr: ['faute de sponsor*', 'faute de financement', 'faute de subvention*', 'plus de subvention*', 'fin des subventions'],
      es: ['falta de patrocinio', 'sin patrocinio', 'sin subvencion', 'falta de subvencion', 'se acabo la subvencion'],
      pt: ['falta de patrocinio', 'sem patrocinio', 'sem verba', 'falta de verba', 'acabou a verba'],
    },
  },
  {
    concept: 'need_gone',
    weight: 2.3,
    forms: {
      en: ['project is paused', 'paused the project', 'paused all'],
      de: ['pausiert', 'ruht das projekt', 'projekt ruht', 'auf eis gelegt'],
      fr: ['mis en pause', 'en pause', 'suspendu* tous', 'suspendu* toutes'],
      es: ['en pausa', 'suspendio todos', 'suspendio todas', 'suspendieron todos'],
      pt: ['em pausa', 'suspendeu todos', 'suspendeu todas', 'suspenderam todos'],
    },
  },
  {
    concept: 'promo',
    weight: 2.2,
    forms: {
      en: ['one off purchase', 'one off buy', 'job lot', 'a single purchase'],
      de: ['einmalkauf', 'gelegenheitskauf', 'einmaliger kauf', 'einmalige bestellung'],
      fr: ['lot d occasion', 'achat ponctuel', 'achat unique', 'un lot de'],
      es: ['lote de ocasion', 'compra unica', 'compra puntual', 'un lote de'],
      pt: ['lote de ocasiao', 'compra unica', 'compra pontual', 'um lote de'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['half as much', 'half what we'],
      de: ['halb so viel', 'die halfte', 'halb so teuer'],
      fr: ['deux fois moins', 'moitie moins', 'la moitie de notre', 'facture* ~ deux fois moins'],
      es: ['la mitad que', 'la mitad de lo que'],
      pt: ['a metade do que', 'metade do nosso'],
    },
  },
  {
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['_ km from their', '_ miles from their', '_ km from the', '_ miles from the'],
      de: ['_ km von', '_ km entfernt', 'keine niederlassung in'],
      fr: ['a _ km de', 'pas d implantation', 'aucune implantation'],
      es: ['a _ km de', 'sin presencia en', 'no tenemos delegacion'],
      pt: ['a _ km de', 'sem presenca na', 'nao temos filial'],
    },
  },
  {
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      en: ['not in our plans', 'not in our development plans'],
      de: ['nicht in unserer planung', 'nicht geplant bei uns'],
      fr: ['absente de nos plans', 'absent de nos plans', 'pas dans nos plans', 'hors de notre feuille de route'],
      es: ['fuera de nuestros planes', 'no esta en nuestros planes'],
      pt: ['fora dos nossos planos', 'nao esta nos nossos planos'],
    },
  },
];

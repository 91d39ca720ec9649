import type { ConceptSpec } from './types';

/**
 * Step I, unintentionally pushed away (continued): a promise we broke, poor service, how our staff behaved, billing errors.
 */
export const SERVICE_FAILURE_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'broken_promise',
    weight: 2.3,
    forms: {
      en: [
        'promised', 'promise', 'kept promising', 'never kept', 'despite promise', 'despite our promise',
        'we had confirmed', 'committed to', 'broken promise',
      ],
      de: ['versprochen', 'zugesagt', 'zusage', 'nicht eingehalten'],
      fr: ['promis', 'promesse*', 'engagement non tenu', 'pas tenu'],
      es: ['prometido', 'prometimos', 'promesa*', 'no cumplimos', 'incumpli*'],
      pt: ['prometido', 'prometemos', 'promessa*', 'nao cumprimos', 'descumpri*'],
    },
  },
  {
    concept: 'poor_service',
    weight: 2.0,
    forms: {
      en: [
        'poor service', 'bad service', 'poor support', 'bad support', 'service issue*', 'service problem*',
        'support issue*',
        'unhappy with', 'dissatisf*', 'not happy with', 'frustrat*', 'complain*', 'had enough', 'fed up',
        'lost patience',
        'lost faith', 'stopped believing', 'service slipped', 'quality dropped', 'quality declined', 'worse', 'unhappy',
        'poor quality', 'bad quality', 'low quality', 'shelfware', 'let them down', 'disappointed', 'if we had',
        'if our ~ had', 'had we', 'if only we', 'if our ~ had been',
        'because of the service', 'due to the service', 'because of support', 'on us', 'our fault', 'our bad',
        'that one is on us', 'we dropped the ball',
      ],
      de: [
        'wenn wir', 'wenn unser*', 'wegen des service', 'schlechter service', 'schlechter support', 'unzufrieden*',
        'beschwerde*', 'reklamation*', 'schlechte qualitat', 'genervt', 'satt',
      ],
      fr: [
        'si nous avions', 'si notre', 'si nos', 'a cause du service', 'mauvais service', 'insatisf*', 'mecontent*',
        'plainte*', 'reclamation*', 'mauvaise qualite', 'excede*', 'litige*',
      ],
      es: [
        'si hubieramos', 'si nuestro', 'si nuestra', 'por la atencion', 'por el servicio', 'mal servicio',
        'mala atencion', 'insatisfech*', 'quej*', 'reclamo*', 'harto', 'harta', 'mala calidad', 'descontent*',
      ],
      pt: [
        'se tivessemos', 'se nosso', 'se nossa', 'pelo atendimento', 'por causa do atendimento', 'atendimento ruim',
        'mau atendimento', 'pessimo', 'insatisfeit*', 'reclamac*', 'queixa*', 'cansou', 'cansad*', 'ma qualidade',
      ],
    },
  },
  {
    concept: 'staff_conduct',
    weight: 2.3,
    forms: {
      en: [
        'rude', 'swore', 'yelled', 'shouted', 'screamed', 'insult*', 'disrespectful', 'unprofessional', 'offensive',
        'humiliat*', 'harass*', 'abus*', 'shoved', 'threat*', 'bully*', 'aggressive',
      ],
      de: [
        'unfreundlich', 'beleidig*', 'angeschrien', 'angebrullt', 'beschimpf*', 'respektlos*', 'bedroh*', 'belastig*',
      ],
      fr: ['impoli*', 'grossier*', 'insult*', 'humili*', 'menace*', 'agress*', 'irrespectu*', 'hurle*', 'harcel*'],
      es: ['maleducad*', 'groser*', 'insult*', 'humill*', 'amenaz*', 'agresiv*', 'acos*', 'grit*', 'falta de respeto'],
      pt: ['grosseir*', 'mal educad*', 'humilh*', 'ameac*', 'agressiv*', 'assedi*', 'insult*', 'desrespeit*', 'grit*'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'billing error*', 'billing issue*', 'billing dispute*', 'billing problem*', 'invoice error*',
        'invoicing error*',
        'wrong invoice*', 'incorrect invoice*', 'wrong rates', 'wrong contract rates', 'overbill*', 'overcharg*',
        'double charg*', 'charged twice', 'charged them', 'charging them', 'billed twice', 'applied twice',
        'credit note*',
        'refund took', 'double billing', 'our billing', 'our invoices', 'our bills', 'wrong tier',
        'invoice* ~ someone else', 'invoice* ~ another customer', 'invoice* ~ other customer', 'invoice* ~ incorrect',
        'invoice* ~ duplicate*', 'invoice* ~ mistake*', 'invoice* ~ error*',
      ],
      de: [
        'rechnungsfehler*', 'falsche* rechnung*', 'doppelt berechnet', 'fehlerhafte* rechnung*', 'abrechnungsfehler*',
        'gutschrift*',
      ],
      fr: [
        'erreur* de facturation', 'litige* de facturation', 'facture* erronee*', 'surfactur*', 'facture* deux fois',
        'appliquee deux fois', 'avoir*',
      ],
      es: [
        'errores de facturacion', 'error* de factura*', 'cobro* indebido*', 'cobr* de mas', 'factura* erronea*',
        'doble cobro',
      ],
      pt: [
        'erro* de faturamento', 'erro* de cobranca', 'cobranca* indevida*', 'cobr* a mais', 'fatura* errada*',
        'cobranca duplicada',
      ],
    },
  },
];

import type { ConceptSpec } from './types';

/**
 * Step I, causes told rather than named, on our side and the rival's: "the rollout dragged on and was
 * still not live", "invoiced twice and waited weeks for the refund", "a mill that also runs the deliveries",
 * "we only sell the units". Who acted still decides (read-cues.ts).
 */
export const TOLD_FAILURE_VALUE_CONCEPTS: ConceptSpec[] = [
  {
    // Our work dragged, stalled or took us too long.
    concept: 'our_failure',
    weight: 2.2,
    forms: {
      en: [
        'dragged on', 'dragged', 'still not live', 'never went live', 'not live yet', 'never live', 'go live slipped',
        'kept slipping', 'we took weeks', 'we took months', 'took us weeks', 'took us months', 'took us days',
        'fumbled', 'bungled', 'mishandled', 'dropped the ball', 'we fumbled', 'we mishandled', 'we forgot',
        'wrong item*', 'wrong part*', 'wrong product*', 'wrong reference',
      ],
      de: ['zog sich', 'immer noch nicht live', 'nie live', 'nie produktiv', 'wir brauchten wochen', 'wir brauchten tage', 'verbockt', 'vermasselt', 'verpatzt', 'wir haben vergessen', 'falsche teil*', 'falsches teil', 'falsche ware', 'falsche artikel'],
      fr: ['trainait', 'traine pendant', 'toujours pas en production', 'jamais en production', 'nous avons mis', 'on a mis', 'foire', 'bacle', 'baclee', 'nous avons oublie', 'on a oublie', 'mauvaise reference', 'mauvaise piece', 'mauvais produit', 'mauvais article'],
      es: ['tardamos', 'se alargo', 'se alargaron', 'nunca salio en vivo', 'sigue sin funcionar', 'cortes del servicio', 'cortes de servicio', 'metimos la pata', 'la fastidiamos', 'se nos olvido', 'nos olvidamos', 'olvidamos', 'producto equivocado', 'pieza equivocada'],
      pt: ['demoramos', 'se arrastou', 'nunca entrou no ar', 'ainda nao esta no ar', 'quedas do sistema', 'quedas de servico', 'pisamos na bola', 'fizemos besteira', 'esquecemos', 'nos esquecemos', 'produto errado', 'peca errada'],
    },
  },
  {
    // Invoices: twice, duplicated, wrong, and the slow refund after.
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: [
        'invoiced twice', 'billed twice', 'charged twice', 'paid twice', 'double invoiced', 'double billed', 'double charged',
        'duplicate invoice*', 'duplicate bill*', 'different invoices for the same', 'invoices for the same', 'wrong invoice*',
        'wrong bills', 'slow refund*', 'refund took', 'waited _ for the refund', 'waited _ for a refund',
      ],
      de: ['doppelt berechnet', 'doppelt abgerechnet', 'doppelt in rechnung', 'doppelte rechnung*', 'falsche rechnung*', 'gutschrift kam'],
      fr: ['facture deux fois', 'factures deux fois', 'facturation en double', 'double facturation', 'factures erronees', 'remboursement a pris'],
      es: ['facturado dos veces', 'cobrado dos veces', 'doble factura*', 'doble cobro', 'facturas erroneas', 'cobros erroneos'],
      pt: ['cobrado duas vezes', 'faturado duas vezes', 'cobranca em dobro', 'cobranca duplicada', 'fatura duplicada', 'cobrancas erradas'],
    },
  },
  {
    // The rival does more around the product: "a supplier that also runs the deliveries".
    concept: 'bundle',
    weight: 2.0,
    forms: {
      en: [
        '@vendor that also', '@vendor which also', '@vendor who also', 'one that also', 'also runs', 'also handles', 'also plans',
        'also manages', 'also installs', 'also maintains', 'also takes care', 'full service', 'as a service', 'turnkey',
      ],
      de: ['@vendor der auch', '@vendor die auch', 'dazu liefert', 'gleich mit dazu', 'gleich mitgeliefert', 'mit dazu', 'aus einer hand', 'rundum service'],
      fr: ['qui fait aussi', 'qui assure aussi', 'qui gere aussi', 'qui propose aussi', 'fait aussi', 'assure aussi', 'cle en main'],
      es: ['que ademas', 'que tambien', 'ademas hace', 'tambien hace', 'tambien ofrece', 'llave en mano', 'servicio completo'],
      pt: ['que tambem', 'tambem faz', 'tambem oferece', 'que ainda faz', 'servico completo', 'chave na mao'],
    },
  },
  {
    // We sell less than they wanted: "we only sell the units", "o nosso só faz".
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      en: ['we only sell', 'we only do', 'we only offer', 'we just sell', 'we sell only', 'we sell _ only', 'we sell _ _ only', 'ours only does', 'ours just does'],
      de: ['wir verkaufen nur', 'wir liefern nur', 'wir bieten nur', 'bei uns nur', 'unseres kann nur', 'unser _ kann nur'],
      fr: ['nous ne faisons que', 'nous ne vendons que', 'on ne fait que', 'on ne vend que', 'nous vendons uniquement', 'nous vendons seulement'],
      es: ['solo vendemos', 'solo hacemos', 'solo ofrecemos', 'nosotros solo', 'unicamente vendemos', 'el nuestro solo'],
      pt: ['so vendemos', 'so fazemos', 'o nosso so', 'a nossa so', 'apenas vendemos', 'nos so vendemos'],
    },
  },
];

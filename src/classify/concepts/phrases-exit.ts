import type { ConceptSpec } from './types';

/**
 * Step I, intentionally pushed away: named phrases as reps write them (picklist values, set phrases), in the five languages.
 * They carry the concept without describing who did what; the structured forms live next to them.
 */
export const EXIT_PHRASES: ConceptSpec[] = [
  {
    concept: 'exit_named',
    weight: 3.0,
    forms: {
      en: [
        'our initiative', 'intentional', 'intentionally', 'signed off on not', 'dropped the account',
        'drop them', 'exit letter', 'termination letter', 'no longer serving', 'not to serve', 'no longer supply',
        'strategic exit', 'acv floor', 'margin on the account', 'gm negative', 'refer them',
        'transitioned to partner', 'transitioned to a partner', 'not possible to make money', 'no money to make',
        'more than it brought', 'not worth the effort', 'demanded custom', 'a notre initiative',
        'de notre initiative', 'courrier de resiliation', 'mettre un terme', 'la direction a decide',
        'on a choisi de ne pas', 'nous avons choisi de ne pas', 'avons decide de ne pas', 'on a decide de ne pas',
        'coutait plus', 'client _ difficile', 'no compensaban', 'no compensa', 'por iniciativa nuestra',
        'por nuestra parte', 'cliente _ dificil', 'optou por nao renovar', 'atras* pagamento*', 'atrasava pagamento',
        'nao compensa', 'nossa iniciativa', 'por nossa iniciativa', 'unsererseits', 'von uns aus',
        'zusammenarbeit _ beendet', 'zusammenarbeit _ _ beendet', 'haben die zusammenarbeit', 'kunde _ schwierig',
        'sonderwunsche', 'no longer supply', 'entscheidung der gl', 'entscheidung der geschaftsleitung',
        'mehr supportaufwand', 'supportaufwand als umsatz', 'custo alto de atendimento', 'custo de atendimento',
        'decision de la direction', 'decision de direction', 'ne servons plus', 'ne plus servir', 'ne servir plus',
        'sair do segmento', 'saimos do', 'ruckzug aus', 'vertriebspartner ubergeben', 'an unseren vertriebspartner',
        'exit the segment', 'exited the segment', 'exit that segment', 'salir del segmento', 'salimos del',
        'ne plus livrer', 'lost money on', 'margin negative', 'low margin account', 'costs to serve',
        'too expensive to serve', 'not worth serving', 'not worth it for us', 'we decided not to renew',
        'we chose not to renew', 'we declined to renew', 'we opted not to renew', 'chose not to renew',
        'not renew them', 'we terminated', 'we ended the', 'we ended our', 'we cancelled their', 'we canceled their',
        'we let them go', 'we offboarded', 'offboarded them', 'fired the customer', 'fired the client',
        'fire the client', 'fire the customer', 'we parted ways', 'kept not paying', 'not paying us', 'not paying their', 'late payer', 'slow payer',
        'unpaid invoice*', 'overdue invoice*', 'sent to collections', 'problematic client', 'problematic customer',
        'nightmare customer', 'difficult account', 'problem account', 'unreasonable demands', 'not our icp',
        'outside our icp', 'outside icp', 'not a fit for us', 'no longer a fit for us', 'we stopped serving',
        'we no longer serve', 'we stopped supporting', 'we dropped them', 'we walked away', 'walked away from',
        'internal decision not to', 'not strategic for us', 'churned them', 'off boarded',
      ],
      de: [
        'wir haben gekundigt', 'von uns gekundigt', 'unsererseits gekundigt', 'wir haben den vertrag',
        'bewusst nicht verlangert', 'offene rechnungen', 'offene posten', 'bonitat', 'schwieriger kunde',
        'problemkunde', 'haben uns getrennt',
      ],
      fr: [
        'nous avons decide', 'nous avons mis fin', 'avons mis fin', 'resilie par nous', 'retards de paiement',
        'retard de paiement', 'risque credit', 'se separer', 'ne plus travailler avec',
      ],
      es: [
        'decidimos no renovar', 'no quisimos renovar', 'optamos por no renovar', 'terminamos la relacion',
        'morosidad', 'moroso*', 'facturas impagas', 'riesgo crediticio', 'riesgo de credito',
      ],
      pt: [
        'nao lucrativo', 'decidimos nao renovar', 'optamos por nao renovar', 'encerramos a relacao',
        'encerramos o contrato', 'atrasos de pagamento', 'atraso no pagamento', 'atrasos no pagamento',
        'risco de credito',
      ],
    },
  },
];

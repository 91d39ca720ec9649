import type { ConceptSpec } from '../types';

/** Intentionally pushed away (our decision): we chose to end it. */
export const EXIT_NAMED: ConceptSpec[] = [
  {
    // A tender we decided, inside the firm, not to answer: said in the first person, so ours whoever the clause's
    // subject seems to be (exit_named is never set aside for want of a "we"), and it outweighs the tender's own words.
    concept: 'exit_named',
    weight: 3,
    forms: {
      en: ['decided internally not to', 'internal decision not to', 'we chose not to respond', 'we decided not to tender', 'we chose not to tender'],
      de: ['intern entschieden ~ kein', 'bewusst kein angebot', 'kein angebot abgegeben', 'verzichten auf ein angebot', 'auf ein angebot verzichtet'],
      fr: ['decision interne de ne', 'ne rien deposer', 'ne pas deposer', 'pas deposer d offre', 'renonce a repondre', 'renonce a deposer'],
      es: ['decidimos no presentar', 'decision interna de no', 'no presentamos oferta', 'no nos presentamos', 'renunciamos a presentar'],
      pt: ['decidimos nao participar', 'decisao interna de nao', 'nao apresentamos proposta', 'nao participamos da licitacao', 'desistimos de participar'],
    },
  },
  {
    // Said in the first person (or of a tender, which only a seller answers): ours whoever the clause's subject seems.
    concept: 'exit_named',
    weight: 3,
    forms: {
      en: ['opted not to bid', 'opted not to tender'],
      fr: ['avons choisi de ne pas', 'avons decide de ne pas renouveler'],
      es: ['optamos por no', 'decidimos no renovar', 'decidimos no concursar'],
      pt: ['optamos por nao', 'decidimos nao renovar', 'decidimos nao concorrer'],
    },
  },
  {
    // Our own "no": the termination came from us, we abstained, the job costs us more than it brings.
    concept: 'exit_named',
    weight: 3,
    forms: {
      en: ['came from us', 'termination was ours', 'we abstained', 'we were declining', 'costs us more than ~ brings', 'costs us more than it'],
      de: ['kam von uns', 'ging von uns aus', 'uns mehr kostet als', 'gebietsregel', 'neuen vertriebsmodell'],
      fr: ['venait de nous', 'est venue de nous', 'on s est abstenu*', 'nous nous sommes abstenus', 'nous coute plus que'],
      es: ['vino de nosotros', 'partio de nosotros', 'nos abstuvimos', 'nos cuesta mas de lo que'],
      pt: ['partiu de nos', 'veio de nos', 'nos abstivemos', 'abstivemo nos', 'nos custa mais do que'],
    },
  },
  {
    concept: 'exit_named',
    weight: 2.4,
    forms: {
      en: [
        'stopped servicing', 'stop servicing', 'no longer service', 'no longer servicing', 'stopped serving the ~ zone', 'stopped serving the ~ region',
        'stopped serving the ~ area', 'pulled out of the ~ region', 'pulled out of the ~ zone', 'exited the ~ region', 'withdrew from the ~ region',
        'held the line', 'stuck to our policy', 'stuck to the policy', 'kept the rule', 'kept our minimum', 'even if it meant losing',
        'knowing they would leave', 'knowing they would walk', 'knowing it would lose',
      ],
      de: [
        'an der regel festgehalten', 'an unserer regel festgehalten', 'daran festgehalten', 'trotzdem beibehalten', 'bewusst beibehalten',
        'auch wenn sie ~ gehen', 'in kauf genommen', 'beliefern ~ nicht mehr', 'gebiet aufgegeben', 'region aufgegeben',
      ],
      fr: [
        'maintenu la regle', 'maintenu notre', 'maintenu le minimum', 'meme s il devait partir', 'meme s ils devaient partir',
        'quitte a le perdre', 'quitte a les perdre', 'en sachant que', 'ne desservons plus', 'ne livrons plus', 'arrete de desservir',
      ],
      es: [
        'mantuvimos la regla', 'mantuvimos la politica', 'mantuvimos el minimo', 'aunque se fueran', 'aunque se fuera', 'a sabiendas',
        'sabiendo que se iria*', 'dejamos de atender la zona', 'dejamos de cubrir',
      ],
      pt: [
        'mantivemos a regra', 'mantivemos a politica', 'mantivemos o minimo', 'mesmo que saisse*', 'sabendo que sairia*', 'deixamos de atender a regiao',
        'deixamos de cobrir',
      ],
    },
  },
  {
    concept: 'exit_named',
    weight: 2.6,
    forms: {
      en: ['the decision was ours', 'decision was ours', 'from the route map', 'from our routes', 'off the route map', 'dropped their postcode', 'dropped their area'],
      de: ['die entscheidung lag bei uns', 'entscheidung war unsere', 'aus der tour genommen', 'aus unserer tour'],
      fr: ['la decision etait la notre', 'decision etait la notre', 'retire de nos tournees', 'sorti de nos tournees'],
      es: ['la decision fue nuestra', 'decision fue nuestra', 'decidio no ~ mas', 'decidimos no ~ mas', 'se lo comunicamos por carta', 'dejamos de atender ~ zona', 'dejamos de atender ~ region', 'dejamos de atender ~ provincia'],
      pt: ['a decisao foi nossa', 'decisao foi nossa', 'deixamos de atender o interior', 'deixamos de atender ~ regiao', 'deixamos de atender ~ zona', 'deixamos de atender ~ estado'],
    },
  },
  {
    // We were glad to see them go: the parting suited us.
    concept: 'exit_named',
    weight: 2.6,
    forms: {
      en: ['glad to see them go', 'happy to see them go', 'not sorry to see them go', 'glad to be rid of', 'happy to let them go', 'relieved to see them go'],
      de: ['froh sie los', 'froh den kunden los', 'nicht traurig dass sie', 'gerne ziehen lassen', 'gern ziehen lassen'],
      fr: ['pas mecontents de les voir partir', 'soulages de les voir partir', 'contents de les voir partir'],
      es: ['nos alegramos de que se fueran', 'aliviados de que se fueran', 'no lamentamos que se fueran'],
      pt: ['aliviados com a saida', 'felizes com a saida', 'nao lamentamos a saida'],
    },
  },
  // Intentionally pushed away: our deliberate decision.
  { concept: 'exit_named', weight: 3.0, forms: {
    de: ['haben wir ~ abgelehnt', 'wollten ~ nicht akzeptieren', 'nicht akzeptieren wollten', 'bewusst abgegeben', 'passt nicht zu uns'],
    fr: [
      'on a mis fin', 'decision de notre part', 'a notre demande', 'on a arrete', 'on a resilie',
      'on a prefere arreter', 'on a refuse', 'on a decline', 'on a bloque', 'pas remis d offre', 'pas remis de devis',
      'pas voulu baisser', 'refuse* de baisser', 'avons decline', 'avons rompu',
    ],
  } },
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
        'sonderwunsche', 'entscheidung der gl', 'entscheidung der geschaftsleitung',
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
        'not strategic for us', 'churned them', 'off boarded',
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
        'no quisimos renovar', 'optamos por no renovar', 'terminamos la relacion',
        'morosidad', 'moroso*', 'facturas impagas', 'riesgo crediticio', 'riesgo de credito',
      ],
      pt: [
        'nao lucrativo', 'optamos por nao renovar', 'encerramos a relacao',
        'encerramos o contrato', 'atrasos de pagamento', 'atraso no pagamento', 'atrasos no pagamento',
        'risco de credito',
      ],
    },
  },
];

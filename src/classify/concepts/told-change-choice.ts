import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Step I, their change and our choice told as events: a spend freeze to the fiscal year end, works
 * halted for lack of funding ("pararon la obra", "Baustopp"), a season that ended ("saison finie au
 * camping"); a tender we chose not to answer, terms we would not sign, a credit block our finance kept,
 * a contract WE terminated; and the words of a reason that is no reason ("la decisão veio de cima").
 */
export const TOLD_CHANGE_CHOICE_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'budget_cut',
    weight: 2.6,
    forms: {
      en: ['capex frozen', 'budget frozen', 'spend frozen', 'frozen til', 'froze all', 'froze spend*', 'froze the budget', 'froze new', 'spend freeze', 'spending freeze', 'capex freeze', 'freeze on new', 'frozen until', 'frozen thru', 'frozen through'],
      de: ['ausgabenstopp', 'budgetstopp', 'investitionsstopp', 'eingefroren', 'budget gestrichen'],
      fr: ['gele* ~ investissements', 'gele* ~ budget*', 'gel des investissements', 'gel des depenses', 'gel budgetaire', 'budget gele', 'depenses gelees', 'gele* les depenses'],
      es: ['congela* las inversiones', 'congelaron', 'congelado el presupuesto', 'presupuesto congelado', 'gasto congelado'],
      pt: ['congel* os investimentos', 'congelaram', 'congelamento', 'orcamento congelado', 'gastos congelados'],
    },
  },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: ['funding fell through', 'lost their funding', 'lack of funding', 'project halted', 'works halted', 'construction halted', 'build paused', 'site shut down'],
      de: ['baustopp', 'bau gestoppt', 'projekt gestoppt', 'projekt auf eis', 'fehlende finanzierung', 'finanzierung geplatzt'],
      fr: ['chantier arrete', 'chantier suspendu', 'projet arrete', 'projet suspendu', 'faute de financement', 'manque de financement'],
      es: ['pararon la obra', 'paralizaron la obra', 'obra paralizada', 'obra parada', 'falta de financiacion', 'sin financiacion'],
      pt: ['pararam a obra', 'obra parada', 'obra paralisada', 'falta de financiamento', 'sem financiamento'],
    },
  },
  {
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['site ~ closes', 'site ~ closing', 'sold the herd', 'sold ~ at auction', 'auctioned off', 'no son', 'no daughter', 'sold the land', 'sold the farm', 'sold the site', 'sold the premises', 'no successor', 'nobody to take over', 'stopped all print', 'digital only', 'no longer prints', 'wound up the business', 'ceased trading'],
      de: ['kein nachfolger', 'keinen nachfolger', 'nicht ubernehmen', 'wollten nicht ubernehmen', 'herde verkauft', 'an einen bautrager', 'betrieb aufgegeben', 'geschaft aufgegeben', 'nur noch digital'],
      fr: ['le site ~ ferme', 'l usine ~ ferme', 'prod part en', 'production part en', 'part a l etranger', 'sans repreneur', 'pas de repreneur', 'vendu les terres', 'vendu l exploitation', 'arrache ses vignes', 'cesse son activite', 'cessation d activite', 'uniquement en numerique'],
      es: ['sin relevo', 'sin sucesor', 'vendio la finca', 'vendieron la finca', 'cese de actividad', 'solo digital'],
      pt: ['sem sucessor', 'vendeu a fazenda', 'venderam a fazenda', 'encerrou as atividades', 'so digital'],
    },
  },
  {
    // They moved where we do not work.
    concept: 'relocated',
    weight: 2.5,
    forms: {
      en: ['where we do not operate', 'where we do not work', 'where we have no', 'moved from ~ to a site in', 'outside our territory'],
      de: ['wo wir nicht', 'ausserhalb unseres gebiets', 'ausserhalb unserer region'],
      fr: ['ou nous ne sommes pas', 'ou nous ne intervenons pas', 'hors de notre zone'],
      es: ['donde nosotros no', 'donde no trabajamos', 'donde no operamos', 'fuera de nuestra zona', 'centrarse solo en'],
      pt: ['onde nao atuamos', 'onde nos nao', 'fora da nossa regiao', 'fora da nossa area'],
    },
  },
  {
    concept: 'insourced',
    weight: 2.4,
    forms: {
      en: ['buy direct from', 'buying direct', 'buys direct', 'direct from the manufacturer', 'direct from the mill', 'direct from the factory', 'own distribution arm'],
      de: ['direkt beim hersteller', 'direkt ab werk', 'direkt vom hersteller', 'eigenen vertrieb'],
      fr: ['creer sa propre', 'monter sa propre', 'ses propres agents', 'ses propres equipes', 'sa propre equipe', 'en direct du fabricant', 'directement aupres du fabricant', 'directement chez le fabricant', 'en direct usine'],
      es: ['directamente al fabricante', 'directo de fabrica', 'directamente de fabrica', 'su propia distribuidora'],
      pt: ['contador proprio', '@staff proprio', 'fazer ~ internamente', 'internamente', 'direto da industria', 'direto da fabrica', 'revenda propria', 'propria revenda', 'comprar direto', 'compra direto'],
    },
  },
  {
    // An idle season: the need pauses and comes back.
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: ['no snow', 'closed until next', 'closed for the winter', 'stopped sending out', 'stopped outsourcing', 'no longer outsourc*', 'not be needing', 'no longer be needing', 'exited the ~ segment', 'exited the ~ market', 'exited the ~ business', 'got out of the ~ business',
        'because of the drought', 'due to the drought', 'fallow', 'shut for the season', 'closed for the season', 'off season', 'end of season', 'season ended', 'season is over', 'season over', 'idle season', 'not needed till', 'not needed until', 'needed till', 'needed until'],
      de: ['wegen der durre', 'wird nicht anbauen', 'aus dem geschaft ausgestiegen', 'fallt ~ weg', 'fallt weg', 'fallen weg', 'entfallt', 'entfallen', 'brache', 'nebensaison', 'saisonende', 'saison vorbei', 'saison ist vorbei', 'winterpause', 'betriebsferien'],
      fr: ['plus de raison d etre', 'ne a plus de raison', 'a cause de la secheresse', 'quitte le marche', 'sorti du marche', 'en jachere', 'saison finie', 'saison terminee', 'fin de saison', 'hors saison', 'basse saison', 'fermeture annuelle'],
      es: ['ya no tienen obras', 'por la sequia', 'no va a sembrar', 'no sembrara', 'salio del mercado', 'en barbecho', 'fin de temporada', 'temporada terminada', 'temporada baja', 'fuera de temporada', 'cerrado por temporada'],
      pt: ['por causa da seca', 'nao vai plantar', 'saiu do mercado', 'em pousio', 'pousio', 'fim de temporada', 'fim da temporada', 'entressafra', 'baixa temporada', 'fora de temporada'],
    },
  },
  {
    concept: 'our_decision',
    weight: 2.8,
    forms: {
      en: [
        'priced ~ to walk', 'priced it to lose', 'priced ~ out on purpose', 'we won t sign', 'we would not sign', 'we will not sign', 'we refused to sign', 'did not bid', 'chose not to bid',
        'declined to bid', 'passed on the rfp', 'passed on the tender', 'did not respond to the rfp', 'did not answer the tender',
        'not to bid', 'decided not to bid', 'not to rebid', 'not to tender',
      ],
      de: ['wir unterschreiben nicht', 'kein angebot abgegeben', 'nicht mitgeboten', 'auf die ausschreibung verzichtet', 'wir ~ gekundigt', 'haben wir gekundigt', 'nicht mitzubieten', 'nicht erst mitzubieten', 'nicht mitbieten'],
      fr: ['ne signerons pas', 'pas repondu a ~ appel d offres', 'pas repondu a l appel d offres', 'pas soumissionne', 'avons resilie', 'avons mis fin', 'ne pas soumissionner', 'ne pas repondre a', 'nous ne avons pas repondu', 'nous ne avons pas soumissionne', 'nous ne avons pas participe', 'on ne a pas repondu'],
      es: ['no firmamos', 'no firmaremos', 'no nos presentamos a', 'no presentamos oferta', 'no licitamos', 'rescindimos', 'cancelamos el contrato', 'no presentarnos', 'no licitar'],
      pt: ['nao assinamos', 'nao vamos assinar', 'nao participamos da licitacao', 'nao apresentamos proposta', 'rescindimos', 'encerramos o contrato', 'nao participar da', 'nao concorrer'],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.6,
    forms: {
      en: ['never made us a penny', 'never made us money', 'never made us a cent', 'barely cover*', 'cost us more to serve'],
      de: ['nie etwas verdient', 'nie geld verdient', 'keinen cent verdient', 'nicht kostendeckend'],
      fr: ['jamais rapporte', 'rien rapporte', 'pas un centime', 'trop couteux a servir', 'a perte'],
      es: ['nunca nos dejo margen', 'nunca nos dio dinero', 'a perdidas', 'no cubria costes'],
      pt: ['nunca deu lucro', 'nunca nos deu lucro', 'no prejuizo', 'nao cobria os custos'],
    },
  },
  {
    concept: 'scope_creep',
    weight: 1.8,
    forms: {
      en: ['unpaid change requests', 'free change requests', 'change requests a month', 'endless change requests'],
      de: ['unbezahlte anderungswunsche', 'standige anderungswunsche'],
      fr: ['demandes de modification gratuites', 'modifications non payees'],
      es: ['cambios sin pagar', 'cambios no pagados'],
      pt: ['alteracoes nao pagas', 'mudancas sem custo'],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.6,
    negatable: false,
    forms: {
      en: ['was not worth it', 'not worth it for us', 'not worth our while', 'does not pay for the', 'rate that does not pay'],
      de: ['lohnt sich nicht', 'lohnte sich nicht', 'rechnet sich nicht', 'rechnete sich nicht'],
      fr: ['ne valait pas le coup', 'ne vaut pas le coup', 'pas rentable pour nous'],
      es: ['no valia la pena', 'no vale la pena', 'no nos salia a cuenta', 'no nos compensa'],
      pt: ['nao valia a pena', 'nao vale a pena', 'nao compensa pra nos', 'nao compensava pra nos'],
    },
  },
  {
    concept: 'bad_payer',
    weight: 2.4,
    forms: {
      en: ['only paid part', 'paid only part', 'short paid', 'short pays'],
      de: ['nur einen teil bezahlt', 'nur teilweise bezahlt', 'rechnung* reklamiert', 'jede zweite rechnung'],
      fr: ['paye que une partie', 'ne payait que une partie', 'conteste chaque facture'],
      es: ['pagaba solo una parte', 'solo pagaba una parte', 'reclamaba cada factura'],
      pt: ['pagava so uma parte', 'so pagava uma parte', 'contestava cada fatura'],
    },
  },
  {
    concept: 'restriction',
    weight: 2.6,
    forms: {
      en: ['credit block', 'credit blocked', 'kept the credit hold', 'account on stop', 'put on stop'],
      de: ['kreditsperre', 'liefersperre', 'kreditlimit gesperrt', 'konto gesperrt'],
      fr: ['blocage du credit', 'blocage de credit', 'encours bloque', 'compte bloque'],
      es: ['bloqueo de credito', 'credito bloqueado', 'cuenta bloqueada'],
      pt: ['bloqueio de credito', 'credito bloqueado', 'conta bloqueada'],
    },
  },
  {
    concept: 'hedge',
    weight: 1.3,
    negatable: false,
    forms: {
      de: ['evtl', 'vllt'],
      es: ['puede ser', 'puede que', 'no lo sabemos', 'no sabemos si'],
      fr: ['peut etre que', 'on ne sait pas si'],
      pt: ['nao sabemos se', 'nao se sabe'],
    },
  },
  {
    // Several guesses, none confirmed: "Pistes : ... Rien de confirmé", "cada uno tiene su teoría".
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['nothing confirmed', 'none confirmed', 'none of it confirmed', 'everyone has a theory', 'theories', 'usually that', 'it is usually'],
      de: ['nichts bestatigt', 'nichts davon bestatigt', 'jeder hat seine theorie', 'theorien', 'niemand hat ~ bestatigt'],
      fr: ['rien de confirme', 'rien ne est confirme', 'pistes', 'chacun a sa theorie', 'personne ne a confirme'],
      es: ['nada confirmado', 'tiene su teoria', 'teorias', 'ha confirmado nada', 'sin confirmar', 'no me atrevo'],
      pt: ['nada confirmado', 'tem sua teoria', 'teorias', 'ninguem confirmou', 'sem confirmacao'],
    },
  },
  {
    // A direction, not a cause: "going in a different direction".
    concept: 'vague',
    weight: 2.5,
    negatable: false,
    forms: {
      en: ['different direction', 'another direction', 'new direction', 'up the chain', 'get back to me', 'sitting with them', 'just stuck'],
      de: ['andere richtung', 'neue richtung'],
      fr: ['autre direction', 'ne decroche plus', 'decroche plus'],
      es: ['otra direccion', 'nueva direccion'],
      pt: ['outra direcao', 'nova direcao'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.4,
    negatable: false,
    forms: {
      en: ['no clue', 'nobody will confirm', 'no one will confirm', 'will not confirm', 'came from above', 'came from the top', 'decided above', 'nobody could say more', 'no one could say more', 'did not actually say', 'never actually said', 'my own guess'],
      de: ['verrat er nicht', 'verrat sie nicht', 'verraten sie nicht', 'anderen weg entschieden', 'niemand bestatigt', 'von oben entschieden', 'kam von oben', 'niemand konnte ~ sagen', 'wollte sich nicht aussern', 'nicht weiter aussern', 'wollte man nicht sagen', 'mehr wollte ~ nicht'],
      fr: ['aucune idee', 'personne ne confirme', 'decision venue d en haut', 'venue d en haut', 'personne ne a su dire', 'ne a rien voulu dire de plus'],
      es: ['ni idea', 'nadie confirma', 'sin dar explicacion', 'vino de arriba', 'nadie supo decir', 'no quiso decir mas'],
      pt: ['nem ideia', 'sem ideia', 'ninguem confirma', 'veio de cima', 'ninguem soube dizer', 'nao quis dizer mais', 'sem dar explicacao', 'sem explicacao', 'nao disse de fato'],
    },
  },
  {
    // Contract terms and events that look like causes but are not: "liquidated damages", "net 30".
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      // "the manager wanted to keep us": a wish to stay is not a requirement someone else met.
      en: ['month end close', 'month end', 'year end close', 'wanted to keep us', 'wanted to stay', 'wanted to renew', 'wanted to stay with us', 'feature parity', 'functional parity', 'parity on features', 'fiscal yr closes', 'fiscal year closes', 'year closes', 'liquidated damages', 'net 30', 'net 60', 'net 90', 'penalties per', 'penalty clause*', 'unlimited liability', 'uncapped liability', 'per hour of downtime'],
      de: ['monatsabschluss', 'monatsabschlusses', 'jahresabschluss', 'wollte uns behalten', 'wollte bei uns bleiben', 'wollte verlangern', 'vertragsstrafe*', 'unbegrenzte haftung', 'haftung ohne obergrenze'],
      fr: ['cloture mensuelle', 'cloture du mois', 'cloture comptable', 'voulait nous garder', 'voulait rester', 'voulait renouveler', 'prise', 'prises', 'parite fonctionnelle', 'penalites de retard', 'remise de concours', 'remise des offres', 'remise des cles', 'remise en etat', 'remise a niveau', 'responsabilite illimitee'],
      es: ['cierre de mes', 'cierre mensual', 'cierre contable', 'cierre del mes', 'cierre de ejercicio', 'queria seguir con nosotros', 'queria quedarse', 'queria renovar', 'penalizaciones por retraso'],
      pt: ['fechamento do mes', 'fechamento mensal', 'fechamento contabil', 'queria ficar conosco', 'queria continuar conosco', 'queria renovar', 'multas por atraso'],
    },
  },
];

/** Step II: when a paused need or a one-off price comes back. */
export const TOLD_TIMING_QUALIFIERS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'temporary',
    weight: 1,
    forms: {
      en: ['til fiscal', 'next yr', 'when the rains', 'when things recover', 'thru fy end', 'through fy end', 'until year end', 'till', 'until', 'reopening', 'reopens', 'next spring', 'next season', 'next harvest', 're quote', 'requote', 're tender', 'retender', 'reorder', 'look again', 'quote again'],
      de: ['bis jahresende', 'bis ende', 'bis zum', 'danach evtl', 'danach wieder', 'wiedereroffnung', 'nachste saison', 'neu ausschreiben', 'wieder anfragen'],
      fr: ['nous recontactera', 'jusqu a', 'reouverture', 'la saison prochaine', 'saison prochaine', 'on relance', 'relancer en', 'reconsulter'],
      es: ['hasta que', 'hasta el proximo', 'hasta final', 'reapertura', 'proxima temporada', 'volveran a cotizar', 'volver a cotizar'],
      pt: ['quando as chuvas', 'nesta safra', 'ate o fim', 'ate o final', 'ate o proximo', 'reabertura', 'proxima safra', 'proxima temporada', 'voltam a cotar', 'voltar a cotar'],
    },
  },
  {
    concept: 'permanent',
    weight: 1,
    forms: {
      en: ['not in our plans', 'no plans to'],
      de: ['fur immer', 'keine plane', 'nicht geplant'],
      fr: ['pour de bon', 'ne figure pas dans nos projets', 'pas dans nos projets', 'pas prevu'],
      es: ['de una vez', 'sin planes de', 'no esta en nuestros planes'],
      pt: ['de vez', 'sem planos de', 'nao esta nos nossos planos'],
    },
  },
];

import type { ConceptSpec } from './types';

/**
 * More surface forms of the cause concepts (de-fr): inflections, synonyms, colloquial and CRM shorthand
 * that reps write, so a cause told in other words is still read. Data only; where each concept points
 * and how who-acted changes it are in types.ts and read-cues.ts.
 *
 * German puts the verb last and splits separable verbs ("hat ... abgesagt", "macht ... dicht"), hence the
 * `~` gaps; French reps write "on" for "we", which names no actor, so forms that say "on a ..." go to
 * concepts that do not depend on who acted (exit_named, neglect) rather than to our_decision.
 */
export const BREADTH_DE_FR_CONCEPTS: ConceptSpec[] = [
  // Bought away: a lower price elsewhere, told without "price".
  { concept: 'price_lower', weight: 2.4, forms: {
    de: [
      'billiger eingekauft', 'billiger bekommen', 'gunstiger bekommen', 'gunstiger angeboten', 'billiger angeboten',
      'guenstigere*', 'dumpingpreis*', 'billiganbietern', 'preisbrecher', 'billiger als wir', 'gunstiger als wir',
      'erheblich gunstiger', 'spurbar gunstiger', 'fur die halfte', 'spart ~ beim anderen', 'pct weniger verlangt',
    ],
    fr: [
      'casse les prix', 'casse ses prix', 'casser les prix', 'brade* ses prix', 'brade* les prix', 'tarif imbattable',
      'tarifs imbattables', 'prix imbattable*', 'bien moins cher*', 'beaucoup moins cher*', 'nettement moins cher*',
      'moins cher ailleurs', 'moins onereu*', 'plus abordable', 'prix plancher', 'tarif* agressif*',
      'pct moins cher*', 'pct en dessous', 'moins cher que nous',
    ],
  } },
  { concept: 'price_higher', weight: 2.0, forms: {
    de: [
      'zu hochpreisig', 'preislich nicht konkurrenzfahig', 'preislich nicht wettbewerbsfahig',
      'preislich nicht mithalten', 'preislich daneben', 'preisunterschied ~ zu gross', 'preisdifferenz ~ zu gross',
      'zu kostspielig',
    ],
    fr: [
      'tarif* trop eleve*', 'pas competitif* sur le prix', 'trop cher* de',
    ],
  } },
  { concept: 'price_contest', weight: 2.3, forms: {
    de: [
      // "we were too dear", "they undercut us": told by us, so not the we-were-cheaper reading of a lower price.
      'waren wir ~ zu teuer', 'waren wir ~ teurer', 'wir lagen ~ zu hoch', 'lagen wir ~ zu hoch',
      'preislich ausgestochen', 'preislich unterboten', 'uns unterboten', 'unterbietet uns',
      'beim preis rausgeflogen', 'am preis gescheitert', 'uber den preis verloren', 'preislich verloren',
      'gunstigstbieter', 'billigsten anbieter',
    ],
    fr: [
      'perdu au prix', 'que on etait trop cher*', 'on etait bien trop cher*', 'on etait beaucoup trop cher*',
      'nous etions trop cher*', 'etions trop cher*', 'etait trop cher*', 'perdu* sur le tarif', 'perdu* sur les prix',
      'fait jouer la concurrence', 'prix le plus bas', 'double* sur le prix',
    ],
  } },
  { concept: 'cost_drive', weight: 1.3, forms: { de: ['aus kostengrunden'], fr: [] } },
  // Pulled away: the rival's better offer, capability, bundle, location.
  { concept: 'better_offer', weight: 2.0, forms: {
    de: [
      'uberzeugender*', 'technisch weiter', 'technisch einfach weiter', 'technisch fortschrittlicher',
      'techniquement plus avance*', 'plus avance* techniquement', 'ausgereifter*', 'technisch ~ voraus',
      'standort vor ort', 'lager vor ort', 'lager in der nahe', 'naher am kunden', 'lokal prasent',
      'schneller liefern', 'liefert schneller',
    ],
    fr: [
      'plus abouti*', 'implante localement', 'present localement', 'livre plus vite', 'livre en 24h',
      'maintenance incluse', 'offre plus riche',
    ],
  } },
  { concept: 'our_gap', weight: 2.1, forms: {
    de: ['die wir nicht haben', 'den wir nicht bieten', 'die wir nicht bieten', 'nicht im portfolio'],
    fr: ['que nous ne proposons pas', 'que on ne fait pas', 'pas dans notre gamme'],
  } },
  { concept: 'bundle', weight: 2.0, forms: {
    de: ['alles bei einem', 'rundum sorglos*', 'bundeln', 'gebundelt'],
    fr: ['tout regrouper'],
  } },
  { concept: 'own_vendor', weight: 2.3, forms: {
    de: ['seinen alten lieferanten', 'seinen bisherigen lieferanten', 'ihren alten lieferanten', 'alten dienstleister mit'],
    fr: ['ses anciens fournisseurs'],
  } },
  // Unintentionally pushed away: our failures and our neglect.
  { concept: 'our_failure', weight: 2.3, forms: {
    de: [
      'von uns ~ verschoben', 'termin* ~ gerissen', 'frist* ~ gerissen', '*termine gerissen', 'ewig hingezogen',
      'hat sich ~ hingezogen', 'wir ~ verschoben haben', 'nicht aufgetaucht', 'wir haben ~ verschoben',
      'aus dem ruder', 'verschwitzt', 'kam beschadigt', 'kamen beschadigt', 'kam kaputt', 'kamen kaputt',
      'serverausfall*', 'systemausfall*', 'lieferengpass*', 'pannen', 'desaster', 'debakel', 'totalausfall',
      'ging in die hose', 'nicht termingerecht', 'nicht fristgerecht', 'frist verpasst', 'unvollstandig geliefert',
    ],
    fr: [
      'coupure de service', 'on a plante', 'avons plante', 'hotline ~ sature*', 'support ~ sature*',
      'standard ~ sature*', 'on a loupe', 'avons loupe', 'loupe* ~ livraison*', 'coupures de service',
      'coupure* reseau', 'interruption* de service', 'couac*', 'arrivee* cassee*', 'arrive* casse*', 'a derape',
      'ont derape', 'derapage*', 'reporte* l installation', 'reporte* ~ intervention*', 'nous avons reporte',
      'on a reporte', 'delais non tenus', 'delai* depasse*',
      'plantait', 'ca plante', 'bugge*', 'interventions ratees', 'rate* plusieurs', ],
  } },
  { concept: 'neglect', weight: 2.6, forms: {
    de: [
      'keiner hat sich ~ gekummert', 'nicht blicken lassen', 'nie blicken lassen', 'von uns vertrostet',
      'wir haben ~ vertrostet', 'den kunden hangen lassen', 'wir haben ~ hangen lassen', 'haben ~ hangen gelassen',
      '@function ~ nie erreichbar', '@function ~ nicht erreichbar', 'niemand hat sich ~ gekummert',
      'hat sich keiner gekummert', 'niemand hat zuruckgerufen', 'keiner hat zuruckgerufen', 'versprochene* ruckruf*',
      'zugesagte* ruckruf*', 'tickets blieben liegen', 'blieben liegen', 'blieb liegen', 'liegen geblieben',
      'nicht betreut', 'schlecht betreut', 'kaum betreut', 'betreuerwechsel', 'wechsel des betreuers',
    ],
    fr: [
      'on ne a jamais rappele', 'personne chez nous', 'on les a fait attendre', 'on l a fait attendre',
      'jamais relance*', 'pas ete relance*', 'aucune relance de notre part', 'on ne a pas rappele',
      'on ne l a jamais rappele', 'on ne les a pas rappele*', 'on ne les a jamais rappele*', 'on ne a pas repondu',
      'on ne a jamais repondu', 'on a laisse tomber', 'on les a laisse* tomber', 'on a neglige',
      'de retour de notre part', 'de reponse de notre part', 'retour de nos equipes', 'plaint* ~ sans reponse',
      'plus de suivi', 'suivi inexistant',
    ],
  } },
  { concept: 'poor_service', weight: 2.0, forms: {
    de: ['katastrophal*', 'eine katastrophe', 'war unterirdisch', 'unzufrieden mit unserem', 'unzufrieden mit unserer', 'unzufrieden mit der betreuung'],
    fr: ['mauvaise experience avec notre', 'mauvaise experience avec nos', 'catastrophique', 'deplorable', 'lamentable', 'pas a la hauteur'],
  } },
  { concept: 'staff_conduct', weight: 2.3, forms: {
    de: ['herablassend*', 'aussendienst* ~ arrogant'],
    fr: ['desagreable*', 'condescendant*'],
  } },
  { concept: 'billing_error', weight: 2.4, forms: {
    de: ['uberhohte rechnung*'],
    fr: ['mal facture*', 'preleve* deux fois', 'facture* en double'],
  } },
  { concept: 'broken_promise', weight: 2.3, forms: {
    de: ['zugesagt* ~ nie', 'versproch* ~ nie', 'nicht wie versprochen', 'nicht wie zugesagt', 'zusage* nicht eingehalten', 'versprechen nicht gehalten'],
    fr: ['pas tenu* ses promesses', 'pas tenu nos promesses', 'on le baladait', 'on les baladait', 'mene* en bateau', 'promis ~ jamais', 'engagement* non tenu*'],
  } },
  // Moved away: their change.
  { concept: 'acquired', weight: 2.5, forms: { de: ['von einem investor', 'segment verkauft', 'sparte verkauft', 'geschaftsbereich verkauft', 'an einen investor', 'finanzinvestor*', 'neuer gesellschafter'], fr: ['fonds d investissement', 'regroupe* ses achats', 'centralise* ses achats', 'repris par un fonds', 'nouvel actionnaire'] },
  },
  { concept: 'closed', weight: 2.4, forms: {
    de: ['dichtgemacht', 'zugemacht', 'macht dicht', 'machen dicht', 'macht ~ dicht', 'gewerbe abgemeldet'],
    fr: ['arrete* ~ activite', 'cesse* ~ activite', 'fin d activite', 'arrete* ~ production', 'arret de la production', 'fermeture definitive', 'ferme* definitivement', 'depose le bilan', 'en liquidation'],
  } },
  { concept: 'insourced', weight: 2.4, forms: {
    de: ['in eigenregie', 'intern gelost', 'intern abgedeckt'],
    fr: ['par leurs propres moyens', 'equipes internes', 'ses propres equipes', 'leurs propres equipes', 'fait maison'],
  } },
  { concept: 'need_gone', weight: 2.4, forms: {
    de: ['hat sich erledigt', 'keine verwendung mehr'],
    fr: ['ne en a plus besoin', 'besoin ne existe plus', 'ne en ont plus besoin', 'plus d utilite', 'ne ont plus l usage'],
  } },
  { concept: 'budget_cut', weight: 2.6, forms: {
    de: ['haushaltssperre', 'budgetsperre', 'kein budget mehr', 'budget gekurzt', 'mittel gestrichen', 'mittel gekurzt'],
    fr: ['budgets geles', 'coupe* budgetaire*', 'coupure* budgetaire*', 'restriction* budgetaire*', 'budget ampute'],
  } },
  { concept: 'project_cancelled', weight: 2.3, forms: {
    de: ['abgeblasen', 'projekt ~ beerdigt', 'projekt ~ gekippt', 'vorhaben ~ gekippt', 'auf unbestimmte zeit verschoben', 'vorhaben ~ gestoppt'],
    fr: ['est tombe a l eau', 'tombe* a l eau', 'projet ~ enterre', 'projet ~ gele', 'mis entre parentheses', 'mis au placard'],
  } },
  { concept: 'regulation', weight: 1.6, forms: {
    de: ['neue verordnung', 'nicht mehr zulassig', 'regulatorisch*', 'behordliche auflage*'],
    fr: ['obligation legale', 'nouvelle loi', 'contrainte* reglementaire*'],
  } },
  // Intentionally pushed away: our deliberate decision.
  { concept: 'exit_named', weight: 3.0, forms: {
    de: ['haben wir ~ abgelehnt', 'wollten ~ nicht akzeptieren', 'nicht akzeptieren wollten', 'bewusst kein angebot', 'bewusst abgegeben', 'passt nicht zu uns'],
    fr: [
      'on a mis fin', 'decision de notre part', 'a notre demande', 'on a arrete', 'on a resilie',
      'on a prefere arreter', 'on a refuse', 'on a decline', 'on a bloque', 'pas remis d offre', 'pas remis de devis',
      'pas voulu baisser', 'refuse* de baisser', 'avons decline', 'avons rompu',
    ],
  } },
  { concept: 'bad_payer', weight: 2.4, forms: {
    de: ['zahlt einfach nicht', 'zahlt ~ rechnung* nicht', 'rechnungen nicht bezahlt', 'mahnverfahren', 'mahnstufe', 'zahlungsausfall', 'schlechte zahlungsmoral', 'schlechter zahler'],
    fr: ['mauvais payeur*', 'ne paie pas', 'paie en retard', 'contentieux'],
  } },
  { concept: 'restriction', weight: 2.6, forms: {
    de: ['lieferstopp', 'auf vorkasse'],
    fr: ['livraisons suspendues', 'livraisons bloquees', 'bloque* les livraisons', 'encours depasse', 'depassement d encours', 'prepaiement'],
  } },
  { concept: 'channel_move', weight: 2.6, forms: {
    de: ['an ~ handler abgegeben', 'an den handler', 'an den fachhandel', 'wir liefern nur noch uber', 'beliefern ~ nur noch uber', 'an den grosshandel', 'an ~ grosshandler*', 'an den distributor'],
    fr: ['transfere* a ~ distributeur', 'confie* a ~ partenaire', 'bascule* chez ~ distributeur'],
  } },
  { concept: 'unprofitable', weight: 2.5, forms: {
    de: ['kein deckungsbeitrag', 'zuschussgeschaft'],
    fr: ['marges trop faibles'],
  } },
  { concept: 'scope_creep', weight: 1.8, forms: { de: ['uber den vertrag hinaus', 'ausserhalb des vertrags'], fr: ['hors contrat', 'au dela du contrat'] } },
  { concept: 'abusive', weight: 2.3, forms: {
    de: [
      'bedroht unsere', 'unsere ~ bedroht', 'ausfallend', 'handgreiflich', 'belastigt unsere', 'unsere ~ belastigt',
      'beschimpft* unsere', 'unsere ~ beschimpft', 'beleidigt* unsere', 'unsere ~ beleidigt', 'unsere ~ angeschrien', 'unsere ~ angebrullt',
    ],
    fr: ['comportement du client envers', 'comportement deplace', 'comportement inacceptable', 'menace* nos', 'agressif* envers nos', 'insulte* nos', 'injurie*', 'propos deplaces'],
  } },
  // Undetermined: no decisive cause.
  { concept: 'no_reason', weight: 2.4, forms: {
    de: ['nicht begrundet', 'hat sich intern so ergeben', 'intern so ergeben', 'hat sich so ergeben', 'wollte ~ nicht aussern', 'will ~ nicht aussern', 'keine angaben'],
    fr: ['pas souhaite preciser', 'motif non precise', 'motif inconnu', 'sans justification', 'pas donne de raison', 'pas voulu dire'],
  } },
  { concept: 'vague', weight: 2.5, forms: {
    de: ['reagiert nicht mehr', 'nicht mehr erreichbar', 'antwortet nicht mehr', 'nicht mehr geruhrt', 'geghostet', 'ghostet'],
    fr: ['aucune nouvelle*', 'fait le mort', 'ne rappelle plus', 'ne revient plus vers nous', 'ne decroche plus'],
  } },
  { concept: 'hedge', weight: 1.3, forms: {
    de: ['tippe auf', 'ich vermute', 'vermute ich', 'weiss es aber nicht', 'mutmasslich', 'wohl eher'],
    fr: ['a priori', 'j imagine', 'je suppose', 'sans certitude', 'il semblerait'],
  } },
];

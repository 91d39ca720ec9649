import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Round 14: causes in plain, everyday words. Deadlines of ours overrun, a load that went in the bin, a roast nobody
 * checked; a reason withheld; "it may be that ..., or that ..., nobody confirmed"; a business sold and left for good,
 * the need moved to the cloud or gone with its last user; "we are domestic only"; a rival paying a higher commission
 * or quoting below ours; and the words that only report the loss ("we lost the order"), which are no failure.
 */
export const TOLD_PLAIN_CONCEPTS: ConceptSpec[] = [
  {
    // Ours: deadlines overrun, a load in the bin, no quality check; a spare we could not deliver, a part badly
    // fitted, the wrong sizes, weeks to change one filter.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['cut out on', 'went in the bin', 'into the bin', 'no quality check', 'without a quality check', 'deadlines overrun', 'overran the deadline', 'could not supply', 'could not deliver the', 'wrongly fitted', 'badly fitted', 'wrong size', 'wrong sizes', 'weeks to replace', 'weeks to fix'],
      de: ['hintereinander uberzogen', 'termine uberzogen', 'prufermine uberzogen', 'pruftermine ~ uberzogen', 'fristen uberzogen', 'frist uberzogen', 'ohne qualitatskontrolle', 'kein ersatzteil', 'nicht liefern konnten', 'konnten ~ nicht liefern', 'falsch montiert', 'falsche grosse', 'falschen grossen', 'wochen fur den', 'wochen um ~ zu tauschen'],
      fr: ['sans controle qualite', 'sans controle de qualite', 'delais depasses', 'echeance depassee', 'a la poubelle', 'pas pu livrer', 'mal monte*', 'mauvaise taille', 'mauvaises tailles', 'mauvaises grandeurs', 'semaines pour changer', 'semaines pour remplacer'],
      es: ['sin control de calidad', 'nadie de control de calidad', 'plazos vencidos', 'a la basura', 'no pudimos entregar', 'se averio', 'mal montad*', 'mal de talla', 'talla equivocada', 'semanas para cambiar'],
      pt: ['sem controle de qualidade', 'sem controlo de qualidade', 'prazos estourados', 'foi para o lixo', 'para o lixo', 'nao conseguimos entregar', 'mal montad*', 'tamanho errado', 'tamanhos errados', 'semanas para trocar'],
    },
  },
  {
    concept: 'no_reason',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['would not give the actual reason', 'would not give the reason', 'would not give a reason', 'refused to give the reason'],
      de: ['wollte den grund nicht nennen', 'wollte keinen grund nennen', 'den eigentlichen grund nicht'],
      fr: ['pas voulu donner la raison', 'pas voulu donner la vraie raison', 'refuse de donner la raison'],
      es: ['no quiso dar el motivo', 'no quiso dar el verdadero motivo', 'se nego a dar el motivo'],
      pt: ['nao quis dar o motivo', 'nao quis dar o verdadeiro motivo', 'recusou dar o motivo'],
    },
  },
  {
    // "It may be that ..., it may also be that ...; nobody confirmed anything": guesses, none decided.
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['it may be that', 'it may also be', 'nobody confirmed', 'no one confirmed', 'i could not say', 'or something else entirely', 'without explaining if', 'without explaining whether', 'never said what decided'],
      de: ['es kann sein dass', 'es kann auch sein', 'bestatigt hat mir niemand', 'niemand bestatigt', 'kann ich nicht sagen', 'ohne zu erklaren ob', 'ohne zu sagen was'],
      fr: ['il se peut que', 'il se peut aussi', 'personne ne me a confirme', 'je ne saurais dire', 'ou autre chose', 'sans jamais dire ce qui', 'sans dire ce qui', 'sans expliquer si'],
      es: ['puede ser que', 'puede que', 'nadie me confirmo', 'no sabria decir', 'o cualquier otra cosa', 'sin explicar si', 'sin decir que'],
      pt: ['pode ser que', 'ninguem confirmou', 'ninguem me confirmou', 'nao sei dizer', 'ou outra coisa qualquer', 'sem explicar se', 'sem dizer o que'],
    },
  },
  {
    // Out of the business for good, or the need gone: to the cloud, with its last user, nothing left to serve.
    concept: 'need_gone',
    weight: 2.4,
    forms: {
      en: ['left the business', 'got out of the business', 'out of the business for good', 'no further bookings', 'nothing else to bid for', 'moved ~ to the cloud', 'moved everything to the cloud', 'stripped out', 'no cooling left'],
      de: ['aus dem geschaft ausgestiegen', 'geschaft aufgegeben', 'keine weiteren buchungen', 'in die cloud', 'ausgebaut und verschrottet'],
      fr: ['quitte le metier', 'sorti du metier', 'plus de reservations', 'vers le cloud', 'dans le cloud'],
      es: ['salio del negocio', 'dejo el negocio', 'no hay mas reservas', 'a la nube'],
      pt: ['saiu do negocio', 'deixou o negocio', 'nao ha mais reservas', 'para a nuvem', 'nao ha navios', 'vendeu os ~ barcos', 'vendeu os ~ arrastoes'],
    },
  },
  {
    concept: 'our_gap',
    weight: 2.2,
    forms: {
      en: ['we are domestic only', 'domestic only', 'only domestic'],
      de: ['nur im inland', 'nur inland', 'nur national'],
      fr: ['seulement en national', 'uniquement en national', 'que du national'],
      es: ['solo nacional', 'solo en el pais', 'solamente nacional'],
      pt: ['so nacional', 'apenas nacional', 'so no pais'],
    },
  },
  {
    concept: 'price_lower',
    weight: 2.4,
    forms: {
      en: ['higher commission', 'more commission', 'bigger commission'],
      de: ['mehr provision', 'hohere provision'],
      fr: ['plus de commission', 'commission plus elevee'],
      es: ['mas comision', 'mayor comision', 'mas abajo que la nuestra', 'mas abajo que el nuestro'],
      pt: ['mais comissao', 'comissao maior', 'mais baixo que o nosso', 'mais baixa que a nossa'],
    },
  },
  {
    // Our rep who never called back (whose calls went unanswered is read from the clause).
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: ['never returned a single call', 'did not return a single call', 'never called back'],
      de: ['nie zuruckgerufen', 'keinen einzigen ruckruf'],
      fr: ['ne a jamais rappele', 'ne rappelait jamais', 'jamais rappele'],
      es: ['no devolvio ~ llamada', 'no devolvio ~ llamadas', 'no devolvia las llamadas', 'nunca devolvio'],
      pt: ['nao retornou ~ ligacao', 'nao retornou ~ ligacoes', 'nao retornava as ligacoes', 'nunca retornou'],
    },
  },
  {
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: ['invoiced twice', 'billed twice', 'invoices sent twice'],
      de: ['doppelt verschickt', 'rechnungen doppelt'],
      fr: ['envoyees en double', 'factures ~ en double', 'facture* en double'],
      es: ['facturas duplicadas', 'cobrado dos veces', 'facturado dos veces'],
      pt: ['faturas duplicadas', 'cobrado em dobro', 'cobrado duas vezes'],
    },
  },
  {
    // The off season, and a site bought by someone who will not need us.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['for the off season', 'closed off season'],
      de: ['in der nebensaison geschlossen'],
      fr: ['hors saison', 'basse saison'],
      es: ['temporada muerta', 'fuera de temporada', 'temporada baja'],
      pt: ['fora de temporada', 'baixa temporada'],
    },
  },
  {
    concept: 'acquired',
    weight: 2.4,
    forms: {
      en: ['bought the land', 'bought the site', 'bought the grounds'],
      de: ['hat das gelande gekauft', 'das gelande gekauft'],
      fr: ['a achete le terrain', 'rachete* le terrain'],
      es: ['compro el terreno', 'compraron el terreno'],
      pt: ['comprou o terreno', 'compraram o terreno'],
    },
  },
  {
    // "Oui le prix, mais c'est voulu": the price was set on purpose, our way of letting them go.
    concept: 'deliberate',
    weight: 2.6,
    forms: {
      en: ['it was deliberate', 'that was deliberate', 'deliberately priced'],
      de: ['das war gewollt', 'ist gewollt', 'war so gewollt'],
      fr: ['c est voulu', 'c etait voulu', 'etait voulu'],
      es: ['fue a proposito', 'es a proposito', 'fue adrede'],
      pt: ['foi de proposito', 'foi proposital', 'e de proposito'],
    },
  },
  {
    concept: 'channel_move',
    weight: 2.4,
    forms: {
      en: ['new dealer model', 'dealer model', 'go through our dealer', 'goes through our dealer'],
      de: ['uber unseren handler', 'uber unseren vertriebspartner', 'neuen handlermodell'],
      fr: ['passent par notre distributeur', 'passe par notre distributeur', 'modele de distribution'],
      es: ['a traves de nuestro distribuidor', 'pasan por nuestro distribuidor'],
      pt: ['atraves do nosso revendedor', 'passam pelo nosso revendedor'],
    },
  },
  {
    concept: 'vague',
    weight: 1.6,
    negatable: false,
    forms: {
      en: ['auto closed', 'no activity'],
      de: ['keine aktivitat', 'automatisch geschlossen'],
      fr: ['sans activite', 'ferme automatiquement'],
      es: ['sin actividad', 'cerrado automaticamente'],
      pt: ['sem atividade', 'fechado automaticamente'],
    },
  },
  {
    // A one-off: stock bought cheap to use up, a first quarter given free.
    concept: 'promo',
    weight: 2.4,
    forms: {
      en: ['uses up the stock', 'using up stock', 'first quarter free', 'first month free'],
      de: ['erstes quartal gratis', 'erstes quartal geschenkt', 'restposten aufbrauchen'],
      fr: ['ecoule un stock', 'ecouler le stock', 'premier trimestre offert', 'premier mois offert'],
      es: ['agota el stock', 'regalo el primer', 'primer trimestre gratis', 'primer mes gratis'],
      pt: ['estoque comprado', 'primeiro trimestre gratis', 'primeiro mes gratis', 'regalou o primeiro'],
    },
  },
  {
    concept: 'bundle',
    weight: 2.4,
    forms: {
      en: ['as a package', 'in one package'],
      de: ['als paket'],
      fr: ['en un seul contrat', 'en package'],
      es: ['como paquete', 'en un solo contrato'],
      pt: ['como pacote', 'num so contrato'],
    },
  },
  {
    // Reporting the loss is not a cause of it ("we lost the order"); an industry's name is not its failure.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['we lost the order', 'we lost the account', 'lost the account', 'cold chain trucking', 'cold chain logistics', 'cold chain transport', 'under our new'],
      de: ['den auftrag verloren', 'den kunden verloren', 'unter unserem neuen', 'keiner von uns angeboten'],
      fr: ['perdu la commande', 'perdu le client', 'perdu le compte'],
      es: ['perdimos el pedido', 'perdimos al cliente', 'perdimos la cuenta'],
      pt: ['perdemos o pedido', 'perdemos o cliente', 'perdemos a conta'],
    },
  },
];

/** A failure waved away: "she laughed that off", "nem tocou no assunto", "never brought it up". */
export const TOLD_PLAIN_MARKERS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'dismissal',
    weight: 1,
    forms: {
      en: ['laughed that off', 'never brought it up', 'did not even mention it'],
      de: ['nicht mal erwahnt', 'nicht einmal erwahnt', 'gar nicht angesprochen'],
      fr: ['en a meme pas parle', 'meme pas evoque'],
      es: ['ni lo menciono', 'ni siquiera lo menciono', 'ni toco el tema'],
      pt: ['nem tocou no assunto', 'nem mencionou', 'nem falou disso'],
    },
  },
  {
    concept: 'can_fix',
    weight: 1,
    forms: {
      en: ['never told them about it', 'never mentioned it to them'],
      de: ['nie davon erzahlt', 'nie erwahnt'],
      fr: ['jamais parle', 'ne leur en a jamais parle'],
      es: ['nunca se lo dijimos', 'nunca se lo mencionamos'],
      pt: ['nunca lhes dissemos', 'nunca mencionamos'],
    },
  },
];

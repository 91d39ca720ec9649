import type { ConceptSpec } from './types';

/**
 * Step I in longer stories (round 9, narrative): our failures told without a failure word (a run printed
 * wrong, a visit put off again and again, hours before anyone came out), a pause of theirs told as an event
 * (sitting a season out, taking a year off), an office given up for remote work, a spending freeze named as a
 * German compound, and praise that only looks like a non-answer ("without a word of complaint").
 */
export const TOLD_NARRATIVE_CONCEPTS: ConceptSpec[] = [
  {
    // A product or print job that left us wrong.
    concept: 'our_failure',
    weight: 2.4,
    forms: {
      en: ['printed wrong', 'wrongly printed', 'printed incorrectly', 'misprinted', 'labelled wrong', 'wrongly labelled', 'wrongly labeled'],
      de: ['falsch gedruckt', 'falsch bedruckt', 'fehldruck*', 'falsch etikettiert', 'falsch beschriftet'],
      fr: ['mal imprime*', 'mal etiquete*', 'erreur d impression', 'erreur d etiquetage'],
      es: ['mal impres*', 'mal etiquetad*', 'impreso mal', 'impresa mal', 'error de impresion', 'error de etiquetado'],
      pt: ['mal impress*', 'mal etiquetad*', 'impresso errado', 'impressa errada', 'erro de impressao', 'erro de etiquetagem'],
    },
  },
  {
    // Our machine died on the job and no spare was to hand.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['stopped dead', 'went dead', 'died on them', 'died on the job', 'died on site', 'conked out', 'packed up on', 'only spare', 'no spare', 'spare was'],
      de: ['blieb ~ stehen', 'kein ersatzgerat', 'kein ersatz da', 'ersatzgerat war', 'ersatzmaschine war'],
      fr: ['est tombe* en panne', 'a lache', 'ont lache', 'pas de machine de remplacement', 'pas de rechange', 'la machine de secours'],
      es: ['se paro ~ obra', 'se quedo parad*', 'se rompio', 'se rompieron', 'no habia repuesto', 'sin equipo de reserva', 'la de reserva estaba'],
      pt: ['parou no meio', 'parou ~ obra', 'sem equipamento reserva', 'nao havia reserva', 'a reserva estava'],
    },
  },
  {
    // Our instruments or equipment drifted, broke on their site: "se nos rompieron", "out of calibration".
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['out of calibration', 'drifted out of', 'uncalibrated', 'went out of spec'],
      de: ['nicht mehr kalibriert', 'falsch kalibriert', 'ausserhalb der toleranz'],
      fr: ['mal etalonne*', 'plus etalonne*', 'hors tolerance'],
      es: ['se nos rompi*', 'se nos averi*', 'se nos estrope*', 'mal calibrad*', 'descalibrad*'],
      pt: ['nosso equipamento quebrou', 'nossos equipamentos quebraram', 'mal calibrad*', 'descalibrad*'],
    },
  },
  {
    // Their calls went to an old number of ours, their papers sat unread: neglect told as what happened.
    concept: 'neglect',
    weight: 2.6,
    forms: {
      en: ['old phone number', 'old number on file', 'outdated number', 'wrong number on file', 'old email address', 'sat unread', 'lay unread', 'went unread', 'sat unopened', 'unread in our'],
      de: ['alte telefonnummer', 'alte nummer', 'veraltete nummer', 'veraltete adresse', 'lag ungelesen', 'blieb ungelesen', 'ungelesen liegen'],
      fr: ['ancien numero', 'numero perime', 'ancienne adresse mail', 'reste non lu', 'restee non lue', 'sans etre lu', 'sans etre lue'],
      es: ['numero antiguo', 'telefono antiguo', 'correo antiguo', 'quedo sin leer', 'quedaron sin leer', 'sin que nadie lo leyera'],
      pt: ['numero antigo', 'telefone antigo', 'email antigo', 'ficou sem ser lido', 'ficaram sem ser lidos', 'sem que ninguem lesse'],
    },
  },
  {
    // Their tickets left unanswered, their file fallen between two chairs.
    concept: 'neglect',
    weight: 2.4,
    negatable: false,
    forms: {
      // (Who left whom unanswered is read from the clause: "nicht beantwortet" by our hotline is ours, by the buyer it is his silence.)
      en: ['fell between two chairs', 'fell between the chairs', 'fell between stools', 'fell between two stools'],
      de: ['nicht beantwortet', 'nie beantwortet', 'zwischen zwei stuhle', 'zwischen den stuhlen', 'zwischen die stuhle'],
      fr: ['entre deux chaises', 'sans reponse de notre part'],
      es: ['entre dos sillas', 'sin contestar'],
      pt: ['entre duas cadeiras', 'sem retorno nosso'],
    },
  },
  {
    // Down for weeks waiting on a part nobody ordered in time.
    concept: 'our_failure',
    weight: 2.3,
    negatable: false,
    forms: {
      en: ['did not order in time', 'not ordered in time', 'never ordered the part', 'waiting for a part', 'waiting on a part', 'waiting for parts', 'waiting on parts'],
      de: ['nicht rechtzeitig bestellt', 'auf ein ersatzteil gewartet', 'auf ersatzteile gewartet', 'warten auf ersatzteile', 'warteten auf ersatzteile'],
      fr: ['pas commande* a temps', 'en attente de piece*', 'attendait une piece', 'attente d une piece'],
      es: ['no pedimos a tiempo', 'no se pidio a tiempo', 'esperando la pieza', 'esperando repuesto*', 'esperando una pieza'],
      pt: ['nao pedimos a tempo', 'nao foi pedid* a tempo', 'esperando peca', 'esperando pecas', 'esperando uma peca'],
    },
  },
  {
    // A visit we called off at short notice.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['cancelled ~ at short notice', 'canceled ~ at short notice', 'called off ~ at short notice', 'cancelled ~ at the last minute', 'last minute cancellation*'],
      de: ['kurzfristig abgesagt', 'kurzfristig storniert', 'in letzter minute abgesagt'],
      fr: ['annule* au dernier moment', 'annule* a la derniere minute', 'decommande* au dernier moment'],
      es: ['cancelad* a ultima hora', 'cancelo ~ a ultima hora', 'cancelamos ~ a ultima hora'],
      pt: ['cancelad* em cima da hora', 'cancelou ~ em cima da hora', 'cancelamos ~ em cima da hora'],
    },
  },
  {
    // Their business turned into something else: nothing of ours fits.
    concept: 'need_gone',
    weight: 1.6,
    forms: {
      en: ['turn the ~ into a', 'turned the ~ into a', 'converted the ~ into a', 'convert the ~ into a'],
      de: ['umgebaut zu einem', 'umgebaut zu einer', 'umgewandelt in ein'],
      fr: ['transforme* ~ en salle', 'reconverti* en', 'transforme* en lieu'],
      es: ['convertir ~ en un', 'convirtio ~ en un', 'reconvirtio ~ en'],
      pt: ['transformar ~ em um', 'transformou ~ em um', 'converteu ~ em um'],
    },
  },
  {
    // Delivered in the afternoon instead of the morning; a door left open, the stock lost.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['instead of the morning', 'instead of first thing', 'left the ~ door open', 'left the cold room open', 'whole stock was lost', 'stock was ruined'],
      de: ['erst am nachmittag', 'statt am morgen', 'statt am vormittag', 'statt morgens', 'offen gelassen', 'offen stehen lassen', 'ware ~ verdorben'],
      fr: ['au lieu du matin', 'l apres midi au lieu', 'laisse* ~ ouvert*', 'stock ~ perdu*', 'marchandise* perdue*'],
      es: ['en vez de por la manana', 'en lugar de por la manana', 'dejo ~ abiert*', 'dejaron ~ abiert*', 'se perdio todo el', 'mercancia ~ perdid*'],
      pt: ['em vez de de manha', 'ao inves de de manha', 'deixou ~ abert*', 'deixaram ~ abert*', 'estoque ~ perdido', 'mercadoria ~ perdida'],
    },
  },
  {
    // Billed or cut off although they had paid; invoices sent to an old address.
    concept: 'billing_error',
    weight: 2.4,
    forms: {
      en: ['had already paid', 'although they had paid', 'when they had paid', 'to the old address', 'to an old address'],
      de: ['hatte bereits bezahlt', 'hatten bereits bezahlt', 'obwohl ~ bezahlt hatte', 'an die alte adresse'],
      fr: ['avait deja paye', 'avaient deja paye', 'alors que il avait paye', 'a l ancienne adresse'],
      es: ['habia pagado', 'ya habia pagado', 'habian pagado', 'a la direccion antigua', 'a una direccion antigua'],
      pt: ['ja tinha pago', 'tinha pago', 'ja havia pago', 'para o endereco antigo', 'no endereco antigo'],
    },
  },
  {
    // Visits dropped for want of staff, without telling them.
    concept: 'our_failure',
    weight: 2.3,
    negatable: false,
    forms: {
      en: ['without telling them', 'without warning them', 'did not warn them', 'never warned them'],
      de: ['personalmangel', 'mangels personal', 'ohne bescheid zu geben', 'ohne sie zu informieren'],
      fr: ['manque de personnel', 'faute de personnel', 'sans les prevenir', 'sans prevenir'],
      es: ['falta de personal', 'no avisamos', 'sin avisar', 'sin avisarles'],
      pt: ['falta de pessoal', 'nao avisamos', 'sem avisar', 'sem avisa los'],
    },
  },
  {
    // A visit or job put off again and again.
    concept: 'our_failure',
    weight: 2.2,
    forms: {
      en: ['postponed ~ three times', 'postponed ~ twice', 'postponed again', 'rescheduled ~ three times', 'rescheduled ~ twice', 'put off again', 'put off ~ three times'],
      de: ['dreimal verschoben', 'zweimal verschoben', 'mehrfach verschoben', 'immer wieder verschoben', 'erneut verschoben', 'wieder verschoben'],
      fr: ['reporte* ~ fois', 'reporte* a nouveau', 'encore reporte*', 'reporte* de notre cote'],
      es: ['aplazad* ~ veces', 'pospuest* ~ veces', 'aplazamos ~ veces', 'otra vez aplazad*', 'aplazad* de nuevo'],
      pt: ['adiad* ~ vezes', 'remarcad* ~ vezes', 'adiamos ~ vezes', 'adiad* de novo', 'adiad* outra vez'],
    },
  },
  {
    // Hours or days before anyone came out to a call.
    concept: 'poor_service',
    weight: 2.2,
    forms: {
      en: ['hours to respond', 'hours to answer', 'hours to get someone', 'hours to turn up', 'hours to show up', 'days to turn up', 'days to show up'],
      de: ['stunden gebraucht', 'tage gebraucht', 'stunden bis jemand', 'tage bis jemand'],
      fr: ['heures pour intervenir', 'heures a intervenir', 'jours pour intervenir', 'jours a intervenir', 'heures avant d intervenir'],
      es: ['horas en atender', 'horas en llegar', 'dias en atender', 'dias en llegar', 'horas en acudir', 'dias en acudir'],
      pt: ['horas para atender', 'meia para atender', 'dias para atender', 'horas para chegar', 'dias para chegar', 'horas para aparecer'],
    },
  },
  {
    // A week before anyone came out.
    concept: 'poor_service',
    weight: 2.2,
    forms: {
      en: ['took a week to come', 'took a week to send', 'a week to turn up', 'a week to get someone'],
      de: ['eine woche gebraucht', 'erst nach einer woche da'],
      fr: ['mis une semaine a venir', 'une semaine pour venir', 'une semaine pour intervenir'],
      es: ['tardo una semana en', 'tardaron una semana en', 'semana en ir', 'semana en venir', 'dias en ir', 'dias en venir'],
      pt: ['levou uma semana para', 'demorou uma semana para', 'semana para vir', 'dias para vir'],
    },
  },
  {
    // A rival's service written into its contract: "visitas mensais incluídas no contrato".
    concept: 'better_offer',
    weight: 2.0,
    forms: {
      en: ['included in the contract', 'included in their contract', 'built into the contract'],
      de: ['im vertrag enthalten', 'im vertrag inbegriffen', 'im vertrag inklusive'],
      fr: ['inclus* dans le contrat', 'comprise* dans le contrat', 'compris dans le contrat'],
      es: ['incluid* en el contrato', 'incluid* en su contrato'],
      pt: ['incluid* no contrato', 'inclus* no contrato', 'incluid* em contrato'],
    },
  },
  {
    // We withdrew our people and ended it.
    concept: 'our_decision',
    weight: 2.6,
    forms: {
      en: ['pulled our crews', 'pulled our crew', 'pulled our people', 'pulled our staff', 'withdrew our staff', 'withdrew our crews', 'ending the agreement', 'ending the contract'],
      de: ['unsere leute abgezogen', 'unser personal abgezogen', 'unsere teams abgezogen'],
      fr: ['retire nos equipes', 'retire notre personnel', 'retire nos agents'],
      es: ['retiramos a nuestro personal', 'retiramos nuestros equipos', 'retiramos a nuestra gente'],
      pt: ['retiramos nossa equipe', 'retiramos nosso pessoal', 'retiramos nossas equipes'],
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
  {
    // A rate raised to make the account pay.
    concept: 'unprofitable',
    weight: 2.2,
    forms: {
      en: ['make the account worth it', 'make the account pay', 'make them worth it', 'make it worth our while'],
      de: ['damit sich der kunde lohnt', 'damit es sich lohnt'],
      fr: ['pour que le compte soit rentable', 'pour rentabiliser le compte'],
      es: ['para que la cuenta fuera rentable', 'para rentabilizar la cuenta'],
      pt: ['para a conta ficar rentavel', 'para rentabilizar a conta'],
    },
  },
  {
    // Sold to a chain or group: a new owner.
    concept: 'acquired',
    weight: 2.3,
    forms: {
      en: ['was sold to a chain', 'were sold to a chain', 'sold to a group', 'sold to a national'],
      de: ['wurde an ~ verkauft', 'an eine kette verkauft', 'an einen konzern verkauft', 'an eine gruppe verkauft'],
      fr: ['vendu* a un groupe', 'vendu* a une chaine', 'cede* a un groupe'],
      es: ['vendid* a una cadena', 'vendid* a un grupo'],
      pt: ['vendid* para uma rede', 'vendid* para um grupo', 'vendid* a uma rede'],
    },
  },
];

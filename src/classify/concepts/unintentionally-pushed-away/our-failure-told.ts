import type { ConceptSpec } from '../types';

/** Unintentionally pushed away (our failure): our failure, told, not named: the event or the customer's words. */
export const OUR_FAILURE_TOLD: ConceptSpec[] = [
  {
    // Our crew damaged their premises or goods; paying for it afterwards says it was ours.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['left a window open', 'left the door open', 'left _ open', 'soaked the', 'flooded their', 'damaged their', 'ruined their', 'scratched their', 'could not trust us', 'lost trust in us'],
      de: ['fenster offen gelassen', 'tur offen gelassen', 'kaputt gemacht'],
      fr: ['laisse la fenetre ouverte', 'laisse _ ouverte', 'endommage', 'abime', 'casse leur', 'plus confiance'],
      es: ['dejo la ventana abierta', 'dejaron _ abierta', 'danamos', 'rompimos', 'estropeamos'],
      pt: ['deixou a janela aberta', 'deixaram _ aberta', 'danificou', 'danificamos', 'quebramos', 'estragamos'],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['cracked', 'scratched', 'dented', 'smashed', 'shattered', 'uncommissioned', 'not commissioned', 'never commissioned', 'backdated', 'infested', 'with pests', 'labels swapped'],
      de: ['vergessen', 'zerkratzt', 'zerbrochen', 'verbeult', 'vertauscht', 'verwechselt', 'schadlingsbefall', 'befallen', 'ruckdatiert'],
      fr: ['fissure', 'fissuree', 'fissures', 'brise', 'brisee', 'cabosse*', 'interverti*', 'infeste*', 'antidate*', 'a plante', 'ont plante'],
      es: ['rompio', 'rompieron', 'abollo', 'abollado', 'se olvido', 'olvido', 'olvidaron', 'perdio ~ sobre*', 'perdio ~ muestra*', 'perdio ~ paquete*', 'perdio ~ caja*', 'perdio ~ envio*', 'con plaga', 'infestad*'],
      pt: ['trincou', 'trincad*', 'quebrou', 'quebraram', 'riscou', 'riscaram', 'amassou', 'amassaram', 'esqueceu', 'esqueceram', 'perdeu ~ amostra*', 'perdeu ~ pacote*', 'perdeu ~ caixa*', 'perdeu ~ envelope*', 'com praga', 'c praga', 'trocad* os rotulos'],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['went astray', 'gone astray', 'snapped in transit', 'broke in transit', 'no internal bracing', 'without bracing', 'tipped the', 'tipped over the', 'dropped the ~ off'],
      de: ['gekippt', 'umgekippt', 'fallen lassen', 'fallengelassen', 'runtergefallen', 'heruntergefallen', 'ohne innenverstrebung'],
      fr: ['fait tomber', 'renverse* le', 'renverse* la', 'egare* a', 'au dessus du seuil', 'hors tolerance'],
      es: ['se nos cayo', 'dejaron caer', 'dejamos caer', 'tiraron el', 'tiraron la', 'se extravio', 'se extraviaron', 'fuera de tolerancia'],
      pt: ['deixaram cair', 'deixamos cair', 'derrubamos', 'se extraviou', 'extraviaram', 'fora de tolerancia'],
    },
  },
  {
    // Ours: deadlines overrun, a load in the bin, no quality check; a spare we could not deliver, a part badly
    // fitted, the wrong sizes, weeks to change one filter.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['cut out on', 'went in the bin', 'into the bin', 'no quality check', 'without a quality check', 'deadlines overrun', 'overran the deadline', 'could not deliver the', 'wrongly fitted', 'badly fitted', 'wrong size', 'wrong sizes', 'weeks to replace', 'weeks to fix'],
      de: ['hintereinander uberzogen', 'termine uberzogen', 'prufermine uberzogen', 'pruftermine ~ uberzogen', 'fristen uberzogen', 'frist uberzogen', 'ohne qualitatskontrolle', 'kein ersatzteil', 'konnten ~ nicht liefern', 'falsch montiert', 'falsche grosse', 'falschen grossen', 'wochen fur den', 'wochen um ~ zu tauschen'],
      fr: ['sans controle qualite', 'sans controle de qualite', 'delais depasses', 'echeance depassee', 'a la poubelle', 'mal monte*', 'mauvaise taille', 'mauvaises tailles', 'mauvaises grandeurs', 'semaines pour changer', 'semaines pour remplacer'],
      es: ['sin control de calidad', 'nadie de control de calidad', 'plazos vencidos', 'a la basura', 'se averio', 'mal montad*', 'mal de talla', 'talla equivocada', 'semanas para cambiar'],
      pt: ['sem controle de qualidade', 'sem controlo de qualidade', 'prazos estourados', 'foi para o lixo', 'para o lixo', 'tamanho errado', 'tamanhos errados', 'semanas para trocar'],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.4,
    forms: {
      en: [
        'skipped', 'skipping', 'arrived short', 'came up short', 'came in short', 'delivered short', 'ran short',
        'were wrong', 'was wrong', 'came back late', 'came back wrong', 'ready late', 'finished late', 'not ready in time', 'not ready on time',
      ],
      de: [
        'erst ~ fertig', 'nicht rechtzeitig fertig', 'nicht fertig', 'zu spat fertig', 'waren falsch', 'war falsch', 'ausgelassen',
        'ubersprungen', 'nicht erschienen', 'nicht gekommen', 'kam nicht', 'kamen nicht', 'nicht geliefert', 'unvollstandig geliefert',
      ],
      fr: [
        'ont ete faux', 'ont ete fausses', 'etaient faux', 'etaient fausses', 'etait faux', 'etait fausse', 'vient de chez nous',
        'venait de chez nous', 'notre faute', 'de notre fait', 'pas venu', 'pas venus', 'jamais venu', 'saute* ~ passage*', 'oublie* ~ passage*',
      ],
      es: [
        'estaban mal', 'estuvieron mal', 'salieron mal', 'no vino', 'no vinieron', 'no se presento', 'no se presentaron', 'falto a',
        'faltaron a', 'nuestra culpa', 'fue culpa nuestra', 'llego incompleto', 'llegaron incompletos',
      ],
      pt: [
        'estavam errad*', 'vieram errad*', 'faltou ~ visita*', 'faltaram ~ visita*', 'faltou as', 'faltou aos', 'nao veio', 'nao vieram',
        'culpa nossa', 'nossa culpa', 'chegou incomplet*', 'chegaram incomplet*',
      ],
    },
  },
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
    concept: 'our_failure',
    weight: 2.4,
    forms: {
      en: [
        'without checking', 'without testing', 'without inspecting', 'without weighing', 'without verifying', 'without a check',
        'pushed the ship date', 'pushed ~ date back', 'pushed ~ back three', 'pushed ~ back twice', 'slipped the', 'slipped again', 'one slip',
        'instead of to', 'to the wrong',
      ],
      de: ['fiel* ~ aus', 'fallt ~ aus', 'fallen ~ aus', 'kam ~ erst nach', 'erst nach einer woche', 'ohne zu prufen', 'ohne prufung', 'ausserhalb der norm'],
      fr: ['sans verifier', 'sans controler', 'sans tester', 'hors norme', 'hors normes', 'repousse ~ livraison', 'decale ~ livraison'],
      es: ['sin revisar', 'sin comprobar', 'sin verificar', 'fuera de norma', 'retrasamos ~ entrega', 'aplazamos ~ entrega'],
      pt: ['sem verificar', 'sem conferir', 'sem testar', 'fora da norma', 'adiamos ~ entrega', 'atrasamos ~ entrega'],
    },
  },
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['stained', 'arrived after the event', 'arrived after the show', 'arrived too late', 'left ~ switched off', 'left ~ turned off', 'lost the configuration', 'lost their configuration'],
      de: ['verschmutzt*', 'fleckig*', 'zu spat geliefert', 'ausgeschaltet gelassen', 'konfiguration verloren'],
      fr: ['arrive* apres l evenement', 'arrive* apres le salon', 'arrive* apres la date', 'arrive* apres la fin', 'arrive* trop tard', 'livre* apres', 'laisse* ~ coupe*', 'laisse* ~ eteint*', 'perdu la configuration', 'perdu leur configuration'],
      es: ['manchad*', 'llego despues', 'llegaron despues', 'llego tarde', 'dejo ~ apagad*', 'perdimos la configuracion', 'perdimos los datos', 'estuvo sin', 'se quedaron sin', 'se quedo sin'],
      pt: ['chegou depois', 'chegaram depois', 'chegou atrasad*', 'deixou ~ desligad*', 'perdemos a configuracao', 'perdemos os dados', 'ficou sem', 'ficaram sem'],
    },
  },
  {
    // A product or print job that left us wrong.
    concept: 'our_failure',
    weight: 2.4,
    forms: {
      en: ['printed wrong', 'wrongly printed', 'printed incorrectly', 'misprinted', 'labelled wrong', 'wrongly labelled', 'wrongly labeled'],
      de: ['falsch gedruckt', 'falsch bedruckt', 'fehldruck*', 'falsch etikettiert', 'falsch beschriftet'],
      fr: ['mal imprime*', 'mal etiquete*', 'erreur d impression', 'erreur d etiquetage'],
      es: ['mal impres*', 'mal etiquetad*', 'impreso mal', 'impresa mal', 'error de impresion', 'error de etiquetado'],
      pt: ['mal impress*', 'impresso errado', 'impressa errada', 'erro de impressao', 'erro de etiquetagem'],
    },
  },
  {
    // Our machine died on the job and no spare was to hand.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['stopped dead', 'went dead', 'died on them', 'died on the job', 'died on site', 'conked out', 'packed up on', 'only spare', 'no spare', 'spare was'],
      de: ['blieb ~ stehen', 'kein ersatzgerat', 'kein ersatz da', 'ersatzgerat war', 'ersatzmaschine war'],
      fr: ['est tombe* en panne', 'pas de machine de remplacement', 'pas de rechange', 'la machine de secours'],
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
      fr: ['mal etalonne*', 'plus etalonne*'],
      es: ['se nos rompi*', 'se nos averi*', 'se nos estrope*', 'mal calibrad*', 'descalibrad*'],
      pt: ['nosso equipamento quebrou', 'nossos equipamentos quebraram'],
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
    // A failure of ours told in colloquial words: downhill quality, a platform that kept going down.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: [
        'let down by our', 'closing tickets without', 'closed tickets without', 'without fixing', 'no one trained', 'nobody trained', 'we did not train', 'never onboarded', 'poorly onboarded',
        'kept cutting out', 'keeps cutting out', 'kept dropping out', 'kept rescheduling', 'we rescheduled', 'kept postponing', 'we postponed', 'did not know what he was doing', 'did not know what she was doing', 'did not know what they were doing', 'clueless', 'incompetent', 'incompetence',
        'went downhill', 'gone downhill', 'going downhill', 'quality deteriorated',
        'quality slipped', 'quality suffered', 'quality went down', 'declining quality', 'drop in quality', 'dip in quality',
        'subpar', 'sub par', 'below par', 'not up to par', 'not up to scratch', 'not up to standard', 'substandard',
        'kept going down', 'keeps going down', 'keeps crashing',
        'keeps failing',
        'laggy', 'did not work as promised', 'never worked properly',
        'never worked right', 'never really worked', 'did not work properly', 'made a mess of',
        'made a hash of', 'we blew it', 'we blew the', 'snafu*', 'cock up', 'balls up',
        'order got lost', 'orders got lost', 'order went missing', 'orders went missing', 'lost track of their',

        'never got it working', 'could not get it working', 'could not get it to work', 'onboarding dragged', 'implementation dragged', 'rollout dragged', 'setup dragged',
        'waiting for a fix', 'waited for a fix', 'no fix', 'left unresolved', 'went unresolved',
      ],
    },
  },
  // Unintentionally pushed away: our failures and our neglect.
  { concept: 'our_failure', weight: 2.3, forms: {
    de: [
      'von uns ~ verschoben', 'termin* ~ gerissen', 'frist* ~ gerissen', '*termine gerissen', 'ewig hingezogen',
      'hat sich ~ hingezogen', 'wir ~ verschoben haben', 'nicht aufgetaucht', 'wir haben ~ verschoben',
      'aus dem ruder', 'verschwitzt', 'kam beschadigt', 'kamen beschadigt', 'kam kaputt', 'kamen kaputt',
      'serverausfall*', 'systemausfall*', 'pannen', 'desaster', 'debakel', 'totalausfall',
      'ging in die hose', 'nicht termingerecht', 'nicht fristgerecht', 'frist verpasst', 
    ],
    fr: [
      'coupure de service', 'on a plante', 'avons plante', 'hotline ~ sature*', 'support ~ sature*',
      'standard ~ sature*', 'on a loupe', 'avons loupe', 'loupe* ~ livraison*', 'coupures de service',
      'coupure* reseau', 'interruption* de service', 'couac*', 'arrivee* cassee*', 'arrive* casse*', 'a derape',
      'ont derape', 'derapage*', 'reporte* l installation', 'reporte* ~ intervention*', 'nous avons reporte',
      'on a reporte', 'delais non tenus', 'delai* depasse*',
      'plantait', 'ca plante', 'bugge*', 'interventions ratees', 'rate* plusieurs', ],
  } },
  {
    // Our failures told as a mess, botched or not up to it; Brazilian IT slang for crashes and no-shows.
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      es: [
        'nunca se present*', 'no aparecio', 'nunca aparecio', 'no aparecimos', 'fue un desastre', 'un desastre',
        'fue un caos', 'un caos', 'una chapuza', 'chapuz*', 'dejo mucho que desear', 'dejaba mucho que desear',
        'deja mucho que desear', 'dejaron mucho que desear', 'se nos pasaron', 'entregamos mal',
        'lo entregamos mal', 'mandamos mal',
        'llegaban rotos', 'llegaron rotos', 'llegaban rotas', 'llegaron rotas', 'se colgaba', 'se colgaban', 'una porqueria',
        'una basura', 'nos pasamos del plazo', 'con faltantes', 'venia* con faltantes', 'llego con faltantes',
      ],
      pt: [
        'avariad*', 'deixou a desejar', 'deixou muito a desejar', 'deixava a desejar', 'deixava muito a desejar',
        'deixa a desejar', 'deixaram a desejar', 'uma bagunca', 'foi uma bagunca', 'um caos', 'foi um caos',
        'um desastre', 'foi um desastre', 'vacilamos', 'furou a visita', 'furou a entrega', 'furamos', 'deu pau',
        'dava pau', 'bugou', 'bugado', 'bugada', 'gambiarra*', 'faltou a visita', 'faltou na visita',
        'entregamos errado', 'mandamos errado',
        'vivia caindo', 'caia toda hora', 'travava', 'travavam', 'estouramos o prazo', 'estourou o prazo', 'prazo estourado',
        'uma porcaria', 'uma droga', 'chegou faltando', 'chegavam faltando', 'veio faltando', 'vinha faltando',
      ],
    },
  },
];

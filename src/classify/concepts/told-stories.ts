import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Step I in the reps' stories: what happened told as an event ("signed off the floor without weighing the
 * extinguishers", "pushed the ship date back three times", "fielen immer wieder aus"), their change told as
 * what they did ("a recruté deux gestionnaires", "moved staff to a campus off our routes", "the owner died"),
 * a rival's one-off told as a market event ("dumped a stockpile at a knockdown figure"), a gap we could have
 * closed ("never pitched it to them"), and non-answers ("decisão interna", "changed the subject").
 */
export const TOLD_STORY_CONCEPTS: ConceptSpec[] = [
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
    concept: 'insourced',
    weight: 2.4,
    forms: {
      en: ['his own people', 'her own people', 'their own people', 'own people on', 'own staff', 'advertised for', 'hired two', 'hired three', 'hired a team'],
      de: ['eigene leute', 'eigenen leuten', 'eigenes personal', 'hat ~ eingestellt', 'haben ~ eingestellt', 'stellte ~ ein'],
      fr: ['a recrute', 'ont recrute', 'sa propre', 'ses propres', 'leur propre', 'leurs propres', 'propre personnel'],
      es: ['contrato a dos', 'contrataron a', 'su propio', 'su propia', 'sus propios', 'personal propio'],
      pt: ['contratou dois', 'contrataram', 'seu proprio', 'sua propria', 'seus proprios', 'pessoal proprio'],
    },
  },
  {
    concept: 'relocated',
    weight: 2.4,
    forms: {
      en: ['moved staff to', 'moved ~ to a campus', 'off our routes', 'outside our area', 'out of our area', 'outside our territory', 'left the ~ tower'],
      de: ['ausserhalb unseres gebiet*', 'ausserhalb unserer tour*', 'nicht mehr in unserem gebiet'],
      fr: ['hors de notre zone', 'hors de nos tournees', 'en dehors de notre secteur'],
      es: ['fuera de nuestra zona', 'fuera de nuestras rutas', 'fuera de nuestra area'],
      pt: ['fora da nossa area', 'fora das nossas rotas', 'fora da nossa regiao'],
    },
  },
  {
    concept: 'closed',
    weight: 2.2,
    forms: {
      en: ['owner died', 'he died', 'she died', 'passed away', 'died in the', 'died last'],
      de: ['ist verstorben', 'verstorben', 'ist gestorben', 'starb'],
      fr: ['est decede', 'est decedee', 'deces du', 'deces de'],
      es: ['fallecio', 'murio el dueno', 'murio el propietario'],
      pt: ['faleceu', 'morreu o dono'],
    },
  },
  {
    concept: 'project_cancelled',
    weight: 2.3,
    forms: {
      en: ['switched off until', 'offline until', 'shut down until', 'closed until', 'stays closed', 'stays switched off', 'until the works finish'],
      es: ['hasta la reapertura', 'cerrado por reforma', 'cerro ~ por reforma'],
      fr: ['ferme pour renovation', 'jusqu a la reouverture'],
      de: ['bis zur wiedereroffnung', 'wegen umbau geschlossen'],
      pt: ['fechado para reforma', 'ate a reabertura'],
    },
  },
  {
    concept: 'promo',
    weight: 2.3,
    forms: {
      en: ['token fee', 'teaser', 'teaser rate', 'teaser price', 'first twelve months at', 'first year at', 'knockdown', 'dumped ~ stockpile', 'overproduced'],
      de: ['verramscht', 'verscherbelt', 'schleuderpreis*', 'ramschpreis*', 'restposten'],
      fr: ['brade', 'bradee', 'prix casse*', 'destockage'],
      es: ['malbarat*', 'liquidacion de stock', 'saldo de stock'],
      pt: ['queima de estoque', 'torrou o estoque', 'preco de banana'],
    },
  },
  {
    concept: 'our_gap',
    weight: 2.1,
    forms: {
      en: ['never pitched', 'never presented', 'never showed them', 'we never offered', 'never demoed'],
      de: ['nie vorgestellt', 'nicht vorgestellt', 'nie prasentiert', 'nie demonstriert'],
      fr: ['jamais presente', 'jamais propose', 'jamais montre'],
      es: ['nunca presentamos', 'nunca lo ofrecimos', 'nunca se lo mostramos'],
      pt: ['nunca apresentamos', 'nunca oferecemos', 'nunca mostramos'],
    },
  },
  {
    concept: 'unprofitable',
    weight: 2.4,
    forms: {
      en: ['did not cover the fuel', 'did not even cover', 'not even covering'],
      de: ['deckte nicht mal', 'deckt nicht mal', 'nicht mal den diesel'],
      fr: ['ne couvrait pas', 'ne couvrait meme pas', 'ne couvre meme pas'],
      es: ['no cubria ni', 'no cubre ni', 'no cubria los costes', 'no cubria el gasoil'],
      pt: ['nao cobria nem', 'nao cobre nem', 'nao pagava o diesel'],
    },
  },
  {
    concept: 'referred',
    weight: 2.0,
    forms: { es: ['le pase el contacto', 'les pase el contacto'], pt: ['passei o contato'], fr: ['donne le contact', 'passe le contact'], de: ['kontakt weitergegeben'], en: ['passed on the contact', 'gave them the contact'] },
  },
  {
    // "because it wasn't released": our module, not a reason kept from us.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: { en: ['it was not released', 'was not released yet', 'not released yet', 'not yet released'] },
  },
  {
    concept: 'vague',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['internal decision', 'internal reasons'],
      de: ['interne entscheidung', 'interne grunde'],
      fr: ['decision interne', 'raisons internes'],
      es: ['decision interna', 'razones internas', 'no sabe decir'],
      pt: ['decisao interna', 'razoes internas', 'nao sabe informar', 'nao soube informar'],
    },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['which of those', 'which of these', 'if any of', 'any of those'],
      de: ['welcher davon', 'was davon'],
      fr: ['lequel de', 'laquelle de'],
      es: ['cual de esas', 'cual de estos', 'cual de ellas'],
      pt: ['qual deles', 'qual delas', 'qual dessas'],
    },
  },
];

/** "the price? he laughed and changed the subject", "le tarif n'est pas en cause": the cause just told is dodged or ruled out. */
export const TOLD_STORY_DISMISSALS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'dismissal',
    weight: 1,
    forms: {
      en: ['changed the subject', 'were not the issue', 'were not the problem', 'were not an issue', 'nothing to do with it', 'had nothing to do with it'],
      de: ['wich aus', 'waren nicht das problem', 'waren kein thema', 'hatte damit nichts zu tun', 'damit nichts zu tun'],
      fr: ['change de sujet', 'pas en cause', 'hors de cause', 'ne y etait pour rien', 'rien a voir avec ca'],
      es: ['cambio de tema', 'no fueron el problema', 'no son el problema', 'nada que ver con eso'],
      pt: ['mudou de assunto', 'nao foram o problema', 'nada a ver com isso'],
    },
  },
];

import type { ConceptSpec, MarkerConcept } from './types';

/**
 * Round 13: notes that correct themselves and causes told by what happened. A first version the rep or the
 * customer gave and took back ("I first wrote it down as price", "zuerst hieß es", "a d'abord parlé du prix");
 * our people dropping, tipping or losing what they carried; a group that swallowed the customer and buys
 * centrally; boats laid up for the winter; a product line discontinued; equipment auctioned off; a new director
 * bringing his own supplier; our own "no" (the termination came from us,
 * we abstained from the tender, the job costs us more than it brings); a follow-up nobody answers.
 */
export const TOLD_CORRECTION_CONCEPTS: ConceptSpec[] = [
  {
    concept: 'our_failure',
    weight: 2.3,
    forms: {
      en: ['went astray', 'gone astray', 'snapped in transit', 'broke in transit', 'no internal bracing', 'without bracing', 'tipped the', 'tipped over the', 'dropped the ~ off'],
      de: ['gekippt', 'umgekippt', 'fallen lassen', 'fallengelassen', 'runtergefallen', 'heruntergefallen', 'ohne innenverstrebung'],
      fr: ['fait tomber', 'renverse* le', 'renverse* la', 'egare* a', 'au dessus du seuil', 'hors tolerance'],
      es: ['se nos cayo', 'dejaron caer', 'dejamos caer', 'tiraron el', 'tiraron la', 'se extravio', 'se extraviaron', 'fuera de tolerancia'],
      pt: ['deixaram cair', 'deixamos cair', 'derrubaram', 'derrubou', 'derrubamos', 'se extraviou', 'extraviaram', 'fora de tolerancia'],
    },
  },
  {
    // Swallowed by a group that buys centrally now.
    concept: 'acquired',
    weight: 2.4,
    forms: {
      en: ['swallowed by', 'absorbed by', 'bought up by', 'buying now central*', 'centrally by the parent'],
      de: ['geschluckt', 'vom konzern', 'zentral bei der mutter', 'einkauf jetzt zentral', 'bei der muttergesellschaft'],
      fr: ['absorbe* par', 'avale* par', 'achats centralises chez', 'par la maison mere'],
      es: ['absorbid* por', 'tragad* por', 'compras centralizadas en', 'por la matriz'],
      pt: ['absorvid* por', 'engolid* por', 'compras centralizadas na', 'pela matriz'],
    },
  },
  {
    // Laid up for a season, a line discontinued, the equipment auctioned off, a site rebuilt until it reopens.
    concept: 'closed',
    weight: 2.4,
    forms: {
      en: ['tied up over', 'laid up for', 'laid up over', 'line discontinued', 'discontinued the line', 'makes ~ only now', 'auctioning off', 'being auctioned', 'auctioned the'],
      de: ['aufgelegt uber', 'linie eingestellt', 'sortiment eingestellt', 'wird versteigert', 'werden versteigert', 'wird ~ umgebaut', 'sperrt ~ wieder auf'],
      fr: ['desarme* pour', 'gamme arretee', 'ligne arretee', 'mis aux encheres', 'vendu aux encheres'],
      es: ['amarrad* todo el', 'linea descontinuada', 'dejo de fabricar', 'lo estan subastando', 'estan subastando', 'subastaron'],
      pt: ['parad* no inverno', 'linha descontinuada', 'deixou de fabricar', 'leiloando', 'foi a leilao', 'vai a leilao'],
    },
  },
  {
    // They now do it themselves.
    concept: 'insourced',
    weight: 2.4,
    forms: {
      en: ['do the ~ themselves', 'does the ~ themselves', 'own ice machine', 'own kitchen'],
      de: ['machen ~ jetzt selbst', 'macht ~ jetzt selbst', 'eigene kuche'],
      fr: ['une cuisine a elle', 'sa propre cuisine', 'font ~ eux memes'],
      es: ['cocina propia', 'su propia cocina', 'lo hacen ellos mismos', 'hacen ~ ellos mismos'],
      pt: ['cozinha propria', 'sua propria cozinha', 'fazem ~ eles mesmos'],
    },
  },
  {
    // A new director brings the supplier he worked with before.
    concept: 'own_vendor',
    weight: 2.5,
    forms: {
      en: ['brought his own', 'brought her own', 'brings his own', 'brings her own', 'brought in his old', 'brought in her old'],
      de: ['bringt seine ~ mit', 'bringt ihre ~ mit', 'brachte seine ~ mit', 'brachte ihre ~ mit', 'vom alten dom'],
      fr: ['a amene son', 'a amene sa', 'amene son ancien', 'avec qui il travaillait', 'avec qui elle travaillait'],
      es: ['trajo a su', 'se trajo a su', 'trajo su propio', 'con la que trabajaba', 'con el que trabajaba'],
      pt: ['que o acompanha', 'que a acompanha', 'trouxe a sua', 'trouxe o seu', 'com quem trabalhava'],
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
    // Our follow-ups that nobody answers: their silence.
    concept: 'vague',
    weight: 1.6,
    negatable: false,
    forms: {
      en: ['follow up calls unanswered', 'follow ups unanswered', 'follow up emails unanswered', 'nothing since', 'we will let you know', 'reviewing options', 'reviewing their options'],
      de: ['nachfassen ~ unbeantwortet', 'seitdem nichts', 'wir melden uns', 'optionen prufen'],
      fr: ['relances sans reponse', 'relances restees sans reponse', 'rien depuis', 'on vous tiendra au courant', 'etudie les options'],
      es: ['seguimientos sin respuesta', 'nada desde entonces', 'ya les avisaremos', 'evaluando opciones'],
      pt: ['follow ups sem resposta', 'nada desde entao', 'a gente avisa', 'avaliando opcoes'],
    },
  },
  {
    concept: 'mixed',
    weight: 2.2,
    negatable: false,
    forms: {
      en: ['whether that means', 'nobody has told me', 'never said which', 'never said what weighed'],
      de: ['ob das heisst', 'nie gesagt was', 'hat nie gesagt was'],
      fr: ['jamais precise ce qui', 'sans preciser ce qui', 'si cela veut dire'],
      es: ['nunca dijo que', 'sin precisar que', 'si eso significa'],
      pt: ['nunca disse o que', 'sem dizer o que', 'se isso significa'],
    },
  },
  {
    // Asking our prices for later business is no price loss.
    concept: 'neutral',
    weight: 0,
    negatable: false,
    forms: {
      en: ['asked about prices', 'asked for prices', 'asked for our prices'],
      de: ['nach den preisen', 'nach unseren preisen'],
      fr: ['demande les prix', 'demande nos prix'],
      es: ['pidio precios', 'pidio nuestros precios'],
      pt: ['pediu precos', 'pediu os nossos precos'],
    },
  },
];

/** A first version given and taken back: its causes weigh half ("zuerst hieß es, ... günstiger"). */
export const TOLD_CORRECTION_CLAIMS: Array<ConceptSpec<MarkerConcept>> = [
  {
    concept: 'claim',
    weight: 1,
    forms: {
      en: ['first wrote ~ down as', 'at first', 'initially', 'to begin with'],
      de: ['zuerst hiess es', 'anfangs hiess es', 'zunachst hiess es', 'erst hiess es'],
      fr: ['a d abord parle', 'a d abord dit', 'au debut', 'dans un premier temps'],
      es: ['al principio', 'en un principio', 'primero dijo', 'primero dijeron'],
      pt: ['no comeco', 'a principio', 'de inicio', 'primeiro disse', 'primeiro falou'],
    },
  },
];

import type { ConceptSpec, MarkerConcept } from './types';

/** Clause structure: the connectives, denials, dismissals, claims and conclusions that decide which clause of a text counts (read by the main matcher, layer 1). */
export const CLAUSE_STRUCTURE: ConceptSpec<MarkerConcept>[] = [
  {
    concept: 'contrast',
    weight: 1,
    forms: {
      en: ['but', 'however', 'instead', 'then', 'anyway', 'nevertheless', 'nonetheless', 'still lost', 'yet'],
      de: ['aber', 'jedoch', 'sondern', 'doch', 'allerdings', 'trotzdem', 'dennoch', 'dann'],
      fr: ['mais', 'cependant', 'pourtant', 'toutefois', 'neanmoins', 'puis'],
      es: ['pero', 'sino', 'sin embargo', 'no obstante', 'luego'],
      pt: ['mas', 'porem', 'contudo', 'entretanto', 'mesmo assim', 'no entanto', 'todavia', 'depois'],
    },
  },
  {
    concept: 'really',
    weight: 1,
    forms: {
      en: [
        'but really', 'really it was', 'in fact', 'in reality', 'actually', 'truth is', 'the real reason',
        'real reason',
        'real issue', 'real problem', 'actual reason', 'true reason', 'what really', 'the reason was', 'the reason is',
        'the problem is', 'the problem was', 'the issue is', 'the issue was',
      ],
      de: [
        'in wirklichkeit', 'tatsachlich', 'eigentlich', 'der eigentliche grund', 'eigentliche grund', 'in wahrheit',
        'der wahre grund',
      ],
      fr: ['en fait', 'en realite', 'la vraie raison', 'vraie raison', 'en verite', 'la raison reelle'],
      es: ['en realidad', 'realmente', 'la verdadera razon', 'el motivo real', 'en verdad', 'la razon real'],
      pt: ['na verdade', 'na realidade', 'o motivo real', 'o verdadeiro motivo', 'a verdadeira razao', 'na real'],
    },
  },
  {
    concept: 'cause',
    weight: 1,
    forms: {
      en: ['because', 'because of', 'due to', 'owing to', 'as a result of', 'caused by', 'thanks to', 'after'],
      de: ['weil', 'denn', 'wegen', 'aufgrund', 'nachdem', 'infolge'],
      fr: ['parce que', 'parce qu', 'a cause', 'en raison', 'suite a', 'a la suite', 'apres', 'puisque', 'pour cause'],
      es: ['porque', 'debido a', 'ya que', 'a causa de', 'tras', 'despues de', 'por culpa de'],
      pt: ['pois', 'devido', 'por causa', 'ja que', 'apos', 'depois que', 'por conta'],
    },
  },
  {
    concept: 'consequence',
    weight: 1,
    forms: {
      en: [
        'so', 'therefore', 'thus', 'hence', 'which is why', 'that is why', 'as a result', 'so that', 'after that',
        'and so',
      ],
      de: ['deshalb', 'daher', 'darum', 'deswegen', 'daraufhin', 'danach', 'somit'],
      fr: ['donc', 'du coup', 'alors', 'c est pourquoi', 'par consequent', 'dans la foulee'],
      es: ['por eso', 'por lo tanto', 'asi que', 'entonces', 'por ello'],
      pt: ['por isso', 'entao', 'portanto', 'logo', 'dai'],
    },
  },
  {
    concept: 'concession',
    weight: 1,
    forms: {
      en: ['although', 'though', 'even though', 'even if', 'despite', 'in spite of', 'even with'],
      de: ['obwohl', 'obgleich', 'trotz', 'auch wenn', 'zwar'],
      fr: ['bien que', 'meme si', 'malgre', 'quoique'],
      es: ['aunque', 'a pesar de', 'pese a', 'si bien'],
      pt: ['embora', 'apesar de', 'mesmo com', 'mesmo que', 'ainda que'],
    },
  },
  {
    concept: 'conclusion',
    weight: 1,
    forms: {
      en: [
        'decided it', 'made the call', 'tipped it', 'tipped the', 'separated the', 'won it', 'what won',
        'sold the committee',
        'deciding factor', 'decisive', 'the only factor', 'only factor', 'the only thing', 'only column',
        'what lost it',
        'lost it', 'that alone', 'was enough', 'finished it', 'last straw', 'in the end', 'ultimately', 'bottom line',
        'at the end of the day', 'named ~ as the reason', 'that is what', 'it is what', 'is why they', 'the difference',
        'plainly', 'told me straight', 'made the difference', 'the deciding', 'broke the', 'decided the', 'won on',
        'the clincher', 'it was the', 'dealbreaker', 'deal breaker',
        'finally did it', 'what did it', 'did it for them', 'is what did it',
        'sealed it', 'sealed the deal', 'clinched it', 'clinched the deal', 'swung it', 'tipped the scales', 'tipped the balance',
      ],
      de: [
        'den ausschlag', 'ausschlaggebend', 'entscheidend', 'am ende', 'letztlich', 'letztendlich', 'es war der',
        'es war die', 'es lag an',
        'den unterschied', 'unterschied machte', 'machte den unterschied', 'der unterschied liegt', 'unterschied lag',
      ],
      fr: [
        'c est ce qui', 'au final', 'finalement', 'en fin de compte', 'determinant', 'decisif', 'c est le',
        'c est la', 'c etait le', 'c etait la',
        'fait la difference', 'a fait la difference',
      ],
      es: [
        'al final', 'lo que decidio', 'decisivo', 'fue lo que', 'fue la', 'fue el', 'lo que inclino', 'determinante',
        'marco la diferencia', 'hizo la diferencia',
      ],
      pt: [
        'no fim', 'no final', 'o que decidiu', 'foi o que', 'foi a', 'foi o', 'pesou', 'definiu', 
        'fez a diferenca', 'o diferencial',
      ],
    },
  },
  {
    concept: 'denial',
    weight: 1,
    forms: {
      en: [
        'nothing to do with', 'had nothing to do with', 'has nothing to do with', 'not about', 'was not about',
        'is not about',
        'not because of', 'not due to', 'was not the', 'is not the', 'was not it', 'that was not it', 'not it',
        'was never',
        'never the', 'never an issue', 'not an issue', 'not the issue', 'not the reason', 'not the problem',
        'not a factor',
        'not a complaint', 'no complaint*', 'never complained', 'nobody complained', 'nothing wrong with', 'it was not',
        'it is not', 'it was never', 'not our', 'not the @competitor', 'no @competitor', 'not a @competitor',
        'not price',
        'not product', 'not service', 'never came up', 'never in question', 'not in question', 'never discussed',
        'never raised',
        'not what', 'wasnt it', 'no issue with', 'no problem with', 'no problems with', 'not a problem', 'ruled out',
      ],
      de: [
        'nichts zu tun', 'lag es nicht', 'lag nicht', 'kein thema', 'war nicht', 'nicht der', 'nicht die',
        'nicht das', 'nicht am', 'nicht an', 'habe das nichts', 'kein problem',
      ],
      fr: [
        'rien a voir', 'pas une question de', 'ce ne est pas', 'ce ne etait pas', 'ne etait pas', 'pas le', 'pas la',
        'pas de @competitor', 'aucun probleme',
      ],
      es: ['nada que ver', 'no fue', 'no era', 'no es', 'no hubo', 'no fue por', 'no fue x', 'ningun problema', 'no tuvo que ver', 'no tiene que ver', 'no tenia que ver'],
      pt: ['nada a ver', 'nao foi', 'nao era', 'nem entrou', 'nao e', 'nenhum problema', 'sem problema', 'nao teve a ver', 'nao tem a ver', 'nao tinha a ver'],
    },
  },
  {
    concept: 'dismissal',
    weight: 1,
    forms: {
      en: [
        'laughed it off', 'never raised them', 'never raised it', 'never mentioned it', 'was sorted out', 'sorted out',
        'was fixed', 'fixed and credited', 'nobody has mentioned', 'nobody mentioned', 'that was not it',
        'but that was not',
        'not what lost', 'red herring', 'irrelevant', 'beside the point', 'only surfaced', 'as an excuse', 'an excuse',
        'was resolved', 'been resolved', 'forgiven', 'water under the bridge', 'not the reason', 'not a dealbreaker',
        'was cover', 'was a cover', 'cover story', 'a pretext', 'smokescreen', 'smoke screen', 'long forgotten', 'was forgotten', 'had forgotten it', 'forgotten about it', 'forgot about it', 'had forgotten about',
      ],
      // ("haben wir das für sie erledigt" is work we did, not a problem settled.)
      de: ['war kein thema', 'war erledigt', 'ist erledigt', 'wurde erledigt', 'schnell erledigt', 'sofort erledigt', 'behoben', 'vorwand', 'ausrede', 'vorgeschoben', 'langst vergessen', 'war vergessen', 'ist vergessen'],
      // "réglé" (settled) folds to the noun "règle" (a rule): only as a participle after an auxiliary or with a time.
      fr: [
        'ete regle*', 'est regle*', 'etait regle*', 'avait regle', 'avons regle', 'a regle', 'ont regle', 'vite regle*',
        'regle* depuis', 'regle* en ~ jours', 'regle* le jour meme', 'regle* dans la journee', 'resolu', 'pretexte', 'excuse', 'oublie depuis', 'vite oublie*', 'depuis longtemps oublie*',
      ],
      // "eso quedó olvidado", "isso ficou esquecido": a failure forgotten since, not the reason.
      es: ['resuelto', 'solucionado', 'excusa', 'pretexto', 'quedo olvidado', 'esta olvidado', 'ya olvidado', 'olvidado hace'],
      pt: ['resolvido', 'desculpa', 'ficou esquecido', 'esta esquecido', 'ja esquecido', 'esquecido ha'],
    },
  },
  {
    concept: 'claim',
    weight: 1,
    forms: {
      en: [
        '@customer says', '@customer said', '@customer claims', '@customer claimed', '@customer cited',
        '@customer blamed',
        'they say', 'they claim', 'cited', 'listed', 'logged as', 'marked as', 'marked it as', 'is telling people',
        'telling people', 'looked like', 'in the crm', 'picklist', 'reason field', 'on the form', 'talked about',
        'mentioned',
        'used price', 'used ~ as an excuse', 'i chose', 'i picked', 'i ticked', 'i selected',
        'officially', 'the official reason', 'official line', 'in their letter',
      ],
      // "Offiziell heißt es ..., aber eigentlich": the official version, before the real one.
      de: ['angeblich', 'laut crm', 'im crm', 'offiziell', 'im absageschreiben', 'heisst es'],
      fr: ['soi disant', 'pretendu*', 'dans le crm', 'disait que', 'officiellement', 'version officielle'],
      es: ['supuestamente', 'decia que', 'en el crm', 'oficialmente', 'version oficial'],
      pt: ['supostamente', 'dizia que', 'no crm', 'versao oficial'],
    },
  },
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
  {
    concept: 'claim',
    weight: 1,
    forms: {
      en: ['i assumed', 'we assumed', 'took that to mean', 'on paper', 'i went in expecting'],
      de: ['erzahlt uberall', 'erzahlt herum', 'ich dachte', 'auf dem papier'],
      fr: ['raconte partout', 'je pensais', 'sur le papier'],
      es: ['va contando', 'anda diciendo', 'yo pensaba', 'sobre el papel'],
      pt: ['anda dizendo', 'anda falando', 'eu achava', 'no papel'],
    },
  },
  {
    concept: 'denial',
    weight: 1,
    forms: {
      en: ['never bothered', 'did not matter', 'did not bother', 'played no part', 'played no role'],
      de: ['spielte keine rolle', 'hat nicht gestort', 'nie gestort', 'keine rolle gespielt'],
      fr: ['ne a pas joue', 'ne a joue aucun role', 'jamais derange*', 'ne a jamais derange*'],
      es: ['no influyo', 'no peso', 'nunca le molesto', 'no tuvo peso'],
      pt: ['nao pesou', 'nao influenciou', 'nunca incomodou', 'nao teve peso'],
    },
  },
  {
    concept: 'dismissal',
    weight: 1,
    forms: {
      en: ['but that was not it', 'that was not really it'],
      de: ['das war es nicht', 'daran lag es nicht', 'das war es aber nicht'],
      fr: ['ce ne etait pas ca', 'ce ne etait pas cela'],
      es: ['no fue eso', 'no era eso'],
      pt: ['nao foi isso', 'nao era isso'],
    },
  },
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
];

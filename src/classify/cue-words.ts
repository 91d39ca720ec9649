/**
 * The words the cue reader weighs a cause hit by: what stands before or after it ("than us", "instead of",
 * "our", a time saved, a promise to pay), in the five languages. Data only; the rules are in resolve-cue.ts
 * and read-cues.ts.
 */
// "our prices were lower / a bit better / comparable": named by us, price is ruled out.
export const LOWER_WORDS = new Set([
  'lower', 'cheaper', 'sharper', 'better', 'competitive', 'below', 'less', 'under', 'niedriger', 'gunstiger', 'billiger', 'moins',
  'inferieur', 'menor', 'bajo', 'baixo', 'competitivo', 'competitif', 'wettbewerbsfahig', 'barato', 'barata', 'comparable',
  'comparables', 'similar', 'similares', 'same', 'equal', 'vergleichbar', 'gleich', 'identiques', 'iguales', 'iguais', 'mejor',
  'mejores', 'meilleur', 'meilleurs', 'melhor', 'melhores', 'besser', 'menores', 'inferieurs', 'inferiores', 'equivalentes',
]);

export const SUPERLATIVE = /^(?:cheapest|lowest|gunstigst|billigst|moins|mas|mais|menor)/;

export const THAN = new Set(['than', 'als', 'que', 'do', 'de', 'a', 'au', 'aux']);

// "they stopped responding" (the customer went silent) vs "she never heard back" (from us: our neglect).
export const NOT_RESPONDING =
  /^(?:stopped (?:responding|replying)|not respon|no (?:reply|response|answer)|never replied|not replied|has not replied|unrespons|unreach|ne repond|no responde|no contesta|sin respuesta|sem resposta|parou de responder|nao respond|nao deu retorno|sem retorno|keine (?:ruckmeldung|antwort)|meldet sich nicht|nicht erreichbar|injoignable|sans reponse|pas de reponse|sumiu|stopped calling|dejo de (?:llamar|responder)|dejaron de (?:llamar|responder)|parou de (?:ligar|responder)|nicht mehr gemeldet|meldete sich nicht|plus donne signe|ne donnait plus signe|ne a plus appele|ne rappelait plus|no volvio a llamar|nicht beantwortet|nie beantwortet|sin contestar)/;

// ("danach evtl. wieder", "maybe again next year": a guess at a return, not at the cause.)
export const WHEN = /^(?:\d+|q[1-4]|h[12]|next|again|back|wieder|nachste[mnrs]?|prochaine?|proximo|proxima|(?:jan|feb|mar|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[a-z]*)$/;

export const INSTEAD = /(?:^| )(?:instead of|rather than|statt|anstatt|au lieu de|en vez de|en lugar de|em vez de|ao inves de)(?: |$)/;

export const WITH = new Set(['with', 'mit', 'avec', 'con', 'com']);

export const OWN = /^(?:own|eigen|eigene[mnrs]?|propre|propres|propio|propia|propios|propias|proprio|propria|proprios|proprias)$/;

export const NATURE = /\b(?:drought|hail\w*|flood\w*|storms?|frost|wildfires?|earthquake|hurricane|pandemic|covid|durre|hagel\w*|hochwasser|unwetter|secheresse|grele|inondations?|tempetes?|sequia|granizo|inundacion\w*|tormentas?|helada|seca|enchentes?|tempestade|geada)\b/;

export const RULES = /\b(?:procedur\w*|rules?|safety|polic\w*|regeln?|vorschrift\w*|sicherheit\w*|regles?|consignes?|securite|normas?|reglas?|regras?|seguridad|seguranca|lockout)\b/;

export const AFTER = new Set(['after', 'since', 'nach', 'seit', 'apres', 'depuis', 'despues', 'desde', 'depois', 'once', 'when']);

export const NEGATING = new Set(['not', 'no', 'never', 'nicht', 'kein', 'keine', 'pas', 'plus', 'nao', 'nunca', 'ne']);

export const WENT_TO = /\b(?:went|gone|goes|lost|switched|awarded|signed|ging|ging an|alle|fue|foi|passou) (?:to|with|an|a|para|chez|con|com)\b/;

// "We", "us" and "our" in five languages, by their part in a clause: every first-person word set below is built
// from these lists ("nos" is Spanish and Portuguese "we"/"us" and French "our").
const WE = ['we', 'wir', 'nous', 'nosotros', 'nos'];
const US = ['us', 'uns', 'nous', 'nos'];
const OUR = ['our', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'notre', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nosso', 'nossa', 'nossos', 'nossas'];
const OURS = ['ours'];

export const WE_PRONOUNS = new Set(WE);

export const CHANNEL_NOUNS = new Set(['reseller', 'resellers', 'partner', 'partners', 'distributor', 'dealer', 'partenaire', 'revendeur', 'distributeur', 'socio', 'distribuidor', 'parceiro', 'revenda', 'vertriebspartner', 'handler']);

export const THROUGH = new Set(['through', 'via', 'uber', 'chez', 'aupres', 'atraves', 'traves']);

export const FELT = new Set(['was', 'were', 'am', 'felt', 'feel', 'war', 'etais', 'etions', 'estaba', 'estabamos', 'estava', 'fiquei', 'ficamos']);

// The words of going silent (returning calls, replying, answering), whoever did it.
export const GOING_SILENT = /(?:return|respond|respons|repl|answer|dark|ghost|silen|came back|come back|called|antwort|ruckmeld|gemeldet|meldete|angerufen|anrief|repond|contest|retorn|sumi|calling|llam|ligar|ligou|signe|appele|rappel)/;

// The customer's side of a silence: "silence radio côté client", "on the client side", "do lado do cliente", "seitens des Kunden".
export const SIDE = new Set(['cote', 'side', 'lado', 'seitens', 'seite']);

// Verbs of running something for a customer: "plans", "manages", "organises", "gère", "planifica", "planeja", "betreut".
export const SERVICE_VERB = /(?:^| )(?:plans?|planned|planning|runs?|running|manages?|managed|managing|handles?|organi[sz]es?|designs?|gere|gerent|planifie\w*|organise\w*|planifica\w*|gestiona\w*|organiza\w*|planeja\w*|gerencia\w*|plant|verwaltet|organisiert|betreut)(?: |$)/;

export const LAY_AT = new Set(['lag', 'lagen', 'liegt', 'liegen', 'lags']);

export const NOT_HEARD = /heard back|got back|no reply|no answer|no response|never replied|voicemail/;

// "our same-day couriers", "unser Abholservice": a value word right after our own possessive is what we offered
// (French "nos" only in French: elsewhere it is "we" or "us").
export const OUR_POSSESSIVE = new Set(OUR);
export const OUR_POSSESSIVE_FR = 'nos';

// "under our rate", "below us", "cheaper than ours": where a price word stands against us.
export const OURS_OR_US = new Set([...OUR, ...OURS, ...US]);

// "cheaper than us", "billiger als wir", "moins cher que nous": after "than", us in any case.
export const THAN_US = new Set([...WE, ...US, ...OURS, 'notre', 'nosso', 'nossa']);

// "saves them hours", "poupa horas de trabalho": time saved is a better way of working, not a lower price.
export const TIME_SAVED = /^(?:hours?|time|days?|minutes?|weeks?|stunden?|zeit|tage|minuten|heures?|temps|jours?|horas?|tiempo|tempo|dias?|minutos?)$/;

// "nobody told us", "niemand hat uns gesagt": what the customer did not tell us, not our neglect of them.
export const TO_US = new Set(US);

// "the client was promised": a passive promise is still ours; "their director kept promising" is theirs.
export const PASSIVE = new Set(['was', 'were', 'been', 'being', 'wurde', 'wurden', 'fue', 'fueron', 'foi', 'foram', 'ete']);

export const FREE_TERM = /\b(?:livraison|port|transport|delivery|shipping|freight|envio|entrega|frete|lieferung|versand|fracht|installation|instalacion|instalacao)$/;

// "más bajas", "plus basses", "mais baixas": the lower words as they agree with a plural or feminine noun.
export const LOWER_FORMS = /^(?:bas|basse|basses|bajos|baja|bajas|baixos|baixa|baixas|baratos|baratas|inferieure?s?|niedrigere?[nrs]?|gunstigere?[nrs]?)$/;

// "four dollars less per hour", "cinco euros menos por hora": a rate per unit of time, not time saved.
export const PER = new Set(['per', 'an', 'a', 'each', 'every', 'por', 'pro', 'par', 'je', 'la', 'el', 'cada', 'de']);

export const OBJECT_THEM = new Set(['them', 'him', 'her', 'ihnen', 'ihm', 'eux', 'leur', 'lui']);

export const ON_TOP = new Set(['dazu', 'obendrauf', 'obendrein', 'inklusive', 'included', 'thrown', 'inclus', 'incluse', 'incluido', 'incluida', 'incluso', 'inclusa', 'incluidos', 'incluidas']);

export const EXPIRED = /^(?:expired|lapsed|abgelaufen|ausgelaufen|expire|expiree|vencio|vencido|vencida|venceu|caducad[oa]|caduco)$/;

export const PROMISE_TO = new Set(['to', 'zu', 'de', 'que', ...US]);

export const LEAVING = new Set(['leave', 'go', 'switch', 'walk', 'churn', 'move', 'gehen', 'wechseln', 'partir', 'partis', 'parti', 'irse', 'fueron', 'sair', 'sairam', 'saiu']);

export const PAYING = /\b(?:pay\w*|zahl\w*|bezahl\w*|pag\w*|paie\w*|paiement\w*|virement\w*|transfer\w*|cheque\w*|check)\b/;

// "saves them hours", "poupa horas": between the saving and the time, at most a pronoun or a count ("per hour" is a rate).
export const SAVED_FOR = /^(?:them|us|him|her|you|ihnen|uns|ihm|les|leur|lui|lhes|nos|les|le|la|many|several|dozens|some|viele|mehrere|des|varias|muchas|muitas|algumas|\d+)$/;

// "a software firm", "the platform company": a capability word naming what kind of firm someone is.
export const FIRM = new Set(['firm', 'firms', 'company', 'companies', 'house', 'vendor', 'maker', 'makers', 'business', 'startup', 'agency', 'provider', 'shop', 'outfit', 'firma', 'unternehmen', 'haus', 'entreprise', 'societe', 'empresa', 'casa']);

export const FROM_US = new Set(['of', 'from', 'von', 'aus', 'bei', 'de', 'chez', 'del', 'do', 'da']);

// "I never mentioned it", "we never raised it": what the rep did not say, not a cause ruled out.
export const FIRST_PERSON = new Set(['i', 'ich', 'je', 'on', 'yo', 'eu', ...WE]);

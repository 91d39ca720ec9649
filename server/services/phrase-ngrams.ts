/**
 * Word n-grams (1-3 words) of a loss reason, normalised as the portal vocabulary matches them: lower
 * case, accents folded, words of letters and digits. N-grams that are only glue words (in the five
 * languages Regain reads) or that start or end with one are left out: "the", "of the", "price of".
 */

const STOPWORDS = new Set(
  [
    // English
    'a an and are as at be been but by did do for from had has have he her his i in is it its of on or our she so that the their them then there they this to too us was we were what when which who will with would you your not no again also just now still very more much any all some only then than into over after before',
    // German
    'der die das den dem des ein eine einen einem einer und oder aber ist sind war waren hat haben hatte es er sie wir ihr ihre ihren uns unser unsere zu zum zur im in am an auf aus bei mit von vom fur nach so dass weil nicht kein keine auch noch nur',
    // French
    'le la les un une des du de et ou mais est sont etait ont avait il elle ils elles nous vous leur leurs notre nos au aux en dans sur par pour avec ce cette ces que qui pas ne plus',
    // Spanish
    'el la los las un una unos unas y o pero es son era fue han habia ellos ellas nosotros su sus nuestro nuestra al del de en con por para que se no lo le les mas muy',
    // Portuguese
    'o a os as um uma uns umas e ou mas foi sao era tem eles elas nos seu sua seus suas nosso nossa ao do da dos das de em no na com por para que se nao mais muito',
  ]
    .join(' ')
    .split(' '),
);

/** Lower case, accents folded, runs of anything but letters and digits as one space. */
export function normalisePhrase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The vocabulary takes phrases of at most this many characters (server/schemas/settings.ts). */
const MAX_PHRASE_CHARS = 80;

const isContent = (w: string) => !STOPWORDS.has(w) && w.length >= 2 && !/^\d+$/.test(w);

/** The distinct n-grams (1 to 3 words) of a text worth offering as vocabulary. */
export function phraseNgrams(text: string): Set<string> {
  const words = normalisePhrase(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const first = words[i]!;
      const last = words[i + n - 1]!;
      if (!isContent(first) || !isContent(last)) continue;
      if (n === 1 && first.length < 3) continue;
      const gram = words.slice(i, i + n).join(' ');
      if (gram.length <= MAX_PHRASE_CHARS) out.add(gram);
    }
  }
  return out;
}

/** The shorter phrases (whole words, contiguous) inside an n-gram: "own press" → "own", "press". */
export function subPhrases(phrase: string): string[] {
  const words = phrase.split(' ');
  const out: string[] = [];
  for (let n = 1; n < words.length; n++) for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

import { collectDefectionSignals } from '../../../src/classify/classify-defection';
import { WORD_COUNTS } from '../../../src/classify/learned-word-counts';
import { confidenceOf, readLearnedWords, wordFeatures } from '../../../src/classify/learned-words';
import { foldWord } from '../../../src/classify/read-words';
import { CONFIRM_FROM, OVERRULE_FROM, withSecondOpinion, type Verdict } from '../../../src/classify/second-opinion';
import { UNSURE_BELOW } from '../../../src/classify/decide-segment';
import { makeSnapshot } from '../../fakes/snapshot-factory';
import { learnWordCounts, readLabelled, trainingSetPaths } from '../../tools/learn-words';
import { resolveSettings } from '../../../src/settings';
import { classifyText, defaultSettings } from './classify-text';

// A rep's words full of one cause, so the counts are sure of it whatever the rules say.
const PRICE_WORDS = 'cheaper price, lower cost, they undercut us on price and the competitor was cheaper per unit';
const signalsOf = (reason: string, extra: Parameters<typeof makeSnapshot>[0] = {}) =>
  collectDefectionSignals(makeSnapshot({ reason, ...extra }), defaultSettings);
const unsureRules = (segment: Verdict['segment'], confidence: number): Verdict => ({ segment, confidence, unsure: true, decidedBy: null });

describe('the learned word counts', () => {
  it('are exactly what the training sets count to (run `npm run learn:words` after changing a set)', async () => {
    expect(WORD_COUNTS).toBe(learnWordCounts(await readLabelled(trainingSetPaths())));
  });

  it('never count a held-out set', () => {
    const paths = trainingSetPaths();
    expect(paths.length).toBeGreaterThan(2);
    expect(paths.filter((p) => /holdout-/.test(p))).toEqual([]);
  });
});

describe('wordFeatures', () => {
  it('reads each word and each adjacent pair once, folded, at its place in the text', () => {
    const text = 'Preço alto; preço ALTO';
    const features = wordFeatures(text);
    expect(features.map((f) => f.key)).toEqual(['preco', 'alto', 'preco alto', 'alto preco']);
    for (const f of features) expect(foldWord(text.slice(f.start, f.end)).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim()).toBe(f.key);
  });

  it('keeps curly and straight apostrophes one word', () => {
    expect(wordFeatures('didn’t renew').map((f) => f.key)).toEqual(wordFeatures("didn't renew").map((f) => f.key));
  });
});

describe('readLearnedWords', () => {
  it('has nothing to say about words it never saw', () => {
    expect(readLearnedWords([{ text: 'qzxv wkjh pfft', factor: 1 }])).toBeUndefined();
  });

  it('names the words that weighed, as they stand in the text, strongest first', () => {
    const opinion = readLearnedWords([{ text: PRICE_WORDS, factor: 1 }])!;
    expect(opinion.segment).toBe('bought_away');
    expect(opinion.probability).toBeGreaterThan(OVERRULE_FROM);
    expect(opinion.words.length).toBeGreaterThan(0);
    for (const w of opinion.words) expect(PRICE_WORDS.slice(w.start, w.end)).toMatch(/\w/);
    const weights = opinion.words.map((w) => w.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  });

  it('does not count a text that counts for nothing', () => {
    const alone = readLearnedWords([{ text: PRICE_WORDS, factor: 1 }])!;
    const withMuted = readLearnedWords([{ text: PRICE_WORDS, factor: 1 }, { text: 'we missed the delivery twice and support never called back', factor: 0 }])!;
    expect(withMuted.probability).toBeCloseTo(alone.probability, 12);
    expect(withMuted.words.every((w) => w.text === 0)).toBe(true);
  });
});

describe('confidenceOf', () => {
  it('grows with the probability and never claims more than 0.9', () => {
    const values = [0.5, 0.9, 0.99, 0.999, 0.99999, 1].map(confidenceOf);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(Math.max(...values)).toBeLessThanOrEqual(0.9);
    expect(confidenceOf(0.99)).toBeGreaterThanOrEqual(UNSURE_BELOW);
  });
});

describe('withSecondOpinion', () => {
  it('leaves a sure verdict of the rules alone, whatever the words say', () => {
    const sure: Verdict = { segment: 'moved_away', confidence: 0.8, unsure: false, decidedBy: null };
    expect(withSecondOpinion(sure, signalsOf(PRICE_WORDS), UNSURE_BELOW)).toBe(sure);
  });

  it('overrules unsure rules when the words are sure, and says which words decided', () => {
    const verdict = withSecondOpinion(unsureRules('undetermined', 0.3), signalsOf(PRICE_WORDS), UNSURE_BELOW);
    expect(verdict.segment).toBe('bought_away');
    expect(verdict.unsure).toBe(false);
    expect(verdict.confidence).toBeGreaterThanOrEqual(UNSURE_BELOW);
    expect(verdict.confidence).toBeLessThanOrEqual(0.9);
    expect(PRICE_WORDS).toContain(verdict.decidedBy!.clause);
    for (const word of verdict.decidedBy!.cue.split(', ')) expect(PRICE_WORDS).toContain(word);
    expect(verdict.words!.reason).toMatch(/^words that mostly meant a lower price elsewhere in [\d,]+ labelled loss reasons: "/);
  });

  it('confirms unsure rules it agrees with, raising their confidence', () => {
    const verdict = withSecondOpinion(unsureRules('bought_away', 0.45), signalsOf(PRICE_WORDS), UNSURE_BELOW);
    expect(verdict.segment).toBe('bought_away');
    expect(verdict.confidence).toBeGreaterThan(0.45);
    expect(verdict.unsure).toBe(false);
  });

  it('keeps unsure rules the words disagree with but are not sure enough to overrule', () => {
    // Texts that say several things at once: the words lean one way without being sure (whatever the counts).
    const candidates = ['a mix of price and service', 'it was time', 'new contact', 'price and delivery both came up', 'cheaper and also late deliveries'];
    const weak = candidates.filter((text) => {
      const opinion = readLearnedWords([{ text, factor: 1 }]);
      return opinion !== undefined && opinion.segment !== 'moved_away' && opinion.probability < OVERRULE_FROM;
    });
    expect(weak.length).toBeGreaterThan(0);
    for (const text of weak) {
      const rules = unsureRules('moved_away', 0.4);
      expect(withSecondOpinion(rules, signalsOf(text), UNSURE_BELOW)).toBe(rules);
    }
  });

  it('keeps out of a guess: a rep who says they are guessing has said the cause is not known', () => {
    const guess: Verdict = { ...unsureRules('undetermined', 0.45), saysUnknown: true };
    expect(withSecondOpinion(guess, signalsOf(PRICE_WORDS), UNSURE_BELOW)).toBe(guess);
    expect(classifyText('Supongo que fue por precio, pero el cte nunca lo confirmó.').segment).toBe('undetermined');
  });

  it('keeps out of a cause the rep asked about and was told no, with no other cause named', () => {
    const texts = [
      "Ils ont résilié. Je lui ai demandé si c'était une question de tarif, il m'a dit que non.",
      'They cancelled. I asked whether it was our price and he said no.',
    ];
    for (const text of texts) {
      const result = classifyText(text);
      expect(result.segment).toBe('undetermined');
      expect(result.secondOpinion).toBeUndefined();
    }
  });

  it('does not confirm unsure rules on a weak agreement', () => {
    const text = 'the budget moved';
    const opinion = readLearnedWords([{ text, factor: 1 }])!;
    expect(opinion.probability).toBeLessThan(CONFIRM_FROM);
    const rules = unsureRules(opinion.segment, 0.4);
    expect(withSecondOpinion(rules, signalsOf(text), UNSURE_BELOW)).toBe(rules);
  });

  it('never reads a ticket (the counts were learnt from what reps write, not from support threads)', () => {
    const signals = signalsOf('', { tickets: [{ subject: PRICE_WORDS, priority: 'LOW' }] });
    expect(signals.readings.some((r) => r.source === 'ticket')).toBe(true);
    const rules = unsureRules('undetermined', 0.3);
    expect(withSecondOpinion(rules, signals, UNSURE_BELOW)).toBe(rules);
  });
});

describe('the second opinion in a result', () => {
  it('decides a loss reason the rules are unsure about, in the rep words', () => {
    const text = 'the other vendor threw in free training and a nicer dashboard';
    const result = classifyText(text);
    expect(result.segment).toBe('pulled_away');
    expect(result.unsure).toBe(false);
    expect(result.evidence[0]!.reason).toMatch(/labelled loss reasons/);
    expect(text).toContain(result.decidedBy!.clause);
    for (const word of result.decidedBy!.cue.split(', ')) expect(text).toContain(word);
  });

  it('leaves a clear loss reason to the rules', () => {
    const result = classifyText('Price - the competitor was 20% cheaper on the renewal');
    expect(result.segment).toBe('bought_away');
    expect(result.evidence.some((e) => /labelled loss reasons/.test(e.reason ?? ''))).toBe(false);
  });
});

describe('a long word counts by its first letters too', () => {
  it('gives inflections of one stem a shared feature, spanning the word', () => {
    const text = 'Preiserhöhungen';
    const features = wordFeatures(text);
    expect(features.map((f) => f.key)).toEqual(['preiserhohungen', '~preis']);
    expect(features[1]).toMatchObject({ start: 0, end: text.length });
    expect(wordFeatures('cheap').map((f) => f.key)).toEqual(['cheap']);
  });
});

describe('reading counts exactly the known features the counts were learnt from', () => {
  const known = new Set(WORD_COUNTS.split('\n').slice(1).map((line) => line.slice(0, line.indexOf('\t'))));
  let texts: string[] = [];
  beforeAll(async () => {
    texts = (await readLabelled(trainingSetPaths())).map((c) => c.text);
  });

  it('for every labelled text: each known word, first letters and pair once, nothing else', () => {
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) {
      const expected = wordFeatures(text).filter((f) => known.has(f.key)).length;
      expect(readLearnedWords([{ text, factor: 1 }])?.knownFeatures ?? 0).toBe(expected);
    }
  });

  it('counts a feature once per text, and again in the next text', () => {
    const once = readLearnedWords([{ text: PRICE_WORDS, factor: 1 }])!.knownFeatures;
    expect(readLearnedWords([{ text: `${PRICE_WORDS} ${PRICE_WORDS}`, factor: 1 }])!.knownFeatures).toBeLessThanOrEqual(once + 1);
    expect(readLearnedWords([{ text: PRICE_WORDS, factor: 1 }, { text: PRICE_WORDS, factor: 1 }])!.knownFeatures).toBe(2 * once);
  });
});

describe('an admin who wants the rules alone', () => {
  it('switches the second opinion off: the rules decide, with their own cue', () => {
    const text = 'the other vendor threw in free training and a nicer dashboard';
    const withWords = classifyText(text);
    expect(withWords.secondOpinion).toBe('overruled');
    const rulesOnly = classifyText(text, resolveSettings({ classification: { secondOpinion: false } }));
    expect(rulesOnly.secondOpinion).toBeUndefined();
    expect(rulesOnly.evidence.some((e) => /labelled loss reasons/.test(e.reason ?? ''))).toBe(false);
    expect(rulesOnly.unsure).toBe(true);
  });
});

/**
 * Matches concept forms over folded tokens. A form is space-separated token patterns: `word` exact,
 * `word*` prefix (inflections: cheap* = cheaper, cheapest), `*word` suffix, `*word*` infix (German
 * compounds), `@class` any word of a word class, `_` any one token, `~` a gap of 0 to 3 tokens.
 * Each distinct word is resolved to its pattern ids once (cached), so matching costs a few map
 * lookups per token: linear in the text and fast enough for tens of thousands of texts per second.
 */

export interface FormSpec {
  concept: string;
  weight: number;
  forms: readonly string[];
  /** False when denying the form says the same thing ("not cheap enough" is still about price). */
  negatable?: boolean;
}

/** A form found in the tokens: span [start, end), what it means and the form that matched. */
export interface ConceptHit {
  start: number;
  end: number;
  concept: string;
  weight: number;
  negatable: boolean;
  form: string;
  /** Set for forms added from a portal's own vocabulary. */
  tag?: string;
}

interface Terminal {
  concept: string;
  weight: number;
  negatable: boolean;
  form: string;
  length: number;
  tag?: string;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  any?: TrieNode;
  gap?: TrieNode;
  /** One terminal per layer at most (layers are matched in one pass, each without overlaps). */
  terminals?: Array<Terminal | undefined>;
}

const MAX_GAP = 3;
const newNode = (): TrieNode => ({ next: new Map() });

/** The word-level index shared by every trie of a lexicon: word → ids of the patterns and classes it matches. */
export class WordIndex {
  private readonly ids = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly prefix = new Map<string, number[]>();
  private readonly suffix = new Map<string, number[]>();
  private readonly infix: Array<[string, number]> = [];
  private readonly classesOf = new Map<number, number[]>();
  private readonly cache = new Map<string, readonly number[]>();
  private minPrefix = 99;

  constructor(classes: Readonly<Record<string, readonly string[]>>) {
    for (const [name, patterns] of Object.entries(classes)) {
      const classId = this.idOf(`@${name}`);
      for (const p of patterns) {
        const id = this.patternId(p);
        const list = this.classesOf.get(id) ?? [];
        if (!list.includes(classId)) list.push(classId);
        this.classesOf.set(id, list);
      }
    }
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }

  /** The id of one token pattern (registering it on first use); `@name` is a class. */
  patternId(pattern: string): number {
    if (pattern.startsWith('@')) {
      const id = this.ids.get(pattern);
      if (id === undefined) throw new Error(`unknown word class ${pattern}`);
      return id;
    }
    const known = this.ids.get(pattern);
    if (known !== undefined) return known;
    const id = this.idOf(pattern);
    const starts = pattern.startsWith('*');
    const ends = pattern.length > 1 && pattern.endsWith('*');
    const core = pattern.replace(/^\*|\*$/g, '');
    if (!/^[a-z0-9]+$/.test(core)) throw new Error(`bad token pattern "${pattern}"`);
    const add = (map: Map<string, number[]>) => map.set(core, [...(map.get(core) ?? []), id]);
    if (!starts && !ends) add(this.exact);
    else if (core.length < 2) throw new Error(`token pattern too short: ${pattern}`);
    else if (starts && ends) this.infix.push([core, id]);
    else if (ends) {
      add(this.prefix);
      this.minPrefix = Math.min(this.minPrefix, core.length);
    } else add(this.suffix);
    this.cache.clear();
    return id;
  }

  /** Every pattern and class id a folded word matches (cached). */
  idsOf(word: string): readonly number[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const out: number[] = [...(this.exact.get(word) ?? [])];
    for (let n = this.minPrefix; n <= word.length; n++) {
      const list = this.prefix.get(word.slice(0, n));
      if (list) out.push(...list);
    }
    for (let n = 2; n < word.length; n++) {
      const list = this.suffix.get(word.slice(word.length - n));
      if (list) out.push(...list);
    }
    for (const [core, id] of this.infix) if (word.length > core.length && word.includes(core)) out.push(id);
    for (let i = 0, n = out.length; i < n; i++) {
      for (const c of this.classesOf.get(out[i]!) ?? []) if (!out.includes(c)) out.push(c);
    }
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }

  /** True when `word` belongs to the word class `name` (without the @). */
  inClass(ids: readonly number[], name: string): boolean {
    const id = this.ids.get(`@${name}`);
    return id !== undefined && ids.includes(id);
  }

  classId(name: string): number {
    return this.patternId(`@${name}`);
  }
}

/**
 * A compiled set of concept forms over one word index, in one or more layers (say causes and clause
 * markers): one walk of the trie per word finds the hits of every layer.
 */
export class ConceptMatcher {
  private readonly root = newNode();
  private readonly layers: number;

  constructor(
    private readonly index: WordIndex,
    ...layers: ReadonlyArray<readonly FormSpec[]>
  ) {
    this.layers = Math.max(1, layers.length);
    this.best = new Array(this.layers).fill(undefined);
    this.bestEnds = new Array(this.layers).fill(0);
    layers.forEach((specs, layer) => {
      for (const spec of specs) for (const form of spec.forms) this.add(form, spec.concept, spec.weight, spec.negatable ?? true, undefined, layer);
    });
  }

  /** Adds one form. A longer form wins over a shorter one at the same start; then the heavier. */
  add(form: string, concept: string, weight: number, negatable = true, tag?: string, layer = 0): void {
    const parts = form.split(' ').filter(Boolean);
    if (parts.length === 0) return;
    let node = this.root;
    let length = 0;
    for (const part of parts) {
      if (part === '_') node = node.any ??= newNode();
      else if (part === '~') node = node.gap ??= newNode();
      else {
        const id = this.index.patternId(part);
        let child = node.next.get(id);
        if (!child) node.next.set(id, (child = newNode()));
        node = child;
      }
      if (part !== '~') length += 1;
    }
    const terminals = (node.terminals ??= new Array(this.layers).fill(undefined));
    const t = terminals[layer];
    if (!t || t.weight < weight) {
      const terminal: Terminal = { concept, weight, negatable, form, length };
      if (tag) terminal.tag = tag;
      terminals[layer] = terminal;
    }
  }

  /**
   * Non-overlapping hits over `ids` (one id list per token) in [from, to): left to right, the
   * longest hit at each start (the most pattern tokens, then the heaviest).
   */
  match(ids: ReadonlyArray<readonly number[]>, from: number, to: number): ConceptHit[] {
    return this.matchLayers(ids, from, to)[0]!;
  }

  /** Non-overlapping hits of each layer in [from, to), in one left-to-right pass. */
  matchLayers(ids: ReadonlyArray<readonly number[]>, from: number, to: number): ConceptHit[][] {
    const out: ConceptHit[][] = [];
    for (let l = 0; l < this.layers; l++) out.push([]);
    const free = new Array<number>(this.layers).fill(from);
    const starts = this.root.next;
    const best = this.best;
    for (let i = from; i < to; i++) {
      // Most words start no form: skip them without walking the trie.
      const list = ids[i]!;
      let startable = false;
      for (let j = 0; j < list.length; j++) {
        if (starts.has(list[j]!)) {
          startable = true;
          break;
        }
      }
      if (!startable) continue;
      for (let l = 0; l < best.length; l++) best[l] = undefined;
      this.walk(ids, this.root, i, to);
      for (let l = 0; l < this.layers; l++) {
        const t = this.best[l];
        if (!t || i < free[l]!) continue;
        const hit: ConceptHit = { start: i, end: this.bestEnds[l]!, concept: t.concept, weight: t.weight, negatable: t.negatable, form: t.form };
        if (t.tag) hit.tag = t.tag;
        out[l]!.push(hit);
        free[l] = hit.end;
      }
    }
    return out;
  }

  private readonly best: Array<Terminal | undefined>;
  private readonly bestEnds: number[];

  private walk(ids: ReadonlyArray<readonly number[]>, node: TrieNode, pos: number, to: number): void {
    const terminals = node.terminals;
    if (terminals) {
      for (let l = 0; l < terminals.length; l++) {
        const t = terminals[l];
        const best = this.best[l];
        if (t && (!best || t.length > best.length || (t.length === best.length && (pos < this.bestEnds[l]! || t.weight > best.weight)))) {
          this.best[l] = t;
          this.bestEnds[l] = pos;
        }
      }
    }
    // A gap node has no terminal of its own: step into it at each of the next MAX_GAP + 1 positions.
    if (node.gap) for (let k = 0; k <= MAX_GAP && pos + k < to; k++) this.advance(ids, node.gap, pos + k, to);
    this.advance(ids, node, pos, to);
  }

  private advance(ids: ReadonlyArray<readonly number[]>, node: TrieNode, pos: number, to: number): void {
    if (pos >= to) return;
    if (node.any) this.walk(ids, node.any, pos + 1, to);
    const next = node.next;
    if (next.size === 0) return;
    const list = ids[pos]!;
    for (let j = 0; j < list.length; j++) {
      const child = next.get(list[j]!);
      if (child) this.walk(ids, child, pos + 1, to);
    }
  }
}

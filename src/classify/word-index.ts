/**
 * The word-level index shared by every trie of a lexicon: each folded word resolved once to the ids of
 * the token patterns (`word`, `word*`, `*word`, `*word*`) and word classes (`@name`) it matches.
 */

/** Word → ids of the patterns and classes it matches (cached per word). */
export class WordIndex {
  private readonly ids = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly prefix = new Map<string, number[]>();
  private readonly suffix = new Map<string, number[]>();
  private readonly infix: Array<[string, number]> = [];
  private readonly classesOf = new Map<number, number[]>();
  private readonly cache = new Map<string, readonly number[]>();
  /** Class name (without the @) → its id, or -1 for no such class: `inClass` runs per token. */
  private readonly classIds = new Map<string, number>();
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
    const add = (map: Map<string, number[]>) => {
      const list = map.get(core);
      if (list) list.push(id);
      else map.set(core, [id]);
    };
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
    const out = this.startIds(word);
    for (let n = 2; n < word.length; n++) {
      const list = this.suffix.get(word.slice(word.length - n));
      if (list) out.push(...list);
    }
    for (const [core, id] of this.infix) if (word.length > core.length && word.includes(core)) out.push(id);
    this.addClasses(out);
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }

  /** True when some pattern spells `word` exactly (not by a prefix, suffix or infix). */
  isExact(word: string): boolean {
    return this.exact.has(word);
  }

  /**
   * The ids of the patterns that read `word` as a word of its own (exact and prefix patterns, and their
   * classes), not as the end or the middle of a longer one: what a compound's last part means.
   */
  ownIdsOf(word: string): readonly number[] {
    const out = this.startIds(word);
    this.addClasses(out);
    return out;
  }

  private startIds(word: string): number[] {
    const out: number[] = [...(this.exact.get(word) ?? [])];
    for (let n = this.minPrefix; n <= word.length; n++) {
      const list = this.prefix.get(word.slice(0, n));
      if (list) out.push(...list);
    }
    return out;
  }

  private addClasses(out: number[]): void {
    for (let i = 0, n = out.length; i < n; i++) {
      for (const c of this.classesOf.get(out[i]!) ?? []) if (!out.includes(c)) out.push(c);
    }
  }

  /** True when `word` belongs to the word class `name` (without the @). */
  inClass(ids: readonly number[], name: string): boolean {
    let id = this.classIds.get(name);
    if (id === undefined) {
      id = this.ids.get(`@${name}`) ?? -1;
      this.classIds.set(name, id);
    }
    return id >= 0 && ids.includes(id);
  }

  classId(name: string): number {
    return this.patternId(`@${name}`);
  }
}

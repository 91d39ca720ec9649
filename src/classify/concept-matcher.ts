/**
 * Matches concept forms over folded tokens. A form is space-separated token patterns: `word` exact,
 * `word*` prefix (inflections: cheap* = cheaper, cheapest), `*word` suffix, `*word*` infix (German
 * compounds), `@class` any word of a word class, `_` any one token, `~` a gap of 0 to 3 tokens.
 * Each distinct word is resolved to its pattern ids once (cached), so matching costs a few map
 * lookups per token: linear in the text and fast enough for tens of thousands of texts per second.
 */
import { addChild, childOf, newNode, type Terminal, type TrieNode } from './trie-node';
import type { WordIndex } from './word-index';

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
  /** The same words as another concept's form (the heaviest of them), for a reader that sets this one aside. */
  alt?: { concept: string; weight: number; negatable: boolean; form: string };
}

const MAX_GAP = 3;

/**
 * A compiled set of concept forms over one word index, in one or more layers (say causes and clause
 * markers): one walk of the trie per word finds the hits of every layer.
 */
export class ConceptMatcher {
  private readonly root = newNode();
  private readonly layers: number;
  /**
   * The root's children again, as an array by pattern id: the first step of every form, looked up for every
   * token (most start none), so an index rather than the root's map of thousands.
   */
  private readonly firstSteps: Array<TrieNode | undefined> = [];

  constructor(
    private readonly index: WordIndex,
    ...layers: ReadonlyArray<readonly FormSpec[]>
  ) {
    this.layers = Math.max(1, layers.length);
    // Packed arrays (Array.from), not holey ones: both are read for every word.
    this.best = Array.from({ length: this.layers }, () => undefined);
    this.bestEnds = Array.from({ length: this.layers }, () => 0);
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
        let child = childOf(node, id);
        if (!child) {
          addChild(node, id, (child = newNode()));
          if (node === this.root) {
            // Filled up to the id, never set past its end: a sparse array would turn into a slow dictionary.
            while (this.firstSteps.length <= id) this.firstSteps.push(undefined);
            this.firstSteps[id] = child;
          }
        }
        node = child;
      }
      if (part !== '~') length += 1;
    }
    const terminals = (node.terminals ??= new Array(this.layers).fill(undefined));
    const t = terminals[layer];
    const terminal: Terminal = { concept, weight, negatable, form, length, tag: tag || undefined, alt: undefined };
    if (!t) terminals[layer] = terminal;
    else if (t.weight < weight) {
      // Keep the displaced concept's form as the alternative ("keine antwort": vague when alone, neglect in a story).
      const alt = t.concept !== concept ? t : t.alt;
      if (alt) terminal.alt = alt;
      t.alt = undefined;
      terminals[layer] = terminal;
    } else if (t.concept !== concept && (!t.alt || t.alt.weight < weight)) t.alt = terminal;
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
    const layers = this.layers;
    // Built with push, not `new Array(n).fill()`: a holey array filled per call cost more than the matching.
    const out: ConceptHit[][] = [];
    const free: number[] = [];
    for (let l = 0; l < layers; l++) {
      out.push([]);
      free.push(from);
    }
    const firstSteps = this.firstSteps;
    const best = this.best;
    const bestEnds = this.bestEnds;
    // Forms opening with a gap or a wildcard (none built in) need the root's own walk.
    const fromRoot = this.root.any !== undefined || this.root.gap !== undefined;
    for (let i = from; i < to; i++) {
      // Take each first step this word allows, in the order of its ids (as a walk from the root would).
      const list = ids[i]!;
      let started = false;
      for (let j = 0; j < list.length; j++) {
        const id = list[j]!;
        const step = id < firstSteps.length ? firstSteps[id] : undefined;
        if (step === undefined) continue;
        if (!started) {
          started = true;
          for (let l = 0; l < best.length; l++) best[l] = undefined;
          if (fromRoot) {
            this.walk(ids, this.root, i, to);
            break;
          }
        }
        this.walk(ids, step, i + 1, to);
      }
      if (!started) continue;
      for (let l = 0; l < layers; l++) {
        const t = best[l];
        if (t === undefined || i < free[l]!) continue;
        const hit: ConceptHit = { start: i, end: bestEnds[l]!, concept: t.concept, weight: t.weight, negatable: t.negatable, form: t.form };
        if (t.tag) hit.tag = t.tag;
        if (t.alt) hit.alt = { concept: t.alt.concept, weight: t.alt.weight, negatable: t.alt.negatable, form: t.alt.form };
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
    if (node.keys.length === 0) return;
    const list = ids[pos]!;
    for (let j = 0; j < list.length; j++) {
      const child = childOf(node, list[j]!);
      if (child) this.walk(ids, child, pos + 1, to);
    }
  }
}

import type { CueKind, CueSpec } from './lexicon/types';

/** A cue found in a clause: token span [start, end), its kind and weight. */
export interface CueMatch {
  start: number;
  end: number;
  kind: CueKind;
  weight: number;
  phrase: string;
}

interface Terminal {
  kind: CueKind;
  weight: number;
  phrase: string;
}

type Affixes = Map<string, Array<[string, TrieNode]>>;

interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Prefix patterns keyed by their first two letters, suffix patterns by their last two. */
  prefix: Affixes;
  suffix: Affixes;
  infix: Array<[string, TrieNode]>;
  any?: TrieNode;
  terminal?: Terminal;
}

const newNode = (): TrieNode => ({ exact: new Map(), prefix: new Map(), suffix: new Map(), infix: [] });

function affixList(map: Affixes, key: string): Array<[string, TrieNode]> {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function childFor(node: TrieNode, pattern: string): TrieNode {
  if (pattern === '_') return (node.any ??= newNode());
  const starts = pattern.startsWith('*');
  const ends = pattern.endsWith('*');
  const core = pattern.replace(/^\*|\*$/g, '');
  if (!starts && !ends) {
    let child = node.exact.get(core);
    if (!child) node.exact.set(core, (child = newNode()));
    return child;
  }
  if (core.length < 2) throw new Error(`cue pattern too short: ${pattern}`);
  const list =
    starts && ends ? node.infix : starts ? affixList(node.suffix, core.slice(-2)) : affixList(node.prefix, core.slice(0, 2));
  const found = list.find(([p]) => p === core);
  if (found) return found[1];
  const child = newNode();
  list.push([core, child]);
  return child;
}

/**
 * A compiled set of cue phrases, matched over token lists by a trie: fast enough for tens of
 * thousands of texts per second, and deterministic (leftmost, then longest, then heaviest).
 */
export class PhraseMatcher {
  private readonly root = newNode();

  constructor(specs: readonly CueSpec[]) {
    for (const spec of specs) {
      for (const phrase of spec.phrases) this.add(phrase, spec.kind, spec.weight);
    }
  }

  /** Adds one phrase (already folded: lower case, no accents). A heavier duplicate wins. */
  add(phrase: string, kind: CueKind, weight: number): void {
    // Phrases are tokenised like text: "all-in-one" matches the tokens all, in, one.
    const parts = phrase.replace(/[^a-z0-9*_]+/g, ' ').split(' ').filter(Boolean);
    if (parts.length === 0) return;
    let node = this.root;
    for (const part of parts) node = childFor(node, part);
    if (!node.terminal || node.terminal.weight < weight) node.terminal = { kind, weight, phrase };
  }

  /** All non-overlapping matches, scanning left to right and taking the longest match at each position. */
  match(tokens: readonly string[]): CueMatch[] {
    const out: CueMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.longestAt(tokens, i);
      if (best) {
        out.push({ start: i, end: best.end, kind: best.terminal.kind, weight: best.terminal.weight, phrase: best.terminal.phrase });
        i = best.end;
      } else {
        i += 1;
      }
    }
    return out;
  }

  private longestAt(tokens: readonly string[], start: number): { end: number; terminal: Terminal } | undefined {
    let best: { end: number; terminal: Terminal } | undefined;
    const walk = (node: TrieNode, pos: number) => {
      if (node.terminal && (!best || pos > best.end || (pos === best.end && node.terminal.weight > best.terminal.weight))) {
        best = { end: pos, terminal: node.terminal };
      }
      const token = tokens[pos];
      if (token === undefined) return;
      const exact = node.exact.get(token);
      if (exact) walk(exact, pos + 1);
      for (const [p, child] of node.prefix.get(token.slice(0, 2)) ?? []) if (token.startsWith(p)) walk(child, pos + 1);
      for (const [p, child] of node.suffix.get(token.slice(-2)) ?? []) {
        if (token.length > p.length && token.endsWith(p)) walk(child, pos + 1);
      }
      for (const [p, child] of node.infix) if (token.includes(p)) walk(child, pos + 1);
      if (node.any) walk(node.any, pos + 1);
    };
    walk(this.root, start);
    return best;
  }
}

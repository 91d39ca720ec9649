/**
 * The nodes of a ConceptMatcher's trie: children by pattern id, and the terminals of the forms that end there.
 */

// Every node and every terminal is built with all its fields (unset ones undefined), so they share one
// shape each and the walk's property reads stay monomorphic (eleven node shapes made them megamorphic).
export interface Terminal {
  concept: string;
  weight: number;
  negatable: boolean;
  form: string;
  length: number;
  tag: string | undefined;
  /** The heaviest terminal of another concept on the same node and layer. */
  alt: Terminal | undefined;
}

export interface TrieNode {
  /** Children by pattern id: parallel arrays, scanned (most nodes have one to three children)... */
  keys: number[];
  kids: TrieNode[];
  /** ... and, once a node has more than SCAN_CHILDREN of them, also a hash table of them (see ChildTable). */
  table: ChildTable | undefined;
  any: TrieNode | undefined;
  gap: TrieNode | undefined;
  /** One terminal per layer at most (layers are matched in one pass, each without overlaps). */
  terminals: Array<Terminal | undefined> | undefined;
}

/**
 * A node's children by pattern id, open addressing with linear probing, at most half full: a Map.get per
 * step cost more than the rest of the step (Map hashes every key through a builtin call).
 */
interface ChildTable {
  /** The pattern id in each slot, -1 when empty; the length is a power of two. */
  slots: Int32Array;
  kids: Array<TrieNode | undefined>;
}

const SCAN_CHILDREN = 8;
/** The children of a node that has none yet: shared, never written (most nodes are leaves). */
const NO_KEYS: number[] = [];
const NO_KIDS: TrieNode[] = [];
export const newNode = (): TrieNode => ({ keys: NO_KEYS, kids: NO_KIDS, table: undefined, any: undefined, gap: undefined, terminals: undefined });

/** The first slot to try for an id (Fibonacci hashing: neighbouring ids land far apart). */
const slotOf = (id: number, mask: number) => (Math.imul(id, 0x9e3779b1) >>> 12) & mask;

export function childOf(node: TrieNode, id: number): TrieNode | undefined {
  const table = node.table;
  if (table !== undefined) {
    const slots = table.slots;
    const mask = slots.length - 1;
    for (let s = slotOf(id, mask); ; s = (s + 1) & mask) {
      const key = slots[s]!;
      if (key === id) return table.kids[s];
      if (key === -1) return undefined;
    }
  }
  const keys = node.keys;
  for (let k = 0; k < keys.length; k++) if (keys[k] === id) return node.kids[k];
  return undefined;
}

export function addChild(node: TrieNode, id: number, child: TrieNode): void {
  if (node.keys === NO_KEYS) {
    node.keys = [];
    node.kids = [];
  }
  node.keys.push(id);
  node.kids.push(child);
  if (node.keys.length <= SCAN_CHILDREN) return;
  if (node.table === undefined || node.keys.length * 2 > node.table.slots.length) node.table = tableOf(node.keys, node.kids);
  else putChild(node.table, id, child);
}

function tableOf(keys: readonly number[], kids: readonly TrieNode[]): ChildTable {
  let size = 16;
  while (size < keys.length * 4) size *= 2;
  const table: ChildTable = { slots: new Int32Array(size).fill(-1), kids: new Array<TrieNode | undefined>(size).fill(undefined) };
  keys.forEach((key, k) => putChild(table, key, kids[k]!));
  return table;
}

function putChild(table: ChildTable, id: number, child: TrieNode): void {
  const mask = table.slots.length - 1;
  let s = slotOf(id, mask);
  while (table.slots[s] !== -1) s = (s + 1) & mask;
  table.slots[s] = id;
  table.kids[s] = child;
}

/**
 * The JSON line `regain classify` prints per row, written by hand: the same text as
 * `JSON.stringify(toClassifyOutput(a, id))` (a test holds them equal), without building the object first
 * and with the strings that repeat on every row (questions, reasons) serialised once, the machine values
 * quoted as they are.
 */
import type { DefectionAnalysis } from '../../src/types';

const MAX_CACHED = 4096;
const cache = new Map<string, string>();

/** JSON of a string that recurs across rows (bounded cache, so a million distinct ones cannot pile up). */
function recurring(s: string): string {
  let json = cache.get(s);
  if (json === undefined) {
    json = JSON.stringify(s);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(s, json);
  }
  return json;
}

const num = (n: number) => (Number.isFinite(n) ? String(n) : 'null');
/**
 * A framework machine value (segment, status, attribution value, priority, evidence source): a snake_case
 * identifier, so its JSON is itself in quotes; no escaping and no cache look-up per field.
 */
const machine = (s: string) => `"${s}"`;

/** One output line, without the newline. */
export function classifyOutputJson(a: DefectionAnalysis, id: string | undefined): string {
  const c = a.classification;
  const at = a.attribution;
  let s = id !== undefined ? `{"id":${JSON.stringify(id)},` : '{';
  s += `"segment":${machine(c.segment)},"confidence":${num(c.confidence)},"customerStatus":${machine(c.customerStatus)}`;
  s += `,"attribution":{"source":${machine(at.source.value)},"stability":${machine(at.stability.value)},"controllability":${machine(at.controllability.value)}}`;
  s += `,"priority":${machine(a.worthiness.priority)},"runnersUp":[`;
  for (let i = 0; i < c.runnersUp.length; i++) {
    const r = c.runnersUp[i]!;
    s += `${i > 0 ? ',' : ''}{"segment":${machine(r.segment)},"score":${num(r.score)}}`;
  }
  s += '],"evidence":[';
  for (let i = 0; i < c.evidence.length; i++) {
    const e = c.evidence[i]!;
    s += `${i > 0 ? ',' : ''}{"source":${machine(e.source)},"excerpt":${JSON.stringify(e.excerpt)},"segment":${machine(e.segment)},"weight":${num(e.weight)}`;
    s += e.reason !== undefined ? `,"reason":${recurring(e.reason)}}` : '}';
  }
  s += ']';
  if (c.questions.length > 0) {
    s += ',"questions":[';
    for (let i = 0; i < c.questions.length; i++) s += (i > 0 ? ',' : '') + recurring(c.questions[i]!);
    s += ']';
  }
  return `${s}}`;
}

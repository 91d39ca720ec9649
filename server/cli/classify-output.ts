/**
 * The JSON line `regain classify` prints per row, written by hand: the same text as
 * `JSON.stringify(toClassifyOutput(a, id))` (a test holds them equal), without building the object first
 * and with the strings that repeat on every row (questions, reasons) serialised once.
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

/** One output line, without the newline. */
export function classifyOutputJson(a: DefectionAnalysis, id: string | undefined): string {
  const c = a.classification;
  const at = a.attribution;
  let s = id !== undefined ? `{"id":${JSON.stringify(id)},` : '{';
  s += `"segment":${recurring(c.segment)},"confidence":${num(c.confidence)},"customerStatus":${recurring(c.customerStatus)}`;
  s += `,"attribution":{"source":${recurring(at.source.value)},"stability":${recurring(at.stability.value)},"controllability":${recurring(at.controllability.value)}}`;
  s += `,"priority":${recurring(a.worthiness.priority)},"runnersUp":${JSON.stringify(c.runnersUp)},"evidence":[`;
  for (let i = 0; i < c.evidence.length; i++) {
    const e = c.evidence[i]!;
    s += `${i > 0 ? ',' : ''}{"source":${recurring(e.source)},"excerpt":${JSON.stringify(e.excerpt)},"segment":${recurring(e.segment)},"weight":${num(e.weight)}`;
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

import type { Prng } from '../prng';
import type { SeedLanguage } from './types';

// Shorthand reps actually type, per language (applied to whole words, case-insensitive).
const ABBREVIATIONS: Readonly<Record<SeedLanguage, readonly [RegExp, string][]>> = {
  en: [[/\bcustomer\b/gi, 'cust'], [/\bbecause\b/gi, 'b/c'], [/\bwith\b/gi, 'w/'], [/\bcompetitor\b/gi, 'comp.'], [/\bmonths\b/gi, 'mos'], [/\bsupport\b/gi, 'supp'], [/\bmanagement\b/gi, 'mgmt']],
  de: [[/\bKunde\b/g, 'Kd.'], [/\bwegen\b/g, 'wg.'], [/\bWettbewerber\b/g, 'WB'], [/\bund\b/g, 'u.'], [/\bGeschäftsleitung\b/g, 'GL'], [/\bungefähr\b/g, 'ca.']],
  fr: [[/\bclient\b/gi, 'clt'], [/\bparce que\b/gi, 'pcq'], [/\brendez-vous\b/gi, 'rdv'], [/\bquelque chose\b/gi, 'qqch'], [/\bavec\b/gi, 'av.']],
  es: [[/\bporque\b/gi, 'xq'], [/\bcliente\b/gi, 'cte'], [/\bpara\b/gi, 'p/'], [/\bque\b/gi, 'q']],
  pt: [[/\bvocê\b/gi, 'vc'], [/\bporque\b/gi, 'pq'], [/\bcliente\b/gi, 'cli'], [/\bpara\b/gi, 'pra'], [/\bnão\b/gi, 'ñ']],
};

const ACCENTS: Readonly<Record<string, string>> = { á: 'a', à: 'a', â: 'a', ã: 'a', é: 'e', ê: 'e', è: 'e', í: 'i', ó: 'o', ô: 'o', õ: 'o', ú: 'u', ç: 'c', ñ: 'n', ü: 'u', ö: 'o', ä: 'a', ß: 'ss' };

/** Applies rep-style noise with the given intensity (0..1): abbreviations, typos, lost accents, lower case. */
export function addNoise(text: string, language: SeedLanguage, prng: Prng, intensity: number): string {
  let out = text;
  if (prng.chance(intensity)) for (const [pattern, short] of ABBREVIATIONS[language]) out = out.replace(pattern, short);
  if (prng.chance(intensity * 0.8)) out = typo(out, prng);
  if (prng.chance(intensity * 0.5)) out = typo(out, prng);
  if (prng.chance(intensity * 0.4)) out = out.replace(/[áàâãéêèíóôõúçñüöäß]/g, (c) => ACCENTS[c] ?? c);
  if (prng.chance(intensity * 0.3)) out = out.toLowerCase();
  return out;
}

/** Swaps, drops or doubles one letter in a random longer word. */
function typo(text: string, prng: Prng): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[\p{L}]{5,}$/u.test(w));
  if (!candidates.length) return text;
  const [word, index] = prng.pick(candidates);
  const at = prng.int(1, word.length - 2);
  const kind = prng.int(0, 2);
  const changed = kind === 0 ? word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2)
    : kind === 1 ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + word.charAt(at) + word.slice(at);
  words[index] = changed;
  return words.join(' ');
}

/** Fills `{slot}` placeholders; unknown slots stay as written. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

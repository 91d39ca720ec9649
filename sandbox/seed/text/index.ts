import type { SeedLanguage } from '../types';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import type { LanguagePack } from './pack';
import { PT } from './pt';

/** The text packs by language. */
export const PACKS: Readonly<Record<SeedLanguage, LanguagePack>> = { en: EN, de: DE, fr: FR, es: ES, pt: PT };
export type { LanguagePack };

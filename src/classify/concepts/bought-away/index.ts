import type { ConceptSpec } from '../types';
import { PRICE_LOWER } from './price-lower';
import { PRICE_HIGHER } from './price-higher';
import { PRICE_CONTEST } from './price-contest';
import { PRICE_NAMED } from './price-named';
import { COST_DRIVE } from './cost-drive';
import { PROMO } from './promo';
import { OUR_PRICE_RISE } from './our-price-rise';
import { PRICE_LOWER_TOLD } from './price-lower-told';

/** Bought away (a lower price elsewhere): every cause concept that points here when nothing in the clause changes it. */
export const BOUGHT_AWAY: readonly ConceptSpec[] = [
  ...PRICE_LOWER,
  ...PRICE_HIGHER,
  ...PRICE_CONTEST,
  ...PRICE_NAMED,
  ...COST_DRIVE,
  ...PROMO,
  ...OUR_PRICE_RISE,
  ...PRICE_LOWER_TOLD,
];

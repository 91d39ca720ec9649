import type { ConceptSpec } from '../types';
import { PRICE_ACCEPTED } from './price-accepted';
import { BETTER_OFFER } from './better-offer';
import { VALUE_SHORT } from './value-short';
import { CAPABILITY } from './capability';
import { OUR_GAP } from './our-gap';
import { BUNDLE } from './bundle';
import { REQUIREMENT } from './requirement';
import { OWN_VENDOR } from './own-vendor';
import { CO_CREATE } from './co-create';
import { NEW_DECIDER } from './new-decider';
import { BETTER_OFFER_TOLD } from './better-offer-told';

/** Pulled away (a better offer): every cause concept that points here when nothing in the clause changes it. */
export const PULLED_AWAY: readonly ConceptSpec[] = [
  ...PRICE_ACCEPTED,
  ...BETTER_OFFER,
  ...VALUE_SHORT,
  ...CAPABILITY,
  ...OUR_GAP,
  ...BUNDLE,
  ...REQUIREMENT,
  ...OWN_VENDOR,
  ...CO_CREATE,
  ...NEW_DECIDER,
  ...BETTER_OFFER_TOLD,
];

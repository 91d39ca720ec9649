/**
 * How long a text is decides how its words are read: a CRM field of three words says the reason
 * itself, a story of forty mentions things in passing. Each bound below is one such reading, named
 * for what it decides; they differ on purpose. Lengths are counted in words (tokens).
 */

/** At most this long, a text is a picklist value or a note's heading ("Other", "Timing", "Service"). */
export const PICKLIST_TOKENS = 5;

/** At most this long, a price rise with nobody named ("price increase") is the reason itself, in full. */
export const BARE_PRICE_RISE_TOKENS = 6;

/**
 * At most this long, a text is a CRM entry, where an act with nobody named ("ended the contract")
 * stands for the reason; in a longer story it is mostly the customer's own act.
 */
export const CRM_ENTRY_TOKENS = 12;

/**
 * At most this long, a failure told in the plural ("late deliveries") is the failure, repeated;
 * in a longer story a plural is often only its object ("the boots").
 */
export const PLURAL_FAILURE_TOKENS = 20;

/**
 * At most this long, a text is a CRM entry whose comma-separated facts stand each on its own
 * ("rival walked through the door we opened, missed Jan + Feb visits"): a fact with no subject
 * does not borrow the one before the comma.
 */
export const CRM_LIST_TOKENS = 30;

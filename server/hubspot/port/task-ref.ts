/**
 * The reference line that ends every task body Regain writes, carrying the plan item's idempotency key:
 * how a task is recognised again (adopted after a crash, matched to its input in a batch answer).
 * HubSpot may hand the body back as HTML, so the key ends at whitespace or a tag.
 */
const REF = /Regain ref: (regain:[^\s<]+)/;

/** The body as written to HubSpot: the plan text plus the reference line. */
export const taskBodyWithRef = (body: string, key: string) => `${body}\n\nRegain ref: ${key}`;
export const refOfTaskBody = (body: string | null | undefined) => (body ? REF.exec(body)?.[1] : undefined);

import type { SeededCompany } from './companies';
import type { SeedContext } from './context';
import { DAY_MS } from './context';
import { addNoise, fill } from './noise';
import { PACKS } from './text';
import type { DealTruth, ReasonStyle, SeedSegment } from './types';
import { COMPETITORS, PRODUCTS } from './vocabulary';

const ACQUIRERS = ['Halvorsen Holding', 'Grupo Meridia', 'Kessler Industrie', 'Atlantic Capital Partners', 'Vireo Group'];
const CUSTOMER_SEGMENTS: Record<SeedSegment, number> = {
  bought_away: 22, pulled_away: 20, unintentionally_pushed_away: 20, moved_away: 14, intentionally_pushed_away: 10, undetermined: 14,
};
const PROSPECT_SEGMENTS: Record<SeedSegment, number> = {
  bought_away: 30, pulled_away: 30, unintentionally_pushed_away: 8, moved_away: 7, intentionally_pushed_away: 0, undetermined: 25,
};

/** Draws the segment of a lost deal (lost prospects are never intentionally pushed away). */
export function drawSegment(ctx: SeedContext, isCustomer: boolean): SeedSegment {
  return ctx.prng.weighted(isCustomer ? CUSTOMER_SEGMENTS : PROSPECT_SEGMENTS);
}

interface LossInput { company: SeededCompany; segment: SeedSegment; closeAt: number; open: boolean }

/** Creates one closed-lost (or open, at-risk) deal with its reason, notes and tickets; returns its truth. */
export function createLoss(ctx: SeedContext, input: LossInput): DealTruth {
  const { prng } = ctx;
  const { company, segment } = input;
  const pack = PACKS[company.language];
  // Evidence (notes, tickets) of open deals must not lie in the future.
  const evidenceAt = Math.min(input.closeAt, ctx.plan.now - DAY_MS);
  const slots = slotValues(ctx, company, evidenceAt);
  const style: ReasonStyle = input.open ? 'empty' : prng.weighted({ picklist: 25, short: 35, long: 30, empty: 10 });
  const reason = reasonText(ctx, style, segment, company, slots);
  const stages = pickPipeline(ctx, company);
  const dealId = ctx.create('deals', {
    dealname: `${company.name} - ${company.isCustomer ? `${pack.renewalWord} ${new Date(input.closeAt).getUTCFullYear()}` : prng.pick(PRODUCTS)}`,
    amount: String(Math.round((company.lastAmount * (0.9 + prng.next() * 0.3)) / 100) * 100), closedate: new Date(input.closeAt).toISOString(),
    createdate: new Date(input.closeAt - prng.int(30, 150) * DAY_MS).toISOString(), pipeline: stages.pipelineId,
    dealstage: input.open ? prng.pick(stages.open) : stages.lost, dealtype: company.isCustomer ? 'existingbusiness' : 'newbusiness',
    ...(reason === null ? {} : { closed_lost_reason: reason }), hubspot_owner_id: company.ownerId,
  });
  ctx.link('deals', dealId, 'companies', company.id, 5, 341);
  ctx.link('deals', dealId, 'contacts', company.contactId, 3);
  addNotes(ctx, dealId, company, segment, style, slots, evidenceAt);
  const serviceFailureTickets = addTickets(ctx, dealId, company, segment, slots, evidenceAt);
  return {
    dealId, companyId: company.id, status: input.open ? 'open' : 'closed_lost', segment,
    customerStatus: company.isCustomer ? 'lost_customer' : 'lost_prospect', language: company.language, style, serviceFailureTickets,
  };
}

function slotValues(ctx: SeedContext, company: SeededCompany, closeAt: number): Record<string, string> {
  const { prng } = ctx;
  const pack = PACKS[company.language];
  return {
    competitor: prng.pick(COMPETITORS), pct: String(prng.int(8, 35)), months: String(prng.int(3, 18)), product: prng.pick(PRODUCTS),
    acquirer: prng.pick(ACQUIRERS), city: company.city, contact: company.contactName, tickets: String(prng.int(3, 9)),
    month: pack.months[new Date(closeAt - prng.int(30, 120) * DAY_MS).getUTCMonth()] ?? '', invoice: `INV-${prng.int(10_000, 99_999)}`,
  };
}

function reasonText(ctx: SeedContext, style: ReasonStyle, segment: SeedSegment, company: SeededCompany, slots: Record<string, string>): string | null {
  const { prng } = ctx;
  // Reps write in their own language most of the time, but picklists are often English.
  const pack = PACKS[style === 'picklist' && prng.chance(0.5) ? 'en' : company.language];
  if (style === 'empty') return null;
  if (style === 'picklist') return prng.pick(pack.picklist[segment]);
  const template = prng.pick(forCompany(style === 'short' ? pack.short[segment] : pack.long[segment], company));
  return addNoise(fill(template, slots), company.language, prng, style === 'short' ? 0.6 : 0.3);
}

// Lost prospects never had a contract, so texts about renewals and contract terms do not fit them.
const CONTRACT_WORDS = /renew|term\b|contract|verlänger|vertrag|laufzeit|renouvel|contrat|renova|contrato/i;
function forCompany(templates: readonly string[], company: SeededCompany): readonly string[] {
  if (company.isCustomer) return templates;
  const fitting = templates.filter((t) => !CONTRACT_WORDS.test(t));
  return fitting.length ? fitting : templates;
}

function pickPipeline(ctx: SeedContext, company: SeededCompany) {
  const [main, second, third] = ctx.stages;
  const roll = ctx.prng.next();
  // German-speaking accounts often sit in the (numeric-id) DACH renewals pipeline.
  if (second && (roll < 0.2 || (company.language === 'de' && company.isCustomer && roll < 0.6))) return second;
  if (third && roll > 0.88) return third;
  return main ?? (ctx.stages[0] as NonNullable<typeof main>);
}

function addNotes(ctx: SeedContext, dealId: string, company: SeededCompany, segment: SeedSegment, style: ReasonStyle, slots: Record<string, string>, closeAt: number): void {
  const { prng } = ctx;
  const pack = PACKS[company.language];
  const wantsNote = style === 'empty' || (style !== 'long' && prng.chance(0.5)) || prng.chance(0.15);
  if (wantsNote) {
    const body = addNoise(fill(prng.pick(forCompany(pack.long[segment], company)), slots), company.language, prng, 0.25);
    const timestamp = new Date(Math.min(closeAt + prng.int(-10, 5) * DAY_MS, ctx.plan.now)).toISOString();
    const noteId = ctx.create('notes', { hs_note_body: body, hs_timestamp: timestamp, hubspot_owner_id: company.ownerId });
    ctx.link('notes', noteId, 'deals', dealId, 214);
    if (prng.chance(0.3)) ctx.link('notes', noteId, 'companies', company.id, 190);
  }
  if (company.isCustomer && prng.chance(0.2)) {
    const body = fill(prng.pick(pack.accountNotes), slots);
    const noteId = ctx.create('notes', { hs_note_body: body, hs_timestamp: new Date(closeAt - prng.int(200, 500) * DAY_MS).toISOString(), hubspot_owner_id: company.ownerId });
    ctx.link('notes', noteId, 'companies', company.id, 190);
  }
}

// Service failures leave high-priority tickets in the months before the loss; other
// accounts sometimes have old, harmless tickets (noise).
function addTickets(ctx: SeedContext, dealId: string, company: SeededCompany, segment: SeedSegment, slots: Record<string, string>, closeAt: number): number {
  const { prng } = ctx;
  const pack = PACKS[company.language];
  const failures = segment === 'unintentionally_pushed_away' && prng.chance(0.8) ? prng.int(1, 4) : 0;
  for (let i = 0; i < failures; i++) {
    const subject = fill(prng.pick(pack.failureTickets), slots);
    const createdAt = closeAt - prng.int(5, 120) * DAY_MS;
    createTicket(ctx, company, dealId, subject, prng.pick(['HIGH', 'URGENT']), /invoice|rechnung|factur|fatura/i.test(subject) ? 'BILLING_ISSUE' : 'PRODUCT_ISSUE', createdAt, slots);
  }
  if (company.isCustomer && prng.chance(0.12)) {
    createTicket(ctx, company, null, prng.pick(pack.noiseTickets), prng.pick(['LOW', 'MEDIUM']), 'GENERAL_INQUIRY', closeAt - prng.int(200, 600) * DAY_MS, slots);
  }
  return failures;
}

function createTicket(ctx: SeedContext, company: SeededCompany, dealId: string | null, subject: string, priority: string, category: string, createdAt: number, slots: Record<string, string>): void {
  const closed = ctx.prng.chance(0.6);
  const ticketId = ctx.create('tickets', {
    subject, content: `${subject}. ${slots.contact ?? ''}`, hs_pipeline: '0', hs_pipeline_stage: closed ? '4' : '3', hs_ticket_priority: priority,
    hs_ticket_category: category, createdate: new Date(createdAt).toISOString(),
    ...(closed ? { closed_date: new Date(createdAt + ctx.prng.int(1, 25) * DAY_MS).toISOString() } : {}), hubspot_owner_id: company.ownerId,
  });
  ctx.link('tickets', ticketId, 'companies', company.id, 26, 339);
  if (dealId) ctx.link('tickets', ticketId, 'deals', dealId, 28);
}

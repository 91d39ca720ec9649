import { INDUSTRIES } from '../crm/property-defs';
import type { SeedContext } from './context';
import { DAY_MS } from './context';
import { PACKS } from './text';
import type { SeedLanguage } from './types';
import { NAME_PARTS, PRODUCTS, REGIONS } from './vocabulary';

/** A generated company with what later steps need. */
export interface SeededCompany {
  id: string;
  name: string;
  language: SeedLanguage;
  city: string;
  contactId: string;
  contactName: string;
  ownerId: string;
  isCustomer: boolean;
  /** Amount of the last closed-won deal (customers). */
  lastAmount: number;
}

const JOB_TITLES = ['Head of Operations', 'IT Manager', 'Procurement Lead', 'COO', 'Fleet Manager', 'Service Director', 'CFO'];
const LANGUAGE_WEIGHTS: Record<SeedLanguage, number> = { en: 45, de: 20, fr: 12, es: 12, pt: 11 };

/** Creates a company with a contact and, for customers, a first lifetime of closed-won deals before `lossAt`. */
export function createCompany(ctx: SeedContext, isCustomer: boolean, lossAt: number): SeededCompany {
  const { prng } = ctx;
  const language = prng.weighted(LANGUAGE_WEIGHTS);
  const region = REGIONS[language];
  const stem = prng.pick(NAME_PARTS.first) + prng.pick(NAME_PARTS.second);
  const name = `${stem} ${prng.pick(region.legalForms)}`;
  const city = prng.pick(region.cities);
  const ownerId = prng.pick(ctx.ownerIds);
  const tenureYears = isCustomer ? prng.int(1, ctx.plan.closedLostDeals > 5000 ? 3 : 5) : 0;
  const createdAt = lossAt - (tenureYears * 365 + prng.int(60, 400)) * DAY_MS;
  const lifecycle = isCustomer ? prng.weighted({ customer: 6, other: 2, evangelist: 1 }) : prng.weighted({ opportunity: 4, salesqualifiedlead: 3, lead: 2 });
  const id = ctx.create('companies', {
    name, domain: `${stem.toLowerCase()}.${region.tld}`, lifecyclestage: lifecycle, industry: prng.pick(INDUSTRIES),
    annualrevenue: String(prng.int(2, 400) * 250_000), numberofemployees: String(prng.int(12, 4000)), city,
    country: prng.pick(region.countries), hubspot_owner_id: ownerId, createdate: new Date(createdAt).toISOString(),
  });
  const { contactId, contactName } = createContact(ctx, id, language, stem, isCustomer, createdAt);
  const company: SeededCompany = { id, name, language, city, contactId, contactName, ownerId, isCustomer, lastAmount: prng.int(5, 120) * 1000 };
  if (isCustomer) createHistory(ctx, company, createdAt, tenureYears, lossAt);
  return company;
}

function createContact(ctx: SeedContext, companyId: string, language: SeedLanguage, stem: string, isCustomer: boolean, createdAt: number) {
  const { prng } = ctx;
  const region = REGIONS[language];
  const [first, last] = [prng.pick(region.firstNames), prng.pick(region.lastNames)];
  const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const contactId = ctx.create('contacts', {
    firstname: first, lastname: last, email: `${ascii(first)}.${ascii(last)}@${stem.toLowerCase()}.${region.tld}`,
    jobtitle: prng.pick(JOB_TITLES), lifecyclestage: isCustomer ? 'customer' : 'opportunity', createdate: new Date(createdAt).toISOString(),
  });
  ctx.link('contacts', contactId, 'companies', companyId, 1, 279);
  return { contactId, contactName: `${first} ${last}` };
}

// First lifetime: the initial deal, then yearly renewals until shortly before the loss.
function createHistory(ctx: SeedContext, company: SeededCompany, createdAt: number, tenureYears: number, lossAt: number): void {
  const { prng } = ctx;
  const stages = ctx.stages[0];
  if (!stages) return;
  let closeAt = createdAt + prng.int(30, 120) * DAY_MS;
  let amount = prng.int(5, 80) * 1000;
  for (let year = 0; year < tenureYears && closeAt < lossAt - 30 * DAY_MS; year++) {
    const label = year === 0 ? prng.pick(PRODUCTS) : `${PACKS[company.language].renewalWord} ${new Date(closeAt).getUTCFullYear()}`;
    const dealId = ctx.create('deals', {
      dealname: `${company.name} - ${label}`, amount: String(amount), closedate: new Date(closeAt).toISOString(),
      createdate: new Date(closeAt - prng.int(20, 90) * DAY_MS).toISOString(), pipeline: stages.pipelineId, dealstage: stages.won,
      dealtype: year === 0 ? 'newbusiness' : 'existingbusiness', hubspot_owner_id: company.ownerId,
      ...(prng.chance(0.3) ? { closed_won_reason: prng.pick(['Best fit for fleet size', 'Strong demo', 'Referral', 'Price/performance']) } : {}),
    });
    ctx.link('deals', dealId, 'companies', company.id, 5, 341);
    company.lastAmount = amount;
    amount = Math.round((amount * (0.95 + prng.next() * 0.25)) / 100) * 100;
    closeAt += prng.int(340, 390) * DAY_MS;
  }
}

/**
 * What a card view costs the database (issue 13): the analysis GET on the PGlite stores, its statements counted
 * through Kysely's log hook (the installation's read is the HubSpot client's token). Pinned, so a change that adds
 * a round trip to the card path shows here.
 */
import { migrateToLatest } from '../../server/db/migrate';
import { openDatabase, type PgliteDatabase } from '../../server/db/database';
import { createPgStores } from '../../server/db/pg';
import { TokenCipher } from '../../server/db/token-cipher';
import { TEST_KEY } from './db/helpers/store-targets';
import { countStatements, type StatementCounter } from './db/helpers/statement-counter';
import { startHarness, type Harness } from './harness';

let database: PgliteDatabase;
let counter: StatementCounter;
let h: Harness;
let portalId: number;

beforeAll(async () => {
  database = (await openDatabase({})) as PgliteDatabase;
  await migrateToLatest(database.db);
  counter = countStatements(database);
  h = await startHarness({ stores: createPgStores(counter.db, new TokenCipher({ current: TEST_KEY })) });
  portalId = h.sandbox.portals()[0]!.portalId;
  await h.install(portalId);
}, 60_000);
afterAll(async () => {
  await h.close();
  await counter.db.destroy();
  await database.close();
});

/** A statement by what it does: its verb and first table (the deal record's read is `deal record`). */
const label = (statement: string) => {
  if (statement.includes('"deal_evidence"') && statement.includes('"portal_settings"') && statement.startsWith('select')) return 'deal record';
  const [, verb, table] = /^\s*(?:with \w+ as \(\s*)?(\w+)\b.*?\b(?:from|into|update)\s+"?(\w+)/s.exec(statement) ?? [];
  return `${verb} ${table}`;
};

const view = async (dealId: string) =>
  (
    await counter.during(async () => {
      const res = await h.card(portalId, 'GET', `/api/v1/deals/${dealId}/analysis`);
      expect(res.status).toBe(200);
    })
  ).map(label);

describe('the card analysis GET on the database', () => {
  let lostCustomer: string;
  let prospect: string;

  beforeAll(async () => {
    const lost = h.sandbox.truth(portalId).filter((t) => t.status === 'closed_lost');
    await view(lost[0]!.dealId); // the portal's pipelines, read once and cached
    lostCustomer = lost.slice(1).find((t) => t.customerStatus === 'lost_customer')!.dealId;
    prospect = lost.slice(1).find((t) => t.customerStatus !== 'lost_customer')!.dealId;
  });

  it('a first view reads what is stored about the deal once, then writes the evidence, the suggestion with its loss reason and the lost customer', async () => {
    expect(await view(lostCustomer)).toEqual(['deal record', 'select installations', 'insert deal_evidence', 'insert analyses', 'insert lost_customers']);
    expect(await view(prospect)).toEqual(['deal record', 'select installations', 'insert deal_evidence', 'insert analyses']);
  });

  it('a repeat view of an unchanged deal is two reads and writes nothing', async () => {
    expect(await view(lostCustomer)).toEqual(['deal record', 'select installations']);
    expect(await view(prospect)).toEqual(['deal record', 'select installations']);
  });
});

/**
 * Rotating ENCRYPTION_KEY: start with key A and install; restart with key B and A as previous (tokens
 * are re-encrypted at start); restart with B alone: the tokens still decrypt. A key that never sealed
 * them cannot read them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startRegain } from '../../server/main';

const KEY_A = Buffer.alloc(32, 0xa).toString('base64');
const KEY_B = Buffer.alloc(32, 0xb).toString('base64');
const KEY_C = Buffer.alloc(32, 0xc).toString('base64');
const dataDir = mkdtempSync(path.join(tmpdir(), 'regain-rotation-'));
const start = (env: Record<string, string>) => startRegain({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env }, { logger: pino({ level: 'silent' }) });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('re-encrypts tokens with the new key at start, and old-key tokens stay readable until then', async () => {
  let regain = await start({ ENCRYPTION_KEY: KEY_A });
  const portalId = regain.sandbox!.portals()[0]!.portalId;
  await regain.installSandboxPortal(portalId);
  const original = (await regain.stores.installations.get(String(portalId)))!.accessToken;
  await regain.close();

  regain = await start({ ENCRYPTION_KEY: KEY_B, ENCRYPTION_KEY_PREVIOUS: KEY_A });
  expect((await regain.stores.installations.get(String(portalId)))!.accessToken).toBe(original);
  await regain.close();

  regain = await start({ ENCRYPTION_KEY: KEY_B });
  expect((await regain.stores.installations.get(String(portalId)))!.accessToken).toBe(original);
  await regain.close();

  regain = await start({ ENCRYPTION_KEY: KEY_C });
  await expect(regain.stores.installations.get(String(portalId))).rejects.toThrow();
  await regain.close();
}, 120_000);

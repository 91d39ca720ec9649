/** The card-path bench's side of its local HubSpot in a child process (card-sandbox-child.ts). */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { AppConfig, DealTruth, SignedFetchRequest, StatsSnapshot } from '../../sandbox';
import type { CardSandboxReady, CardSandboxRequest } from './card-sandbox-child';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CardSandbox {
  url: string;
  appId: number;
  portalId: number;
  configureApp(patch: Partial<AppConfig>): Promise<unknown>;
  truth(): Promise<DealTruth[]>;
  resetStats(): Promise<void>;
  stats(): Promise<StatsSnapshot>;
  /** The emulator's CPU seconds since it started. */
  cpuSeconds(): Promise<number>;
  /** A card request signed and sent by the sandbox's proxy; `ms` as that client measured it. */
  signedFetch(req: SignedFetchRequest): Promise<{ status: number; ms: number }>;
  close(): Promise<void>;
}

export async function startCardSandbox(deals: number): Promise<CardSandbox> {
  const child = fork(path.join(__dirname, 'card-sandbox-child.js'), [String(deals)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  const [first] = (await once(child, 'message')) as [CardSandboxReady];
  child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve(m.result);
  });
  child.on('exit', () => {
    for (const p of pending.values()) p.reject(new Error('the sandbox child exited'));
    pending.clear();
  });
  const ask = <T>(m: DistributiveOmit<CardSandboxRequest, 'id'>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...m, id });
    });
  return {
    ...first.ready,
    configureApp: (patch) => ask({ op: 'configureApp', patch }),
    truth: () => ask({ op: 'truth' }),
    resetStats: () => ask({ op: 'resetStats' }),
    stats: () => ask({ op: 'stats' }),
    cpuSeconds: async () => (await ask<{ cpuS: number }>({ op: 'cpu' })).cpuS,
    signedFetch: (req) => ask({ op: 'signedFetch', req }),
    close: async () => {
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}

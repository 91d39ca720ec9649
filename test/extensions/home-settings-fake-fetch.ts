/**
 * A fake `hubspot.fetch` for the settings page and home page tests (the renderer does not mock it).
 * Answers are queued per method and path and consumed once, in order; a request nobody queued is
 * recorded (and fails the test in `expectAllConsumed`), and so is a queued answer nobody asked for, or a
 * request naming its own portal or user. Answers pass through HubSpot's proxy as this jest project plays it
 * (proxy-mode.ts).
 */
import { hubspot } from '@hubspot/ui-extensions';
import { identityNamesIn, throughProxy } from './proxy-mode';

export interface FakeCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

interface Answer {
  method: string;
  path: string;
  respond: () => Promise<{ status: number; body: unknown }>;
}

export function installFakeFetch() {
  const original = hubspot.fetch;
  const answers: Answer[] = [];
  const calls: FakeCall[] = [];
  const unexpected: string[] = [];

  const fake = jest.fn(async (url: string | URL, options?: { method?: string; body?: object }) => {
    const u = new URL(String(url));
    const method = options?.method ?? 'GET';
    calls.push({ method, path: u.pathname, query: Object.fromEntries(u.searchParams), body: options?.body });
    for (const name of identityNamesIn(u, options?.body)) unexpected.push(`${method} ${u.pathname} sent ${name}`);
    const index = answers.findIndex((a) => a.method === method && a.path === u.pathname);
    if (index < 0) {
      unexpected.push(`${method} ${u.pathname}`);
      throw new Error(`unexpected request ${method} ${u.pathname}`);
    }
    const [answer] = answers.splice(index, 1);
    const { status, body } = throughProxy(await answer!.respond(), { method, url: String(url) });
    return { ok: status >= 200 && status < 300, status, json: async () => body } as unknown as Response;
  });
  hubspot.fetch = fake as unknown as typeof hubspot.fetch;

  const api = {
    fetch: fake,
    calls,
    /** Queues one answer for `method path`. */
    reply(method: string, path: string, body: unknown, status = 200) {
      answers.push({ method, path, respond: async () => ({ status, body }) });
      return api;
    },
    /** Queues an answer that arrives only when the returned function is called (to see loading states). */
    hold(method: string, path: string, body: unknown, status = 200): () => void {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      answers.push({ method, path, respond: async () => (await gate, { status, body }) });
      return () => release();
    },
    /** Queues a transport failure (what hubspot.fetch does when the backend cannot be reached). */
    failNetwork(method: string, path: string) {
      answers.push({ method, path, respond: async () => Promise.reject(new Error('Failed to fetch')) });
      return api;
    },
    callsTo(method: string, path: string): FakeCall[] {
      return calls.filter((c) => c.method === method && c.path === path);
    },
    expectAllConsumed() {
      expect(unexpected).toEqual([]);
      expect(answers.map((a) => `${a.method} ${a.path}`)).toEqual([]);
    },
    restore() {
      hubspot.fetch = original;
    },
  };
  return api;
}

export type FakeFetch = ReturnType<typeof installFakeFetch>;

/** `trigger` is typed with the handler's own type; this passes the event's value instead. */
export function fire(node: { trigger: (...args: never[]) => void }, event: string, value?: unknown): void {
  (node.trigger as unknown as (name: string, arg: unknown) => void)(event, value);
}

interface TextLike {
  nodeType: string;
  text: string | null;
  childNodes?: TextLike[];
}

/** All the text under a rendered node (the renderer's `.text` is null once an element has element children). */
export function textOf(node: unknown): string {
  const n = node as TextLike;
  if (n.nodeType === 'text') return n.text ?? '';
  return (n.childNodes ?? []).map(textOf).join('');
}

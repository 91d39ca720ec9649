/**
 * Raw HTTP clients for the lifecycle tests: requests on a chosen keep-alive socket, and a request whose
 * body is still being sent (an in-flight request the server must wait for).
 */
import { Agent, request, type ClientRequest, type IncomingHttpHeaders } from 'node:http';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request; `agent` keeps its socket alive for the next. Rejects on a connection error or after `timeoutMs`. */
export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; agent?: Agent; timeoutMs?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false, timeout: options.timeoutMs ?? 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer from ${url} in ${options.timeoutMs ?? 10_000} ms`), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * Starts a request and sends its body in pieces: the server has the request (in flight) but cannot answer
 * before `finish()` writes the rest. `answer` settles with the response or the connection error.
 */
export function trickle(url: string, options: { method?: string; headers?: Record<string, string>; body: string }): { req: ClientRequest; answer: Promise<Answer>; finish(): void } {
  const bytes = Buffer.from(options.body, 'utf8');
  let req!: ClientRequest;
  const answer = new Promise<Answer>((resolve, reject) => {
    req = request(url, { method: options.method ?? 'POST', agent: false, headers: { ...options.headers, 'content-length': String(bytes.length) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  answer.catch(() => undefined);
  req.flushHeaders();
  req.write(bytes.subarray(0, 1));
  return { req, answer, finish: () => req.end(bytes.subarray(1)) };
}

/** Waits until `predicate` holds, polling every `everyMs`; throws after `timeoutMs`. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

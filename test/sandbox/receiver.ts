import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the test receiver got. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A tiny HTTP server standing in for the Regain backend. `reply` decides each status. */
export interface Receiver {
  url: string;
  received: Received[];
  reply: (req: Received, index: number) => { status: number; body?: string };
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = { url: '', received: [], reply: () => ({ status: 204 }), close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      receiver.received.push(entry);
      const { status, body } = receiver.reply(entry, receiver.received.length - 1);
      res.writeHead(status, { 'Content-Type': 'application/json', Connection: 'close' }).end(body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
  return receiver;
}

// An independent verifier (not the sandbox's signing module): HubSpot's v3 rule is
// base64(HMAC-SHA256(secret, METHOD + decodedUri + body + timestamp)).
const DECODE: Record<string, string> = { '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': "'", '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';' };

export function verifyV3(secret: string, req: Received, publicBase: string): boolean {
  const signature = String(req.headers['x-hubspot-signature-v3'] ?? '');
  const timestamp = String(req.headers['x-hubspot-request-timestamp'] ?? '');
  const uri = (publicBase + req.url).replace(/%[0-9A-F]{2}/gi, (m) => DECODE[m.toUpperCase()] ?? m);
  const expected = createHmac('sha256', secret).update(`${req.method}${uri}${req.body}${timestamp}`).digest('base64');
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

export function verifyV1(secret: string, req: Received): boolean {
  return req.headers['x-hubspot-signature-version'] === 'v1'
    && req.headers['x-hubspot-signature'] === createHash('sha256').update(secret + req.body).digest('hex');
}

export function verifyV2(secret: string, req: Received, publicBase: string): boolean {
  return req.headers['x-hubspot-signature-version'] === 'v2'
    && req.headers['x-hubspot-signature'] === createHash('sha256').update(secret + req.method + publicBase + req.url + req.body).digest('hex');
}

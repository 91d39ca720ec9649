import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A response from an outbound call. */
export interface OutboundResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface OutboundRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/**
 * Sends one HTTP request without keep-alive (so closing the sandbox never waits on
 * idle sockets). Rejects on connection errors and timeouts.
 */
export function sendHttp(url: string, req: OutboundRequest): Promise<OutboundResponse> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = { ...req.headers, ...(req.body !== undefined ? { 'Content-Length': String(Buffer.byteLength(req.body)) } : {}) };
  return new Promise((resolve, reject) => {
    const outgoing = send(target, { method: req.method, headers, agent: false, timeout: req.timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`timeout after ${req.timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** Parses a JSON body, or returns undefined. */
export function tryParseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

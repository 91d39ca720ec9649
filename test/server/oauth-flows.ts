/**
 * Drives a browser through an install: follows every redirect by hand (so each hop can be checked) and
 * reads the machine-readable outcome of the last page (`data-regain-code`, `data-sandbox-*`).
 */
export interface Hop {
  url: URL;
  status: number;
  location: string | null;
}

export interface Journey {
  hops: Hop[];
  final: { url: URL; status: number; html: string };
}

export async function follow(start: string, options: { maxHops?: number; accept?: string } = {}): Promise<Journey> {
  const hops: Hop[] = [];
  let url = new URL(start);
  for (let i = 0; i < (options.maxHops ?? 12); i++) {
    const res = await fetch(url, { redirect: 'manual', headers: { accept: options.accept ?? 'text/html' } });
    const location = res.headers.get('location');
    hops.push({ url, status: res.status, location });
    if (res.status < 300 || res.status >= 400 || !location) return { hops, final: { url, status: res.status, html: await res.text() } };
    await res.arrayBuffer().catch(() => undefined);
    url = new URL(location, url);
  }
  throw new Error(`more than ${options.maxHops ?? 12} redirects from ${start}`);
}

/** A `data-…` attribute of the page's <body>. */
export function bodyAttr(html: string, name: string): string | undefined {
  const body = /<body([^>]*)>/.exec(html)?.[1] ?? '';
  return new RegExp(`${name}="([^"]*)"`).exec(body)?.[1];
}

/** The hops that reached a given path (e.g. the app's /oauth/callback). */
export const hopsTo = (journey: Journey, origin: string, path: string) => journey.hops.filter((h) => h.url.origin === origin && h.url.pathname === path);

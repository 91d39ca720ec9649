/** The preview pages' calls to the preview's own JSON API (same origin). A non-2xx answer throws its message. */
export async function getJson<T>(path: string): Promise<T> {
  return readAnswer<T>(await fetch(path, { headers: { accept: 'application/json' } }));
}

export async function postJson<T>(path: string, body: unknown = {}): Promise<T> {
  return readAnswer<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

async function readAnswer<T>(res: Response): Promise<T> {
  const payload = (await res.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!res.ok) throw new Error(payload?.message ?? `${res.status} ${res.statusText}`);
  return payload as T;
}

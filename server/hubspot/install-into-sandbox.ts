/**
 * Installs Regain into a local-sandbox portal through the real OAuth flow: our /oauth/install, the
 * sandbox's authorize page (its `portal_id` picks the portal), then our /oauth/callback.
 */
export async function installIntoSandboxPortal(appUrl: string, portalId: number): Promise<void> {
  const start = await fetch(`${appUrl}/oauth/install`, { redirect: 'manual' });
  const authorize = new URL(start.headers.get('location')!);
  authorize.searchParams.set('portal_id', String(portalId));
  const approved = await fetch(authorize, { redirect: 'manual' });
  const callback = await fetch(approved.headers.get('location')!, { redirect: 'manual' });
  if (callback.status !== 200) throw new Error(`sandbox install failed: ${callback.status} ${await callback.text()}`);
}

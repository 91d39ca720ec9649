/**
 * The context HubSpot hands an extension (`hubspot.extend(({context}) => ...)`), shaped as @hubspot/ui-extensions
 * 0.17 types it (dist/shared.synced/types/context.synced.d.ts; https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/ui-extensions-sdk):
 * `user`, `portal {id, timezone}`, `location`, `extension {appId, appName, cardTitle}`, `variables` (the profile
 * variables) and, on a record tab, `crm {objectId, objectTypeId}` (deals are "0-3").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { World } from '../world';
import { projectRoot, SURFACES, type Surface } from './preview-bundle';
import { previewUser } from './preview-data';

const LOCATIONS: Record<Surface, 'crm.record.tab' | 'settings' | 'home'> = { card: 'crm.record.tab', settings: 'settings', home: 'home' };

/** The extension context for one surface; a card needs `dealId` (a deal of the portal). */
export function extensionContext(world: World, portalId: number, surface: Surface, opts: { dealId?: string | undefined; backendUrl: string }) {
  const portal = world.requirePortal(portalId);
  const user = previewUser(portal);
  const meta = JSON.parse(readFileSync(path.join(projectRoot(), 'extensions', SURFACES[surface]), 'utf8')) as { config?: { name?: string } };
  const base = {
    location: LOCATIONS[surface],
    user: {
      id: user.userId, email: user.email, emails: [user.email], firstName: user.firstName, lastName: user.lastName,
      roles: [], teams: user.teams.map((t) => ({ id: Number(t.id), name: t.name, teammates: [] })), locale: 'en-US', language: 'en',
      permissions: ['integrations-management-write'],
    },
    portal: { id: portal.id, timezone: 'UTC' },
    extension: { appId: world.app.appId, appName: 'Regain', ...(meta.config?.name ? { cardTitle: meta.config.name } : {}) },
    // Profile variables (hsprofile): the preview points REGAIN_API_BASE_URL at the local backend, as local.json does for `hs project dev`.
    variables: { REGAIN_API_BASE_URL: opts.backendUrl },
  };
  if (surface !== 'card') return base;
  if (!opts.dealId || !portal.stores.deals.get(opts.dealId)) throw new Error(`the card needs the id of a deal in portal ${portal.id} (got ${opts.dealId ?? 'none'})`);
  return { ...base, crm: { objectId: Number(opts.dealId), objectTypeId: '0-3' } };
}

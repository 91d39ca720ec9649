/**
 * A fixed task owner set in the settings must be a live HubSpot owner of the portal: HubSpot refuses a task
 * whose `hubspot_owner_id` is not one, so an unknown id would make every later plan write fail. Checked once,
 * when the admin saves, with the Owners API (`GET /crm/v3/owners/{ownerId}?idProperty=id`, scope
 * `crm.objects.owners.read`; https://developers.hubspot.com/docs/api-reference/crm-crm-owners-v3/guide).
 */
import { ValidationError } from '../errors';
import type { HubSpotPort } from '../hubspot/port/hubspot-port';

const OWNER_FIELD = ['automation', 'taskOwner', 'ownerId'];

/** Resolves when `ownerId` is an active owner of the portal; a ValidationError (400) naming the field otherwise. */
export async function verifyTaskOwner(hubspot: Pick<HubSpotPort, 'ownerExists'>, ownerId: string): Promise<void> {
  const id = Number(ownerId);
  // HubSpot owner ids are integers well below 2^53; anything else cannot name one.
  if (!Number.isSafeInteger(id) || id <= 0) throw unknownOwner(ownerId);
  // No such owner, or only an archived (deactivated) one. Anything else (429, 5xx) is HubSpot's trouble and thrown.
  if (!(await hubspot.ownerExists(id))) throw unknownOwner(ownerId);
}

function unknownOwner(ownerId: string): ValidationError {
  return new ValidationError(
    [{ code: 'unknown_owner', path: OWNER_FIELD, message: `No active HubSpot owner has id ${ownerId} in this portal: pick an owner id from Settings > Users & Teams.` }],
    'The settings are not valid.',
  );
}

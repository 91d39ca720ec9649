/**
 * Ways the sandbox can answer differently from its defaults, so a client can be tested against each
 * variant HubSpot may play where its behaviour is UNCONFIRMED or differs between accounts (and so
 * `regain verify-hubspot` can be shown to notice a difference). Defaults follow HubSpot's docs.
 */
import type { ObjectType } from './crm/object-types';

/** An association type direction, e.g. "tasks->deals". */
export type AssociationPair = `${ObjectType}->${ObjectType}`;

export interface SandboxVariants {
  /**
   * Page sizes of association reads:
   * - `inline`: v3 object reads with `associations=`: 100 per type, then `paging.next.after`
   *   (https://developers.hubspot.com/changelog/announcing-a-change-to-how-v3-crm-apis-return-association-data);
   * - `list`: `GET /crm/v4/objects/{type}/{id}/associations/{toType}`: `limit` defaults to 500, "Limit 500 per call"
   *   (https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/get-associations);
   * - `batchRead`: `POST /crm/v4/associations/{from}/{to}/batch/read`, per input: each result carries its own
   *   `paging.next.after`, sent back as `{id, after}` (https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/batch/get-associations).
   *   The page size is not documented (UNCONFIRMED; community reports say more than 500): the sandbox uses 500.
   */
  associationPages: { inline: number; list: number; batchRead: number };
  /**
   * HUBSPOT_DEFINED ids of a direction's default (unlabelled) type that differ from the SDK's table in this
   * account, e.g. `{"tasks->deals": 9216}`: clients then see (and must send) 9216, and 216 is refused.
   */
  associationTypeIds: Partial<Record<AssociationPair, number>>;
  /** Deal stages answer without `metadata.probability` (an account HubSpot would describe differently). */
  stagesWithoutProbability: boolean;
  /** A refresh answers a new refresh token and revokes the old one (whether HubSpot rotates is UNCONFIRMED). */
  rotateRefreshTokens: boolean;
}

export const DEFAULT_VARIANTS: SandboxVariants = {
  associationPages: { inline: 100, list: 500, batchRead: 500 },
  associationTypeIds: {},
  stagesWithoutProbability: false,
  rotateRefreshTokens: false,
};

/** The variants of one sandbox: set at start, changed with `sandbox.setVariants(patch)`. */
export class VariantController {
  private current: SandboxVariants;

  constructor(initial: Partial<SandboxVariants> = {}) {
    this.current = merge(DEFAULT_VARIANTS, initial);
  }

  get value(): SandboxVariants {
    return this.current;
  }

  set(patch: Partial<SandboxVariants>): SandboxVariants {
    this.current = merge(this.current, patch);
    return this.current;
  }
}

function merge(base: SandboxVariants, patch: Partial<SandboxVariants>): SandboxVariants {
  return {
    associationPages: { ...base.associationPages, ...patch.associationPages },
    associationTypeIds: patch.associationTypeIds ? { ...patch.associationTypeIds } : { ...base.associationTypeIds },
    stagesWithoutProbability: patch.stagesWithoutProbability ?? base.stagesWithoutProbability,
    rotateRefreshTokens: patch.rotateRefreshTokens ?? base.rotateRefreshTokens,
  };
}

/**
 * Regain's deal properties in HubSpot (group "Regain"): the analysis and plan on the record itself, so
 * views, reports and workflows can use them. Provisioning is idempotent: it creates only what is missing,
 * and adds the options a newer Regain knows to enumerations an older one created (HubSpot refuses a value
 * outside a property's options: INVALID_OPTION).
 */
import { ALL_SEGMENTS } from '../../src/types';
import type { HubSpotPort } from './port/hubspot-port';

export const REGAIN_GROUP = { name: 'regain', label: 'Regain', displayOrder: -1 };

type Option = { label: string; value: string };
const options = (values: readonly string[]): Option[] => values.map((v) => ({ label: v.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()), value: v }));

interface PropertyDef {
  name: string;
  label: string;
  description: string;
  type: 'enumeration' | 'number' | 'date' | 'string';
  fieldType: 'select' | 'number' | 'date' | 'text';
  options?: Option[];
}

export const REGAIN_PROPERTIES: PropertyDef[] = [
  { name: 'regain_segment', label: 'Defection segment', description: 'Why the customer left (Step I).', type: 'enumeration', fieldType: 'select', options: options(ALL_SEGMENTS) },
  { name: 'regain_customer_status', label: 'Lost customer or prospect', description: 'A lost prospect never bought from us; unknown when the deal history does not tell.', type: 'enumeration', fieldType: 'select', options: options(['lost_customer', 'lost_prospect', 'unknown']) },
  { name: 'regain_confidence', label: 'Defection confidence', description: 'How sure the suggested segment is (0-1).', type: 'number', fieldType: 'number' },
  { name: 'regain_analysis_status', label: 'Defection analysis status', description: 'Suggested by Regain, or confirmed by a rep.', type: 'enumeration', fieldType: 'select', options: options(['suggested', 'confirmed']) },
  { name: 'regain_source', label: 'Cause source', description: 'Internal or external cause (Step II).', type: 'enumeration', fieldType: 'select', options: options(['internal', 'external', 'unknown']) },
  { name: 'regain_stability', label: 'Cause stability', description: 'Likely to recur, or a one-off (Step II).', type: 'enumeration', fieldType: 'select', options: options(['stable', 'unstable', 'unknown']) },
  { name: 'regain_controllability', label: 'Cause controllability', description: 'Preventable by us or not (Step II).', type: 'enumeration', fieldType: 'select', options: options(['controllable', 'uncontrollable', 'unknown']) },
  { name: 'regain_priority', label: 'Win-back priority', description: 'Worth pursuing: ease of reacquisition x customer value.', type: 'enumeration', fieldType: 'select', options: options(['high', 'medium', 'low', 'none']) },
  { name: 'regain_plan_status', label: 'Reacquisition plan status', description: 'The win-back or exit plan.', type: 'enumeration', fieldType: 'select', options: options(['none', 'active', 'paused', 'stopped', 'reacquired']) },
  { name: 'regain_reacquired_date', label: 'Reacquired date', description: 'When the customer was won back.', type: 'date', fieldType: 'date' },
  { name: 'regain_competitor_contract_end', label: "Competitor contract end", description: "When the customer's contract with the new supplier ends: active waiting is timed to it.", type: 'date', fieldType: 'date' },
];

export const REGAIN_PROPERTY_NAMES = REGAIN_PROPERTIES.map((p) => p.name);

/** What Regain writes (everything but the competitor's contract end, which a rep sets and Regain reads). */
export const REGAIN_OUTPUT_PROPERTY_NAMES = REGAIN_PROPERTY_NAMES.filter((name) => name !== 'regain_competitor_contract_end');

/** Creates the "Regain" group and any missing Regain deal properties, and completes older enumerations' options. Returns the names it created or updated. */
export async function provisionRegainProperties(hubspot: HubSpotPort): Promise<string[]> {
  const byName = new Map((await hubspot.dealPropertyDefinitions()).map((p) => [p.name, p]));
  if (!(await hubspot.dealPropertyGroups()).some((g) => g.name === REGAIN_GROUP.name)) await hubspot.createDealPropertyGroup(REGAIN_GROUP);
  const created: string[] = [];
  for (const def of REGAIN_PROPERTIES.filter((d) => byName.has(d.name) && d.options)) {
    const current = byName.get(def.name)!.options ?? [];
    const known = new Set(current.map((o) => o.value));
    const missing = def.options!.filter((o) => !known.has(o.value));
    if (missing.length === 0) continue;
    // PATCH replaces the option list: keep HubSpot's (an admin may have relabelled them) and append ours.
    const merged = [...current.map((o, i) => ({ label: o.label, value: o.value, displayOrder: o.displayOrder ?? i, hidden: o.hidden ?? false })), ...missing.map((o, i) => ({ ...o, displayOrder: current.length + i, hidden: false }))];
    await hubspot.updateDealPropertyOptions(def.name, merged);
    created.push(def.name);
  }
  for (const def of REGAIN_PROPERTIES.filter((d) => !byName.has(d.name))) {
    await hubspot.createDealProperty({
      name: def.name,
      label: def.label,
      description: def.description,
      groupName: REGAIN_GROUP.name,
      type: def.type,
      fieldType: def.fieldType,
      ...(def.options ? { options: def.options.map((o, i) => ({ ...o, displayOrder: i, hidden: false })) } : {}),
    });
    created.push(def.name);
  }
  return created;
}

/**
 * Default pipelines per portal. Stage `metadata` values are strings, as HubSpot sends
 * them (`{"isClosed":"true","probability":"0.0"}`). Metadata is always truthful; labels
 * and ids are deliberately misleading in places, because real portals rename labels
 * (fact sheet §5.1: a real portal has `closedwon` labelled "Lost"). Classify stages by
 * metadata only.
 */

export interface PipelineStage {
  id: string;
  label: string;
  displayOrder: number;
  metadata: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  writePermissions: string;
}

export interface Pipeline {
  id: string;
  label: string;
  displayOrder: number;
  stages: PipelineStage[];
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

/** `relabelled`: the default pipeline's `closedwon` stage is labelled "Lost" (and more). */
export type PipelineVariant = 'standard' | 'relabelled';

type StageSpec = [id: string, label: string, probability: number, closed: boolean];

const DEFAULT_STAGES: StageSpec[] = [
  ['appointmentscheduled', 'Appointment Scheduled', 0.2, false],
  ['qualifiedtobuy', 'Qualified To Buy', 0.4, false],
  ['presentationscheduled', 'Presentation Scheduled', 0.6, false],
  ['decisionmakerboughtin', 'Decision Maker Bought-In', 0.8, false],
  ['contractsent', 'Contract Sent', 0.9, false],
  ['closedwon', 'Closed Won', 1, true],
  ['closedlost', 'Closed Lost', 0, true],
];

const RELABELS: Readonly<Record<string, string>> = {
  closedwon: 'Lost',
  closedlost: 'Closed',
  contractsent: 'Won - awaiting signature',
};

// A German renewals pipeline with numeric ids: its closed-lost stage is "1234567" / "Verloren".
const RENEWALS_DE: StageSpec[] = [
  ['1234561', 'Verlängerung angekündigt', 0.3, false],
  ['1234562', 'Angebot versendet', 0.6, false],
  ['1234563', 'Verhandlung', 0.8, false],
  ['1234566', 'Gewonnen', 1, true],
  ['1234567', 'Verloren', 0, true],
];

// An enterprise pipeline whose open stage is *labelled* like a lost stage.
const ENTERPRISE: StageSpec[] = [
  ['33550011', 'Discovery', 0.1, false],
  ['33550012', 'Closed Lost - revisit', 0.1, false],
  ['33550013', 'Signed', 1, true],
  ['33550014', 'No decision', 0, true],
];

/** The deal pipelines a new portal starts with. */
export function defaultDealPipelines(variant: PipelineVariant, createdAt: string): Pipeline[] {
  const defaults = DEFAULT_STAGES.map(([id, label, p, c]): StageSpec => [id, variant === 'relabelled' ? RELABELS[id] ?? label : label, p, c]);
  return [
    pipeline('default', 'Sales Pipeline', 0, defaults, createdAt),
    pipeline('8745321', 'Renewals DACH', 1, RENEWALS_DE, createdAt),
    pipeline('33550001', 'Enterprise', 2, ENTERPRISE, createdAt),
  ];
}

/** The ticket pipeline a new portal starts with. */
export function defaultTicketPipelines(createdAt: string): Pipeline[] {
  const stages: [string, string, boolean][] = [['1', 'New', false], ['2', 'Waiting on contact', false], ['3', 'Waiting on us', false], ['4', 'Closed', true]];
  return [{
    id: '0', label: 'Support Pipeline', displayOrder: 0, createdAt, updatedAt: createdAt, archived: false,
    stages: stages.map(([id, label, closed], i) => ({
      id, label, displayOrder: i, createdAt, updatedAt: createdAt, archived: false, writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
      metadata: { ticketState: closed ? 'CLOSED' : 'OPEN', isClosed: String(closed) },
    })),
  }];
}

function pipeline(id: string, label: string, displayOrder: number, stages: StageSpec[], createdAt: string): Pipeline {
  return {
    id, label, displayOrder, createdAt, updatedAt: createdAt, archived: false,
    stages: stages.map(([stageId, stageLabel, probability, closed], i) => ({
      id: stageId, label: stageLabel, displayOrder: i, createdAt, updatedAt: createdAt, archived: false,
      writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
      metadata: { isClosed: String(closed), probability: probability.toFixed(1) },
    })),
  };
}

/** What a deal stage means, read from metadata only (never from id or label). */
export type StageOutcome = 'open' | 'closed_won' | 'closed_lost';

/** Classifies a deal stage by its metadata. */
export function stageOutcome(stage: PipelineStage): StageOutcome {
  if (stage.metadata.isClosed !== 'true') return 'open';
  return Number(stage.metadata.probability) >= 1 ? 'closed_won' : 'closed_lost';
}

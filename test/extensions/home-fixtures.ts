/** Typed answers of GET /api/v1/reports/summary, built from the contract (src/api/card-api.ts). */
import type { ReportSummaryResponse } from '../../src/api/card-api';

export const SUMMARY_PATH = '/api/v1/reports/summary';

/** A portal a few months in: losses in four segments, plans under way, some customers won back. */
export const SUMMARY: ReportSummaryResponse = {
  lostBySegment: [
    { segment: 'pulled_away', count: 7 },
    { segment: 'bought_away', count: 12 },
    { segment: 'unintentionally_pushed_away', count: 5 },
    { segment: 'undetermined', count: 2 },
  ],
  internalControllableShare: 0.3125,
  reacquisitionRatioBySegment: [
    { segment: 'unintentionally_pushed_away', pursued: 4, reacquired: 2, ratio: 0.5 },
    { segment: 'bought_away', pursued: 10, reacquired: 3, ratio: 0.3 },
    { segment: 'moved_away', pursued: 0, reacquired: 0, ratio: 0 },
  ],
  upcomingReminders: [
    { dealId: '9001', title: 'Active waiting: check in with Northwind', dueDate: '2026-12-04T09:00:00.000Z' },
    { dealId: '9003', title: 'Active waiting: ask Contoso how the new supplier performs', dueDate: '2026-12-11T09:00:00.000Z' },
  ],
  topPriority: [
    { dealId: '9001', segment: 'pulled_away', priority: 'high', secondLifetimeValue: 48250.4 },
    { dealId: '9002', segment: 'bought_away', priority: 'medium', secondLifetimeValue: 12000 },
  ],
  outcomes: {
    plans: { pursued: 14, active: 6, paused: 1, reacquired: 5, stopped: 2 },
    reacquisitionRatioByAttribution: [
      { source: 'internal', controllability: 'controllable', pursued: 6, reacquired: 3, ratio: 0.5 },
      { source: 'external', controllability: 'uncontrollable', pursued: 8, reacquired: 2, ratio: 0.25 },
    ],
    daysToReacquire: { median: 84, mean: 97.4, count: 5 },
    byMonth: [
      { month: '2026-10', lost: 9, pursued: 5, reacquired: 1 },
      { month: '2026-11', lost: 17, pursued: 9, reacquired: 4 },
    ],
  },
};

/** A portal that just installed Regain: nothing analysed yet. */
export const EMPTY_SUMMARY: ReportSummaryResponse = {
  lostBySegment: [],
  internalControllableShare: 0,
  reacquisitionRatioBySegment: [],
  upcomingReminders: [],
  topPriority: [],
  outcomes: {
    plans: { pursued: 0, active: 0, paused: 0, reacquired: 0, stopped: 0 },
    reacquisitionRatioByAttribution: [],
    daysToReacquire: { median: null, mean: null, count: 0 },
    byMonth: [],
  },
};

/**
 * The workflow action's outputs stay inside what its hsmeta declares: a workflow can only branch on a
 * declared option, so every value the backend returns, for every outcome, must be one of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AutomationOutcome } from '../../server/services/automation';
import { NOT_CLOSED_LOST, workflowOutputs } from '../../server/services/workflow-analysis';
import { ALL_SEGMENTS, type Controllability, type Priority, type Source, type Stability } from '../../src/types';

type FieldDef = { typeDefinition: { name: string; type: string; options?: Array<{ value: string }> } };
const hsmeta = JSON.parse(readFileSync(path.join(__dirname, '../../extensions/app/workflow-actions/analyse-lost-deal-hsmeta.json'), 'utf8')) as { config: { outputFields: FieldDef[] } };
const declared = new Map(hsmeta.config.outputFields.map((f) => [f.typeDefinition.name, f.typeDefinition]));

// Records keyed by every member of each union: the compiler fails here if the domain gains a value.
const SOURCES = Object.keys({ internal: 1, external: 1, unknown: 1 } satisfies Record<Source, 1>);
const STABILITIES = Object.keys({ stable: 1, unstable: 1, unknown: 1 } satisfies Record<Stability, 1>);
const CONTROLLABILITIES = Object.keys({ controllable: 1, uncontrollable: 1, unknown: 1 } satisfies Record<Controllability, 1>);
const PRIORITIES = Object.keys({ high: 1, medium: 1, low: 1, none: 1 } satisfies Record<Priority, 1>);
const STAGES = ['closed_lost', 'closed_won', 'open', 'unknown'] as const;
const ACTIONS = ['none', 'paused', 'review_task', 'plan'] as const;

function outcome(stage: (typeof STAGES)[number], action: (typeof ACTIONS)[number], a: { segment: string; source: string; stability: string; controllability: string; priority: string } | null): AutomationOutcome {
  const effective = a && {
    classification: { segment: a.segment },
    attribution: { source: { value: a.source }, stability: { value: a.stability }, controllability: { value: a.controllability } },
    worthiness: { priority: a.priority },
  };
  return { result: { effective, gathered: { stageOutcome: stage } }, action, plan: null } as unknown as AutomationOutcome;
}

/** Every combination the backend can meet. */
function* allOutcomes(): Generator<AutomationOutcome> {
  for (const stage of STAGES) {
    for (const action of ACTIONS) {
      yield outcome(stage, action, null);
      for (const segment of ALL_SEGMENTS) for (const source of SOURCES) for (const stability of STABILITIES) for (const controllability of CONTROLLABILITIES) for (const priority of PRIORITIES) {
        yield outcome(stage, action, { segment, source, stability, controllability, priority });
      }
    }
  }
}

describe('workflow action outputs', () => {
  it('every value of every output is one of the field\'s declared options', () => {
    let checked = 0;
    for (const o of allOutcomes()) {
      const outputs = workflowOutputs(o);
      for (const [name, value] of Object.entries(outputs)) {
        if (name === 'hs_execution_state') {
          expect(['SUCCESS', 'FAIL_CONTINUE', 'BLOCK']).toContain(value);
          continue;
        }
        const field = declared.get(name);
        if (!field) throw new Error(`output "${name}" is not declared in the hsmeta`);
        if (field.type === 'enumeration') {
          const options = (field.options ?? []).map((opt) => opt.value);
          if (!options.includes(value)) throw new Error(`output ${name}="${value}" is not a declared option (${options.join(', ')})`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('a deal that is not closed lost answers the explicit option, never an empty string', () => {
    const outputs = workflowOutputs(outcome('open', 'none', null));
    expect(outputs).toMatchObject({ closed_lost: 'false', segment: NOT_CLOSED_LOST, source: NOT_CLOSED_LOST, priority: NOT_CLOSED_LOST, worth_pursuing: 'false' });
    expect(Object.values(outputs)).not.toContain('');
  });

  it('declares every output the backend returns, and only those', () => {
    const returned = Object.keys(workflowOutputs(outcome('closed_lost', 'plan', { segment: 'bought_away', source: 'internal', stability: 'stable', controllability: 'controllable', priority: 'high' })));
    expect(returned.filter((k) => k !== 'hs_execution_state').sort()).toEqual([...declared.keys()].sort());
  });
});

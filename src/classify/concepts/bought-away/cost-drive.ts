import type { ConceptSpec } from '../types';

/** Bought away (a lower price elsewhere): a drive to cut costs. */
export const COST_DRIVE: ConceptSpec[] = [
  {
    concept: 'cost_drive',
    weight: 1.3,
    forms: {
      en: [
        'cost reduction', 'cost cutting', 'cost saving*', 'cut costs', 'cutting costs', 'reduce cost*', 'reduce spend',
        'save money', 'saving money', 'savings', 'to save', 'squeez*', 'every overhead', 'trim costs',
        'budget pressure', 'cost pressure', 'cost pressures', 'tight budget', 'tighter budget', 'squeeze on',
        'spend review', 'spend reduction', 'procurement savings', 'savings target', 'save on', 'cost conscious',
        'belt tightening',
      ],
      de: [
        'kosten senken', 'kostensenkung', 'einspar*', 'sparen', 'sparmassnahme*', 'sparkurs', 'kosten reduzieren',
        'kostendruck', 'sparzwang', 'sparprogramm', 'budgetdruck', 'kosten sparen',
      ],
      fr: [
        'reduire les couts', 'reduction des couts', 'economies', 'faire des economies', 'reduire les depenses',
        'pression sur les couts', 'reduction budgetaire', 'plan d economies', 'economies budgetaires',
      ],
      es: [
        'reducir costes', 'reducir costos', 'recorte de costes', 'recorte de costos', 'ahorro*', 'ahorrar',
        'presion de costes', 'presion de costos', 'recorte de gastos', 'plan de ahorro', 'reducir gastos',
      ],
      pt: [
        'reduzir custo*', 'reducao de custos', 'cortar custos', 'corte de custos', 'economia*', 'economizar',
        'pressao de custos', 'corte de gastos', 'plano de economia', 'reduzir gastos', 'contencao de custos',
      ],
    },
  },
  { concept: 'cost_drive', weight: 1.3, forms: { de: ['aus kostengrunden'] } },
];

/**
 * The local preview's DOM components (sandbox/preview/client): every component the extensions import has a DOM
 * version, an unknown one renders a placeholder naming it (never a blank), and chart rows become Chart.js data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { toChartData } from '../../sandbox/preview/client/components/charts';
import { COMPONENTS, componentFor, createPreviewController } from '../../sandbox/preview/client/components/registry';

const APP = path.join(__dirname, '..', '..', 'extensions', 'app');

function importedComponents(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) {
      importedComponents(file).forEach((n) => names.add(n));
      continue;
    }
    if (!/\.tsx?$/.test(entry)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/import \{([^}]*)\} from '@hubspot\/ui-extensions'/g)) {
      for (const name of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) if (/^[A-Z]/.test(name)) names.add(name);
    }
  }
  return names;
}

it('has a DOM version of every component the card, settings and home page import', () => {
  const missing = [...importedComponents(APP)].filter((name) => !(name in COMPONENTS));
  expect(missing).toEqual([]);
});

it('renders an unknown component as a visible placeholder with its name and children', () => {
  const Accordion = componentFor('Accordion');
  const html = renderToStaticMarkup(<Accordion title="x">inside</Accordion>);
  expect(html).toContain('&lt;Accordion&gt; is not implemented in the local preview');
  expect(html).toContain('inside');
  expect(createPreviewController().get('Nope')).toBe(componentFor('Nope'));
  expect(createPreviewController().get('Text')).toBe(COMPONENTS.Text);
});

it('forwards testId and renders HubSpot props (Alert title, StatusTag, Select options)', () => {
  const Alert = componentFor('Alert');
  const Select = componentFor('Select');
  expect(renderToStaticMarkup(<Alert testId="a" title="Saved" variant="success">Done</Alert>)).toMatch(/data-testid="a".*Saved.*Done/);
  const select = renderToStaticMarkup(<Select testId="s" label="Segment" value="b" options={[{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }]} />);
  expect(select).toContain('Segment');
  expect(select).toMatch(/<option value="b" selected="">B<\/option>/);
});

it('turns chart rows into one dataset per colour group, x categories in first-seen order', () => {
  const rows = [
    { month: '2025-01', series: 'lost', customers: 3 },
    { month: '2025-01', series: 'won back', customers: 1 },
    { month: '2025-02', series: 'lost', customers: 2 },
  ];
  const data = toChartData(rows, { field: 'month' }, { field: 'customers' }, 'series');
  expect(data.labels).toEqual(['2025-01', '2025-02']);
  expect(data.datasets.map((d) => [d.label, d.data])).toEqual([['lost', [3, 2]], ['won back', [1, null]]]);
  expect(toChartData(rows.slice(0, 1), { field: 'month' }, { field: 'customers', label: 'Customers' }).datasets[0]!.label).toBe('Customers');
});

/**
 * BarChart and LineChart drawn with Chart.js (https://www.chartjs.org), from HubSpot's chart props
 * (https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/ui-components/standard-components/charts):
 * `data` rows, `axes {x, y: {field, fieldType, label}, options: {groupFieldByColor, stacking}}`, and
 * `options {title, showLegend, showDataLabels, showTooltips, colorList}`. Rows become one dataset per
 * `groupFieldByColor` value (or one dataset), x categories in first-seen order.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip, type Plugin } from 'chart.js';
import { useEffect, useRef } from 'react';
import { tid } from './layout';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Title);

type Row = Record<string, string | number>;
interface Axis { field: string; fieldType?: string; label?: string }
interface ChartProps {
  data?: Row[] | { data: Row[] };
  axes?: { x: Axis; y: Axis; options?: { groupFieldByColor?: string; stacking?: boolean } };
  options?: { title?: string; showLegend?: boolean; showDataLabels?: boolean; showTooltips?: boolean; colorList?: string[] };
  testId?: string;
}

// HubSpot's chart palette, approximately.
const COLORS = ['#4fb06d', '#5c62d6', '#f5c26b', '#e66e50', '#00a4bd', '#ea90b1', '#7fded2', '#fea58e'];

/** The rows as Chart.js labels and datasets (exported for tests and reuse). */
export function toChartData(rows: Row[], x: Axis, y: Axis, groupBy?: string) {
  const labels = [...new Set(rows.map((r) => String(r[x.field] ?? '')))];
  const groups = groupBy ? [...new Set(rows.map((r) => String(r[groupBy] ?? '')))] : [y.label ?? y.field];
  const datasets = groups.map((group, i) => ({
    label: group,
    data: labels.map((label) => {
      const row = rows.find((r) => String(r[x.field] ?? '') === label && (!groupBy || String(r[groupBy] ?? '') === group));
      return row ? Number(row[y.field] ?? 0) : null;
    }),
    backgroundColor: COLORS[i % COLORS.length], borderColor: COLORS[i % COLORS.length],
  }));
  return { labels, datasets };
}

// Values above bars and points when `showDataLabels` is set.
const dataLabels: Plugin = {
  id: 'pvDataLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = '12px "Lexend Deca", Helvetica, Arial, sans-serif';
    ctx.fillStyle = '#33475b';
    ctx.textAlign = 'center';
    chart.data.datasets.forEach((ds, i) => chart.getDatasetMeta(i).data.forEach((el, j) => {
      const v = ds.data[j];
      if (v !== null && v !== undefined) ctx.fillText(String(v), el.x, el.y - 6);
    }));
    ctx.restore();
  },
};

function ChartCanvas({ kind, props }: { kind: 'bar' | 'line'; props: ChartProps }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const rows = Array.isArray(props.data) ? props.data : props.data?.data ?? [];
  const key = JSON.stringify([rows, props.axes, props.options]);
  useEffect(() => {
    if (!canvas.current || !props.axes) return undefined;
    const { x, y, options: axisOptions } = props.axes;
    const o = props.options ?? {};
    const chart = new Chart(canvas.current, {
      type: kind,
      data: toChartData(rows, x, y, axisOptions?.groupFieldByColor),
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: o.showLegend ?? Boolean(axisOptions?.groupFieldByColor) }, tooltip: { enabled: o.showTooltips ?? true }, title: { display: Boolean(o.title), text: o.title ?? '' } },
        scales: {
          x: { stacked: Boolean(axisOptions?.stacking), title: { display: Boolean(x.label), text: x.label ?? '' } },
          y: { stacked: Boolean(axisOptions?.stacking), beginAtZero: true, title: { display: Boolean(y.label), text: y.label ?? '' }, ticks: { precision: 0 } },
        },
      },
      plugins: o.showDataLabels ? [dataLabels] : [],
    });
    return () => chart.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, kind]);
  if (!props.axes) return <div className="pv-placeholder">{kind === 'bar' ? 'BarChart' : 'LineChart'} without axes</div>;
  return <div className="pv-chart" data-chart={kind} data-points={rows.length} {...tid(props as Record<string, unknown>)}><canvas ref={canvas} /></div>;
}

export const BarChart = (p: ChartProps) => <ChartCanvas kind="bar" props={p} />;
export const LineChart = (p: ChartProps) => <ChartCanvas kind="line" props={p} />;

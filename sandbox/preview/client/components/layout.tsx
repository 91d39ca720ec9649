/**
 * DOM versions of @hubspot/ui-extensions' layout and content components, with the props HubSpot documents
 * (https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/ui-components/standard-components)
 * and classes styled close to HubSpot's look (preview.css). `testId` becomes `data-testid`.
 */
import type { ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode; testId?: string };

/** The attributes every component forwards: its test id. */
export const tid = (p: Props) => (typeof p.testId === 'string' ? { 'data-testid': p.testId } : {});
const cx = (...names: (string | false | undefined | null)[]) => names.filter(Boolean).join(' ');
const GAPS: Record<string, string> = { flush: '0', 'extra-small': '4px', xs: '4px', small: '8px', sm: '8px', medium: '16px', md: '16px', large: '24px', lg: '24px', 'extra-large': '32px', xl: '32px' };
const JUSTIFY: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', around: 'space-around', between: 'space-between' };
const ALIGN: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', baseline: 'baseline', stretch: 'stretch' };

export function Flex(p: Props) {
  const wrap = p.wrap === true || p.wrap === 'wrap' ? 'wrap' : 'nowrap';
  const style = {
    display: 'flex', flexDirection: p.direction === 'column' ? 'column' : 'row', gap: GAPS[String(p.gap ?? 'flush')] ?? '0', flexWrap: wrap,
    justifyContent: JUSTIFY[String(p.justify)] ?? undefined, alignItems: ALIGN[String(p.align)] ?? undefined, alignSelf: ALIGN[String(p.alignSelf)] ?? undefined,
  } as const;
  return <div className="pv-flex" style={style} {...tid(p)}>{p.children}</div>;
}

export function AutoGrid(p: Props) {
  const width = typeof p.columnWidth === 'number' ? p.columnWidth : 250;
  const style = { display: 'grid', gap: GAPS[String(p.gap ?? 'sm')] ?? '8px', gridTemplateColumns: `repeat(auto-fill, minmax(${width}px, ${p.flexible ? '1fr' : `${width}px`}))` };
  return <div style={style} {...tid(p)}>{p.children}</div>;
}

export function Tile(p: Props) {
  return <div className={cx('pv-tile', Boolean(p.compact) && 'pv-tile-compact', Boolean(p.flush) && 'pv-tile-flush')} {...tid(p)}>{p.children}</div>;
}

export function Divider(p: Props) {
  return <hr className="pv-divider" style={{ margin: `${GAPS[String(p.distance ?? 'small')] ?? '8px'} 0` }} {...tid(p)} />;
}

export function Text(p: Props) {
  const format = (p.format ?? {}) as { fontWeight?: string; italic?: boolean; lineDecoration?: string };
  const style = {
    fontWeight: format.fontWeight === 'bold' ? 700 : format.fontWeight === 'demibold' ? 600 : undefined, fontStyle: format.italic ? 'italic' : undefined,
    textDecoration: format.lineDecoration === 'strikethrough' ? 'line-through' : format.lineDecoration === 'underline' ? 'underline' : undefined,
  };
  const Tag = p.inline ? 'span' : 'p';
  return <Tag className={cx('pv-text', p.variant === 'microcopy' && 'pv-microcopy', Boolean(p.truncate) && 'pv-truncate')} style={style} {...tid(p)}>{p.children}</Tag>;
}

export function Heading(p: Props) {
  return <h3 className="pv-heading" {...tid(p)}>{p.children}</h3>;
}

export function List(p: Props) {
  const variant = String(p.variant ?? 'unordered');
  const items = (Array.isArray(p.children) ? p.children : [p.children]).filter((c) => c !== null && c !== undefined && c !== false);
  const Tag = variant.startsWith('ordered') ? 'ol' : 'ul';
  return <Tag className={cx('pv-list', `pv-list-${variant}`)} {...tid(p)}>{items.map((child, i) => <li key={i}>{child as ReactNode}</li>)}</Tag>;
}

export function Tag(p: Props) {
  const onClick = p.onClick as (() => void) | undefined;
  return <span className={cx('pv-tag', `pv-tag-${String(p.variant ?? 'default')}`, Boolean(onClick) && 'pv-clickable')} onClick={onClick ? () => onClick() : undefined} {...tid(p)}>{p.children}</span>;
}

export function StatusTag(p: Props) {
  return <span className={cx('pv-status', `pv-status-${String(p.variant ?? 'default')}`, Boolean(p.hollow) && 'pv-status-hollow')} {...tid(p)}><i className="pv-dot" />{p.children}</span>;
}

export function Alert(p: Props) {
  const variant = String(p.variant ?? 'info');
  return (
    <div role="alert" className={cx('pv-alert', `pv-alert-${variant === 'error' ? 'danger' : variant}`)} {...tid(p)}>
      {p.title ? <strong className="pv-alert-title">{p.title as ReactNode}</strong> : null}
      <div>{p.children}</div>
    </div>
  );
}

export function LoadingSpinner(p: Props) {
  const label = typeof p.label === 'string' ? p.label : 'Loading';
  return <div className={cx('pv-spinner', p.layout === 'centered' && 'pv-centered')} role="status" aria-label={label} {...tid(p)}><i className="pv-spin" />{p.showLabel ? <span>{label}</span> : null}</div>;
}

export function EmptyState(p: Props) {
  return <div className="pv-empty" {...tid(p)}><div className="pv-empty-art" aria-hidden>∅</div><div><h3 className="pv-heading">{(p.title as ReactNode) ?? 'Nothing here yet'}</h3>{p.children}</div></div>;
}

export function ErrorState(p: Props) {
  return <div className="pv-empty pv-error-state" {...tid(p)}><div className="pv-empty-art" aria-hidden>!</div><div><h3 className="pv-heading">{(p.title as ReactNode) ?? 'Something went wrong'}</h3>{p.children}</div></div>;
}

export function ProgressBar(p: Props) {
  const max = typeof p.maxValue === 'number' && p.maxValue > 0 ? p.maxValue : 100;
  const value = typeof p.value === 'number' ? Math.min(Math.max(p.value, 0), max) : 0;
  const pct = Math.round((value / max) * 100);
  return (
    <div className="pv-progress" {...tid(p)}>
      <div className="pv-progress-head"><span>{p.title as ReactNode}</span><span>{p.showPercentage ? `${pct}%` : (p.valueDescription as ReactNode)}</span></div>
      <div className="pv-progress-track" role="progressbar" aria-valuenow={value} aria-valuemax={max}><div className={cx('pv-progress-fill', `pv-fill-${String(p.variant ?? 'success')}`)} style={{ width: `${pct}%` }} /></div>
    </div>
  );
}

export function DescriptionList(p: Props) {
  return <dl className={cx('pv-dl', p.direction === 'row' && 'pv-dl-row')} {...tid(p)}>{p.children}</dl>;
}

export function DescriptionListItem(p: Props) {
  return <div className="pv-dl-item" {...tid(p)}><dt>{p.label as ReactNode}</dt><dd>{p.children}</dd></div>;
}

export function Statistics(p: Props) {
  return <div className="pv-stats" {...tid(p)}>{p.children}</div>;
}

export function StatisticsItem(p: Props) {
  return <div className="pv-stat" {...tid(p)}><div className="pv-stat-label">{p.label as ReactNode}</div><div className="pv-stat-number">{p.number as ReactNode}</div>{p.children}</div>;
}

/** Any component the preview does not implement: its name, visibly, and its children (never a blank). */
export function Placeholder(p: Props & { componentName: string }) {
  return <div className="pv-placeholder" data-component={p.componentName}><span>{`<${p.componentName}>`} is not implemented in the local preview</span>{p.children}</div>;
}

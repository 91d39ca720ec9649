/** DOM versions of @hubspot/ui-extensions' Table family (Table, TableHead, TableBody, TableFooter, TableRow, TableHeader, TableCell). */
import type { ReactNode } from 'react';
import { tid } from './layout';

type Props = Record<string, unknown> & { children?: ReactNode; testId?: string };
const align = (p: Props) => (p.align === 'right' || p.align === 'center' ? p.align : 'left');
const width = (p: Props) => (typeof p.width === 'number' ? `${p.width}px` : p.width === 'min' ? '1%' : undefined);

export const Table = (p: Props) => <table className={`pv-table${p.bordered === false ? '' : ' pv-table-bordered'}`} {...tid(p)}>{p.children}</table>;
export const TableHead = (p: Props) => <thead>{p.children}</thead>;
export const TableBody = (p: Props) => <tbody>{p.children}</tbody>;
export const TableFooter = (p: Props) => <tfoot>{p.children}</tfoot>;
export const TableRow = (p: Props) => <tr {...tid(p)}>{p.children}</tr>;
export const TableHeader = (p: Props) => <th style={{ textAlign: align(p), width: width(p) }}>{p.children}</th>;
export const TableCell = (p: Props) => <td style={{ textAlign: align(p), width: width(p) }} {...tid(p)}>{p.children}</td>;

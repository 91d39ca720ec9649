/** Display helpers for the shell's pages. */
export const words = (v: string | null | undefined) => (v ? v.replace(/_/g, ' ') : '-');
export const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '-');
export const money = (v: string | null | undefined) => (v && Number.isFinite(Number(v)) ? `${Number(v).toLocaleString('en-US')} €` : '-');

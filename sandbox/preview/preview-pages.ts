/** The preview's two HTML documents: the HubSpot-like shell (index, record, settings, home) and an extension frame. */
import type { Surface } from './preview-bundle';

const HEAD = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><link rel="stylesheet" href="/preview/assets/preview.css">`;

/** The shell: the page picks its view from the path (/preview, /preview/deals/:id, /preview/settings, /preview/home). */
export function shellPage(): string {
  return `<!doctype html><html lang="en"><head>${HEAD}<title>Regain - local HubSpot preview</title></head>
<body data-mode="shell"><div id="root"><p class="pv-loading">Loading the local preview...</p></div>
<script src="/preview/assets/host.js"></script></body></html>`;
}

/** One extension surface in its own frame; the query carries the portal (and, for the card, the deal). */
export function framePage(surface: Surface): string {
  return `<!doctype html><html lang="en"><head>${HEAD}<title>Regain ${surface}</title></head>
<body data-mode="frame" data-surface="${surface}" class="pv-frame"><div id="root"></div>
<script src="/preview/assets/host.js"></script></body></html>`;
}

/**
 * What the install URL answers. People arrive here in a browser, so the answer is an HTML page; the
 * outcome is also machine-readable: `data-regain-code` / `data-regain-status` on <body>, or the card
 * API's JSON error body when the request's Accept prefers JSON.
 */
import type { Request, Response } from 'express';
import type { ValidationIssue } from '../../errors';

/** Every outcome code the install pages can carry (stable: tests and monitoring read them). */
export type InstallOutcomeCode =
  | 'installed'
  | 'install_declined'
  | 'duplicate_parameter'
  | 'validation_failed'
  | 'missing_parameter'
  | 'unknown_step'
  | 'invalid_return_url'
  | 'invalid_state'
  | 'install_link_used'
  | 'oauth_client_rejected'
  | 'hubspot_oauth_error'
  | 'hubspot_unavailable';

/** An install request that ends on a page instead of a redirect (always a 4xx or 502, never a 500). */
export class OAuthPageError extends Error {
  constructor(
    readonly code: InstallOutcomeCode,
    readonly status: 400 | 502,
    message: string,
    readonly issues?: ValidationIssue[],
    readonly returnUrl?: URL,
  ) {
    super(message);
    this.name = 'OAuthPageError';
  }
}

const TITLES: Partial<Record<InstallOutcomeCode, string>> = {
  installed: 'Regain is installed',
  install_declined: 'Regain was not installed',
  install_link_used: 'This install link was already used',
  oauth_client_rejected: 'Regain could not be installed',
  hubspot_oauth_error: 'Regain could not be installed',
  hubspot_unavailable: 'HubSpot did not answer',
};

export interface InstallPage {
  status: 200 | 400 | 502;
  code: InstallOutcomeCode;
  message: string;
  issues?: ValidationIssue[] | undefined;
  /** Where "Back to HubSpot" leads (an already checked returnUrl). */
  returnUrl?: URL | undefined;
  /** Where "Start the install again" leads (our /oauth/install). */
  restartUrl: string;
  portalId?: string;
}

/** Sends the page (or JSON). The URL carries a code and a state: never cached, never sent on as a Referer. */
export function sendInstallPage(req: Request, res: Response, page: InstallPage): void {
  res.status(page.status);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.accepts(['html', 'json']) === 'json') {
    if (page.status === 200) res.json({ installed: true, code: page.code, portalId: page.portalId ?? null });
    else res.json({ error: { code: page.code, message: page.message, ...(page.issues ? { issues: page.issues } : {}) } });
    return;
  }
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  const title = TITLES[page.code] ?? 'Regain could not be installed';
  const links = [
    page.returnUrl ? `<a href="${escapeHtml(page.returnUrl.href)}">Back to HubSpot</a>` : '',
    page.status !== 200 ? `<a href="${escapeHtml(page.restartUrl)}">Start the install again</a>` : '',
  ].filter(Boolean);
  const issues = page.issues?.length ? `<ul>${page.issues.map((i) => `<li>${escapeHtml(i.path.join('.') || '(query)')}: ${escapeHtml(i.message)}</li>`).join('')}</ul>` : '';
  res.type('html').send(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>` +
      `<body data-regain-code="${page.code}" data-regain-status="${page.status}"${page.portalId ? ` data-regain-portal="${escapeHtml(page.portalId)}"` : ''}>` +
      `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(page.message)}</p>${issues}${links.length ? `<p>${links.join(' · ')}</p>` : ''}</body></html>`,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

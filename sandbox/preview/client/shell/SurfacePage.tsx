/** The app's settings page or its home page (win-back dashboard): the extension in its own frame under HubSpot's page header. */
import type { AddAlert } from './AlertStack';
import { ExtensionFrame } from './ExtensionFrame';

export function SurfacePage(p: { portalId: number; surface: 'settings' | 'home'; title: string; onAlert: AddAlert }) {
  return (
    <main className="pv-page">
      <h1 className="pv-page-title">{p.title}</h1>
      <p className="pv-microcopy">{p.surface === 'settings' ? 'Settings > Connected apps > Regain' : 'Apps > Regain'} (the real extension code, served by the local preview)</p>
      <ExtensionFrame surface={p.surface} portalId={p.portalId} onAlert={p.onAlert} title={p.title} />
    </main>
  );
}

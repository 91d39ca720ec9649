/** The preview's browser entry: an extension frame (`data-mode="frame"`) or the HubSpot-like shell around them. */
import { createRoot } from 'react-dom/client';
import { startFrame } from './frame-host';
import { ShellApp } from './shell/ShellApp';

const mount = document.getElementById('root')!;
const { mode, surface } = document.body.dataset;
if (mode === 'frame' && surface) {
  startFrame(surface, mount).catch((err: unknown) => {
    mount.innerHTML = '';
    const box = document.createElement('div');
    box.className = 'pv-alert pv-alert-danger';
    box.textContent = `The ${surface} could not start: ${err instanceof Error ? err.message : String(err)}`;
    mount.append(box);
  });
} else {
  createRoot(mount).render(<ShellApp />);
}

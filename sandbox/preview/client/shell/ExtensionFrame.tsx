/** An extension surface in its own frame (same origin), sized to its content; its alerts and refreshes come back by message. */
import { useEffect, useRef, useState } from 'react';
import type { FrameMessage } from '../frame-host';
import type { AddAlert } from './AlertStack';

export function ExtensionFrame(p: { surface: string; portalId: number; dealId?: string; onAlert: AddAlert; onRefresh?: () => void; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(400);
  const { onAlert, onRefresh, surface } = p;
  useEffect(() => {
    const listen = (event: MessageEvent<FrameMessage>) => {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow) return;
      const m = event.data;
      if (m.type === 'regain-preview:alert') onAlert({ ...(m.alert.type ? { type: m.alert.type } : {}), ...(m.alert.title ? { title: m.alert.title } : {}), message: m.alert.message });
      if (m.type === 'regain-preview:refresh') onRefresh?.();
      if (m.type === 'regain-preview:height' && m.surface === surface) setHeight(Math.max(200, m.height + 8));
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, [onAlert, onRefresh, surface]);
  const src = `/preview/frame/${p.surface}?portalId=${p.portalId}${p.dealId ? `&dealId=${p.dealId}` : ''}`;
  return <iframe ref={frame} className="pv-extension-frame" data-testid={`frame-${p.surface}`} name={`regain-${p.surface}`} title={p.title} src={src} style={{ height }} />;
}

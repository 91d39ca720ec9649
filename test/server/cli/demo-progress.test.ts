import { PassThrough } from 'node:stream';
import { createProgressReporter, formatDemoProgress, type DemoProgress } from '../../../server/cli/demo-progress';

const at = (over: Partial<DemoProgress> = {}): DemoProgress => ({ lost: 20, deals: 20, analysed: 5, tasksWritten: 12, tasksExpected: 80, faults: 2, seconds: 7.4, ...over });

function capture() {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { out, text: () => text };
}

describe('regain demo progress', () => {
  it('names deals lost, analysed, tasks written and faults seen', () => {
    expect(formatDemoProgress(at())).toBe('deals lost 20/20, analysed 5/20, tasks written 12/80, faults seen 2 (7 s)');
  });

  it('rewrites one live line on a terminal and ends it with a newline', () => {
    const c = capture();
    const r = createProgressReporter(c.out, { tty: true });
    r.update(at({ analysed: 1 }));
    r.update(at({ analysed: 1 }));
    r.update(at({ analysed: 2 }));
    r.done(at({ analysed: 20 }));
    const text = c.text();
    expect(text.split('\r\x1b[2K')).toHaveLength(4);
    expect(text.indexOf('\n')).toBe(text.length - 1);
    expect(text).toContain('analysed 20/20');
  });

  it('prints a plain line at most every interval otherwise, and the last state at the end', () => {
    const c = capture();
    let now = 0;
    const r = createProgressReporter(c.out, { tty: false, intervalMs: 5000, now: () => now });
    r.update(at({ analysed: 1 }));
    now = 1000;
    r.update(at({ analysed: 2 }));
    now = 5000;
    r.update(at({ analysed: 3 }));
    r.done(at({ analysed: 20 }));
    const lines = c.text().trimEnd().split('\n');
    expect(lines.map((l) => /analysed (\d+)/.exec(l)![1])).toEqual(['1', '3', '20']);
    expect(c.text()).not.toContain('\r');
  });
});

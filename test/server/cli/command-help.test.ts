import { runCli } from './run-cli';

describe('regain <command> --help', () => {
  it.each([['classify'], ['eval'], ['backfill']])('%s --help prints that command\'s usage and exits 0', async (name) => {
    const r = await runCli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`usage: regain ${name}`);
    // Its own lines, continuation lines included, and no other command's.
    expect(r.stdout.split('\n').filter((l) => l.startsWith(`  ${name} `)).length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/^ {2}(serve|demo|sandbox) /m);
  });

  it('classify -h shows its continuation line of options', async () => {
    const r = await runCli(['classify', '-h']);
    expect(r.stdout).toContain('[--format json|table] [--settings FILE]');
  });

  it('an unknown option is still refused with exit 2', async () => {
    const r = await runCli(['classify', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --bogus');
  });
});

import { describeDatabase } from '../../../server/cli/describe-database';
import { withPreview } from '../../../server/http/with-preview';
import { OffsetClock, isManualClock } from '../../../sandbox/clock';

describe('the local preview outside sandbox mode', () => {
  it('is not mounted at all: the backend app handles every request, GET / included', () => {
    const app = () => undefined;
    expect(withPreview(app, null, 'http://127.0.0.1:3000')).toBe(app);
  });
});

describe('describeDatabase (the serve banner)', () => {
  it('names PostgreSQL from DATABASE_URL without its credentials', () => {
    const text = describeDatabase({ databaseUrl: 'postgres://regain:s3cret@db.internal:5433/regain', dataDir: null });
    expect(text).toBe('PostgreSQL at db.internal:5433/regain (DATABASE_URL)');
    expect(text).not.toContain('s3cret');
  });
  it('names the embedded database and where it lives', () => {
    expect(describeDatabase({ databaseUrl: null, dataDir: '/var/regain' })).toBe('embedded PGlite in /var/regain (DATA_DIR)');
    expect(describeDatabase({ databaseUrl: null, dataDir: null })).toMatch(/^embedded PGlite, in memory/);
  });
});

describe('OffsetClock (the sandbox clock of `npm start`)', () => {
  it('runs with the wall clock and only jumps forward', () => {
    let wall = 1_000;
    const clock = new OffsetClock(() => wall);
    expect(clock.now()).toBe(1_000);
    clock.advance(500);
    wall = 1_100;
    expect(clock.now()).toBe(1_600);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(isManualClock(clock)).toBe(true);
  });
});

/**
 * The error handler's backstop for values the database refuses (issue 15, "Hostile bytes"): PostgreSQL's
 * invalid-input SQLSTATEs answer 400 with a stable code, never 500; other database errors stay 500.
 */
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { isInvalidInputError } from '../../../server/db/pg/pg-errors';
import { errorHandler } from '../../../server/http/error-handler';

const appThrowing = (err: unknown) => {
  const app = express();
  app.get('/x', () => {
    throw err;
  });
  app.use(errorHandler(pino({ level: 'silent' })));
  return app;
};
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('invalid input refused by PostgreSQL', () => {
  it.each([
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22P05', 'unsupported Unicode escape sequence'],
    ['22P02', 'invalid input syntax for type json'],
    ['22001', 'value too long for type character varying(20)'],
    ['54000', 'index row size 8232 exceeds btree version 4 maximum 2704 for index "processed_events_pkey"'],
  ])('%s answers 400 invalid_value', async (code, message) => {
    const res = await request(appThrowing(pgError(code, message))).get('/x');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_value');
    expect(JSON.stringify(res.body)).not.toContain(message);
  });

  it('is found through a cause chain (adapters wrap driver errors)', async () => {
    const wrapped = new Error('job could not be queued', { cause: new Error('query failed', { cause: pgError('22P05', 'x') }) });
    expect(isInvalidInputError(wrapped)).toBe(true);
    expect((await request(appThrowing(wrapped)).get('/x')).status).toBe(400);
  });

  it('leaves other database errors a 500 (a lost connection, a unique violation, a syntax error)', async () => {
    for (const code of ['08006', '23505', '42601', '57P01']) {
      expect(isInvalidInputError(pgError(code, 'x'))).toBe(false);
      expect((await request(appThrowing(pgError(code, 'x'))).get('/x')).status).toBe(500);
    }
    expect(isInvalidInputError(Object.assign(new Error('x'), { code: 22021 }))).toBe(false);
  });
});

import type { Express } from 'express';
import { objectTypeInfo, type ObjectType } from '../../crm/object-types';
import { parseListParam, presentObject, type PublicObject } from '../../crm/present';
import { archiveRecord, commitCreate, commitUpdate, prepareCreate, prepareUpdate, type CreateInput } from '../../crm/records';
import { propertyErrorMessage } from '../../crm/validate';
import type { World } from '../../world';
import { authOf } from '../context';
import { defineRoute } from '../define';
import { validationError, type ErrorDetail } from '../errors';
import { apiWriteContext, batchInputs, objectTypeParam, readScopes, writeScopes } from '../object-params';

interface BatchError {
  status: 'error';
  category: string;
  subCategory?: string;
  message: string;
  context: Record<string, string[]>;
  errors: ErrorDetail[];
}

type CreateItem = CreateInput & { objectWriteTraceId?: string };
type UpdateItem = { id?: string | number; properties?: Record<string, unknown>; objectWriteTraceId?: string };

/** CRM objects v3 batch endpoints: read, create, update (201/200, or 207 with per-input errors), archive. */
export function registerBatchRoutes(app: Express, world: World): void {
  const base = '/crm/v3/objects/:type/batch';

  defineRoute(app, world, 'post', `${base}/read`, { scopes: readScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    const inputs = batchInputs<{ id?: unknown }>(req.body);
    const props = parseListParam((req.body as { properties?: unknown }).properties);
    const found: PublicObject[] = [];
    const missing: string[] = [];
    for (const input of inputs) {
      const obj = portal.stores[type].get(String(input.id ?? ''));
      if (obj) found.push(presentObject(portal, type, obj, props));
      else missing.push(String(input.id ?? ''));
    }
    const errors = missing.length ? [notFoundError(type, missing)] : [];
    res.status(errors.length ? 207 : 200).json(batchBody(world, found, errors));
  });

  defineRoute(app, world, 'post', `${base}/create`, { scopes: writeScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    const inputs = batchInputs<CreateItem>(req.body);
    const prepared = inputs.map((input) => prepareCreate(portal, type, input));
    // Validation failures reject the whole batch (400); only injected faults fail single inputs (207).
    rejectInvalid(prepared.map((p, i) => (p.ok ? [] : tagged(p.errors, inputs[i]?.objectWriteTraceId, i))));
    const ctx = apiWriteContext(world);
    const results: PublicObject[] = [];
    const errors: BatchError[] = [];
    prepared.forEach((p, i) => {
      const trace = inputs[i]?.objectWriteTraceId;
      if (!p.ok) return;
      if (world.faults.failBatchInput()) return errors.push(injectedError(trace, i));
      const obj = commitCreate(portal, type, p, ctx);
      results.push(withTrace(presentObject(portal, type, obj, Object.keys(obj.properties)), trace));
    });
    res.status(errors.length ? 207 : 201).json(batchBody(world, results, errors));
  });

  defineRoute(app, world, 'post', `${base}/update`, { scopes: writeScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    const inputs = batchInputs<UpdateItem>(req.body);
    const targets = inputs.map((input) => portal.stores[type].get(String(input.id ?? '')));
    const prepared = inputs.map((input, i) => {
      const obj = targets[i];
      return obj ? prepareUpdate(portal, type, obj, input.properties ?? {}) : undefined;
    });
    rejectInvalid(prepared.map((p, i) => tagged(p?.errors ?? [], inputs[i]?.objectWriteTraceId, i)));
    const ctx = apiWriteContext(world);
    const results: PublicObject[] = [];
    const errors: BatchError[] = [];
    inputs.forEach((input, i) => {
      const obj = targets[i];
      const p = prepared[i];
      if (!obj || !p) return errors.push({ ...notFoundError(type, [String(input.id ?? '')]), context: traceContext(input.objectWriteTraceId, { ids: [String(input.id ?? '')] }) });
      if (world.faults.failBatchInput()) return errors.push(injectedError(input.objectWriteTraceId, i));
      results.push(withTrace(presentObject(portal, type, commitUpdate(portal, type, obj, p.values, ctx), Object.keys(obj.properties)), input.objectWriteTraceId));
    });
    res.status(errors.length ? 207 : 200).json(batchBody(world, results, errors));
  });

  defineRoute(app, world, 'post', `${base}/archive`, { scopes: writeScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    for (const input of batchInputs<{ id?: unknown }>(req.body)) archiveRecord(portal, type, String(input.id ?? ''), world.clock.now());
    res.status(204).end();
  });
}

function tagged(errors: ErrorDetail[], trace: string | undefined, index: number): ErrorDetail[] {
  return errors.map((e) => ({ ...e, context: { ...e.context, ...traceContext(trace, { inputIndex: [String(index)] }) } }));
}

function rejectInvalid(perInput: ErrorDetail[][]): void {
  const all = perInput.flat();
  if (all.length) throw validationError(propertyErrorMessage(all), all);
}

function traceContext(trace: string | undefined, extra: Record<string, string[]>): Record<string, string[]> {
  return trace ? { ...extra, objectWriteTraceId: [trace] } : extra;
}

function withTrace(obj: PublicObject, trace: string | undefined): PublicObject {
  return trace ? { ...obj, objectWriteTraceId: trace } : obj;
}

function notFoundError(type: ObjectType, ids: string[]): BatchError {
  const name = objectTypeInfo(type).singular.toUpperCase();
  const message = `Could not get some ${name} objects, they may be deleted or not exist. Check that ids are valid.`;
  return { status: 'error', category: 'OBJECT_NOT_FOUND', message, context: { ids }, errors: [] };
}

function injectedError(trace: string | undefined, index: number): BatchError {
  return {
    status: 'error', category: 'INTERNAL_ERROR', subCategory: 'sandbox.INJECTED_PARTIAL_FAILURE',
    message: 'This input could not be written (injected partial failure); retry it.', context: traceContext(trace, { inputIndex: [String(index)] }), errors: [],
  };
}

function batchBody(world: World, results: PublicObject[], errors: BatchError[]): Record<string, unknown> {
  const now = new Date(world.clock.now()).toISOString();
  return { status: 'COMPLETE', results, ...(errors.length ? { numErrors: errors.length, errors } : {}), requestedAt: now, startedAt: now, completedAt: now };
}


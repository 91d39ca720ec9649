import type { Express } from 'express';
import { defaultAssociationType } from '../../crm/association-types';
import { objectTypeInfo, type ObjectType } from '../../crm/object-types';
import type { Portal } from '../../portal';
import type { World } from '../../world';
import { authOf } from '../context';
import { defineRoute } from '../define';
import { validationError } from '../errors';
import { batchInputs, objectTypeParam } from '../object-params';
import { bothRead, checkedTypeId, pageOfEdges, presentEdge, writeFromReadTo } from './association-helpers';

type IdRef = { id?: string | number };
type ReadInput = IdRef & { after?: string };
interface PairInput { from?: IdRef; to?: IdRef | IdRef[]; types?: { associationCategory?: string; associationTypeId?: unknown }[] }

/** Associations v4 batch: read (200/207), create (201/207), associate default (200), archive (204). */
export function registerAssociationBatchRoutes(app: Express, world: World): void {
  const base = '/crm/v4/associations/:type/:toType/batch';
  const stamp = () => new Date(world.clock.now()).toISOString();

  defineRoute(app, world, 'post', `${base}/read`, { scopes: bothRead('type', 'toType') }, (req, res) => {
    const [from, to] = [objectTypeParam(req), objectTypeParam(req, 'toType')];
    const { portal } = authOf(res);
    const results: Record<string, unknown>[] = [];
    const missing: string[] = [];
    // Each result pages on its own: its `paging.next.after` goes back with the same id as `{id, after}`
    // (https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/batch/get-associations).
    const size = world.variants.value.associationPages.batchRead;
    for (const input of batchInputs<ReadInput>(req.body)) {
      const id = String(input.id ?? '');
      const edges = portal.stores[from].get(id) ? portal.associations.list(from, id, to) : [];
      if (!edges.length) {
        missing.push(id);
        continue;
      }
      const { page, next } = pageOfEdges(edges, input.after === undefined ? undefined : String(input.after), size);
      results.push({ from: { id }, to: page.map((e) => presentEdge(portal, from, to, e.toId, e.typeIds)), ...(next ? { paging: { next: { after: next } } } : {}) });
    }
    // HubSpot reports ids without associations as per-input errors (207), not as empty lists.
    const errors = missing.map((id) => ({
      status: 'error', category: 'OBJECT_NOT_FOUND', subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
      message: `No ${objectTypeInfo(to).singular} is associated with ${objectTypeInfo(from).singular} ${id}.`, context: { fromObjectId: [id] }, errors: [],
    }));
    const now = stamp();
    res.status(errors.length ? 207 : 200).json({ status: 'COMPLETE', results, ...(errors.length ? { numErrors: errors.length, errors } : {}), startedAt: now, completedAt: now });
  });

  defineRoute(app, world, 'post', `${base}/create`, { scopes: writeFromReadTo('type', 'toType') }, (req, res) => {
    const [from, to] = [objectTypeParam(req), objectTypeParam(req, 'toType')];
    const { portal } = authOf(res);
    const inputs = batchInputs<PairInput>(req.body);
    const planned = inputs.map((input) => {
      const [fromId, toId] = [String(input.from?.id ?? ''), String(single(input.to)?.id ?? '')];
      requireBoth(portal, from, fromId, to, toId);
      const typeIds = (input.types ?? []).map((t) => checkedTypeId(portal, from, to, t.associationCategory, t.associationTypeId));
      if (!typeIds.length) throw validationError('Each input needs at least one association type.');
      return { fromId, toId, typeIds };
    });
    const results = planned.map(({ fromId, toId, typeIds }) => {
      for (const typeId of typeIds) portal.associations.add(from, fromId, to, toId, typeId);
      return {
        fromObjectTypeId: objectTypeInfo(from).objectTypeId, fromObjectId: Number(fromId),
        toObjectTypeId: objectTypeInfo(to).objectTypeId, toObjectId: Number(toId), labels: [],
      };
    });
    const now = stamp();
    res.status(201).json({ status: 'COMPLETE', results, startedAt: now, completedAt: now });
  });

  defineRoute(app, world, 'post', `${base}/associate/default`, { scopes: writeFromReadTo('type', 'toType') }, (req, res) => {
    const [from, to] = [objectTypeParam(req), objectTypeParam(req, 'toType')];
    const { portal } = authOf(res);
    const def = defaultAssociationType(from, to);
    if (!def) throw validationError(`${from} cannot be associated with ${to}`);
    const results = batchInputs<PairInput>(req.body).map((input) => {
      const [fromId, toId] = [String(input.from?.id ?? ''), String(single(input.to)?.id ?? '')];
      requireBoth(portal, from, fromId, to, toId);
      portal.associations.add(from, fromId, to, toId, def.typeId);
      return { from: { id: fromId }, to: { id: toId }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: portal.associationIds.external(from, to, def.typeId) } };
    });
    const now = stamp();
    res.status(200).json({ status: 'COMPLETE', results, startedAt: now, completedAt: now });
  });

  defineRoute(app, world, 'post', `${base}/archive`, { scopes: writeFromReadTo('type', 'toType') }, (req, res) => {
    const [from, to] = [objectTypeParam(req), objectTypeParam(req, 'toType')];
    const { portal } = authOf(res);
    for (const input of batchInputs<PairInput>(req.body)) {
      const targets = Array.isArray(input.to) ? input.to : [input.to];
      for (const target of targets) portal.associations.remove(from, String(input.from?.id ?? ''), to, String(target?.id ?? ''));
    }
    res.status(204).end();
  });
}

// Batch association writes refuse the whole batch when an object is missing (the sandbox's choice).
function requireBoth(portal: Portal, from: ObjectType, fromId: string, to: ObjectType, toId: string): void {
  if (!portal.stores[from].get(fromId) || !portal.stores[to].get(toId)) {
    throw validationError(`Association between ${from} ${fromId} and ${to} ${toId}: one of the objects does not exist.`);
  }
}

function single(to: IdRef | IdRef[] | undefined): IdRef | undefined {
  return Array.isArray(to) ? to[0] : to;
}

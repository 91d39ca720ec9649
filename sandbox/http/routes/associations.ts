import type { Express, Request } from 'express';
import { defaultAssociationType } from '../../crm/association-types';
import { objectTypeInfo } from '../../crm/object-types';
import type { World } from '../../world';
import { authOf, param, queryValue } from '../context';
import { defineRoute } from '../define';
import { validationError } from '../errors';
import { objectTypeParam } from '../object-params';
import { registerAssociationBatchRoutes } from './association-batch';
import { bothRead, checkedTypeId, pageOfEdges, presentEdge, requireObject, writeFromReadTo } from './association-helpers';

/**
 * Associations v4: list, create with types (201), create default (200), remove.
 * The list pages like HubSpot's: `limit` defaults to (and is capped at) 500, "Limit 500 per call", and
 * `paging.next.after` is present only when more follow
 * (https://developers.hubspot.com/docs/api-reference/legacy/crm/associations/associate-records/get-associations).
 */
export function registerAssociationRoutes(app: Express, world: World): void {
  const base = '/crm/v4/objects/:type/:id/associations';

  defineRoute(app, world, 'get', `${base}/:toType`, { scopes: bothRead('type', 'toType') }, (req, res) => {
    const [from, to] = [objectTypeParam(req), objectTypeParam(req, 'toType')];
    const { portal } = authOf(res);
    const id = param(req, 'id');
    requireObject(portal, from, id);
    const max = world.variants.value.associationPages.list;
    const requested = Number(queryValue(req, 'limit') ?? max);
    const limit = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, max) : max;
    const { page, next } = pageOfEdges(portal.associations.list(from, id, to), queryValue(req, 'after'), limit);
    res.json({ results: page.map((e) => presentEdge(portal, from, to, e.toId, e.typeIds)), ...(next ? { paging: { next: { after: next } } } : {}) });
  });

  defineRoute(app, world, 'put', `${base}/:toType/:toId`, { scopes: writeFromReadTo('type', 'toType') }, (req, res) => {
    const { from, to, id, toId, portal } = pairParams(req, res);
    const specs = Array.isArray(req.body) ? (req.body as { associationCategory?: string; associationTypeId?: unknown }[]) : [];
    if (!specs.length) throw validationError('Invalid input JSON: expected a non-empty array of association types.');
    const typeIds = specs.map((spec) => checkedTypeId(portal, from, to, spec.associationCategory, spec.associationTypeId));
    for (const typeId of typeIds) portal.associations.add(from, id, to, toId, typeId);
    res.status(201).json({
      fromObjectTypeId: objectTypeInfo(from).objectTypeId, fromObjectId: Number(id),
      toObjectTypeId: objectTypeInfo(to).objectTypeId, toObjectId: Number(toId), labels: [],
    });
  });

  defineRoute(app, world, 'put', `${base}/default/:toType/:toId`, { scopes: writeFromReadTo('type', 'toType') }, (req, res) => {
    const { from, to, id, toId, portal } = pairParams(req, res);
    const def = defaultAssociationType(from, to);
    if (!def) throw validationError(`${from} cannot be associated with ${to}`);
    portal.associations.add(from, id, to, toId, def.typeId);
    const now = new Date(world.clock.now()).toISOString();
    const spec = (typeId: number) => ({ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId });
    res.status(200).json({
      status: 'COMPLETE', startedAt: now, completedAt: now,
      results: [
        { from: { id }, to: { id: toId }, associationSpec: spec(portal.associationIds.external(from, to, def.typeId)) },
        { from: { id: toId }, to: { id }, associationSpec: spec(portal.associationIds.external(to, from, def.reverseTypeId)) },
      ],
    });
  });

  defineRoute(app, world, 'delete', `${base}/:toType/:toId`, { scopes: writeFromReadTo('type', 'toType') }, (req, res) => {
    const { from, to, id, toId, portal } = pairParams(req, res);
    portal.associations.remove(from, id, to, toId);
    res.status(204).end();
  });

  registerAssociationBatchRoutes(app, world);
}

function pairParams(req: Request, res: Parameters<typeof authOf>[0]) {
  const [from, to] = [objectTypeParam(req), objectTypeParam(req, 'toType')];
  const { portal } = authOf(res);
  const [id, toId] = [param(req, 'id'), param(req, 'toId')];
  requireObject(portal, from, id);
  requireObject(portal, to, toId);
  return { from, to, id, toId, portal };
}

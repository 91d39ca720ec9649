import type { Express } from 'express';
import type { CrmObject } from '../../crm/object-store';
import type { ObjectType } from '../../crm/object-types';
import { parseListParam, presentObject, withAssociations } from '../../crm/present';
import { archiveRecord, createRecord, updateRecord, type CreateInput } from '../../crm/records';
import type { Portal } from '../../portal';
import type { World } from '../../world';
import { authOf, param, queryValue } from '../context';
import { defineRoute } from '../define';
import { notFound, validationError } from '../errors';
import { apiWriteContext, objectTypeParam, readScopes, writeScopes } from '../object-params';

/** CRM objects v3 basic endpoints: page, get, create, update, archive. */
export function registerObjectRoutes(app: Express, world: World): void {
  const base = '/crm/v3/objects/:type';

  defineRoute(app, world, 'get', base, { scopes: readScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    const limit = pageLimit(queryValue(req, 'limit'));
    const page = portal.stores[type].page(limit, pageAfter(queryValue(req, 'after')), queryValue(req, 'archived') === 'true');
    const props = parseListParam(req.query.properties);
    const assocs = parseListParam(req.query.associations) ?? [];
    res.json({
      results: page.results.map((obj) => withAssociations(portal, type, obj, presentObject(portal, type, obj, props), assocs, world.variants.value.associationPages.inline)),
      ...(page.nextAfter ? { paging: { next: { after: page.nextAfter, link: `${req.path}?after=${page.nextAfter}` } } } : {}),
    });
  });

  defineRoute(app, world, 'post', base, { scopes: writeScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    const obj = createRecord(portal, type, (req.body ?? {}) as CreateInput, apiWriteContext(world));
    res.status(201).json(presentObject(portal, type, obj, Object.keys(obj.properties)));
  });

  defineRoute(app, world, 'get', `${base}/:id`, { scopes: readScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    const archived = queryValue(req, 'archived') === 'true';
    const obj = findByIdProperty(portal, type, param(req, 'id'), queryValue(req, 'idProperty'), archived);
    const base = presentObject(portal, type, obj, parseListParam(req.query.properties));
    res.json(withAssociations(portal, type, obj, base, parseListParam(req.query.associations) ?? [], world.variants.value.associationPages.inline));
  });

  defineRoute(app, world, 'patch', `${base}/:id`, { scopes: writeScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    const id = findByIdProperty(portal, type, param(req, 'id'), queryValue(req, 'idProperty'), false).id;
    const properties = (req.body as { properties?: Record<string, unknown> } | undefined)?.properties;
    if (!properties || typeof properties !== 'object') throw validationError('Invalid input JSON: "properties" is required.');
    const obj = updateRecord(portal, type, id, properties, apiWriteContext(world));
    res.json(presentObject(portal, type, obj, Object.keys(obj.properties)));
  });

  // Archiving an unknown id also answers 204 (idempotent delete; the sandbox's choice).
  defineRoute(app, world, 'delete', `${base}/:id`, { scopes: writeScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    archiveRecord(authOf(res).portal, type, param(req, 'id'), world.clock.now());
    res.status(204).end();
  });
}

function pageLimit(raw: string | undefined): number {
  if (raw === undefined) return 10;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw validationError(`limit must be between 1 and 100, got ${raw}`);
  return limit;
}

/** The `after` cursor of a list page: the last id of the previous page. */
function pageAfter(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw validationError(`Invalid paging cursor "after": ${raw}`);
  return Number(raw);
}

/** Looks a record up by id, or by another unique property (`idProperty`, e.g. email). */
export function findByIdProperty(portal: Portal, type: ObjectType, id: string, idProperty: string | undefined, archived: boolean): CrmObject {
  if (!idProperty || idProperty === 'hs_object_id') {
    const obj = portal.stores[type].get(id, archived);
    if (!obj) throw notFound('Object not found.  objectId are usually numeric.', { id: [id] });
    return obj;
  }
  if (!portal.properties[type].has(idProperty)) throw validationError(`Property "${idProperty}" does not exist`);
  for (const obj of portal.stores[type].values(archived)) if (obj.properties[idProperty] === id) return obj;
  throw notFound(`Object not found by ${idProperty}=${id}.`, { id: [id] });
}


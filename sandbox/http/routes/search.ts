import type { Express } from 'express';
import type { ObjectType } from '../../crm/object-types';
import { parseListParam, presentObject } from '../../crm/present';
import { searchObjects, type SearchRequest } from '../../crm/search';
import type { World } from '../../world';
import { authOf } from '../context';
import { defineRoute } from '../define';
import { objectTypeParam, readScopes } from '../object-params';

/** Properties the free-text `query` looks in. */
const TEXT_FIELDS: Readonly<Record<ObjectType, readonly string[]>> = {
  deals: ['dealname'],
  companies: ['name', 'domain'],
  contacts: ['firstname', 'lastname', 'email'],
  tickets: ['subject', 'content'],
  notes: ['hs_note_body'],
  tasks: ['hs_task_subject', 'hs_task_body'],
};

/** CRM search v3: its own 5/s limit, no rate-limit headers, 10,000-result cap. */
export function registerSearchRoutes(app: Express, world: World): void {
  defineRoute(app, world, 'post', '/crm/v3/objects/:type/search', { limit: 'search', scopes: readScopes() }, (req, res) => {
    const type = objectTypeParam(req);
    const { portal } = authOf(res);
    const body = (req.body ?? {}) as SearchRequest;
    const lookup = (name: string) => portal.properties[type].get(name);
    const page = searchObjects(portal.stores[type], lookup, TEXT_FIELDS[type], body);
    const props = parseListParam(body.properties);
    res.json({
      total: page.total,
      results: page.results.map((obj) => presentObject(portal, type, obj, props)),
      ...(page.nextAfter ? { paging: { next: { after: page.nextAfter } } } : {}),
    });
  });
}

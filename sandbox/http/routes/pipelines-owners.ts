import type { Express, Request } from 'express';
import type { Pipeline, PipelineStage } from '../../crm/pipelines';
import type { Portal } from '../../portal';
import type { World } from '../../world';
import { authOf, param, queryValue } from '../context';
import { defineRoute } from '../define';
import { notFound, SandboxHttpError, validationError } from '../errors';
import type { ScopeRule } from '../middleware';

const pipelineScopes: ScopeRule = (req) => {
  const type = param(req, 'type');
  if (type === 'tickets') return [['tickets']];
  return [['crm.objects.deals.read', 'crm.schemas.deals.read']];
};

/** Pipelines v3 (deals, tickets) and Owners v3. */
export function registerPipelineOwnerRoutes(app: Express, world: World): void {
  const base = '/crm/v3/pipelines/:type';
  defineRoute(app, world, 'get', base, { scopes: pipelineScopes }, (req, res) => {
    res.json({ results: pipelinesOf(req, authOf(res).portal).map((p) => presentPipeline(world, p)) });
  });
  defineRoute(app, world, 'get', `${base}/:pipelineId`, { scopes: pipelineScopes }, (req, res) => {
    res.json(presentPipeline(world, findPipeline(req, authOf(res).portal)));
  });
  defineRoute(app, world, 'get', `${base}/:pipelineId/stages`, { scopes: pipelineScopes }, (req, res) => {
    res.json({ results: presentPipeline(world, findPipeline(req, authOf(res).portal)).stages });
  });
  defineRoute(app, world, 'get', `${base}/:pipelineId/stages/:stageId`, { scopes: pipelineScopes }, (req, res) => {
    const stage = presentPipeline(world, findPipeline(req, authOf(res).portal)).stages.find((s) => s.id === param(req, 'stageId'));
    if (!stage) throw notFound(`Stage ${param(req, 'stageId')} does not exist.`);
    res.json(stage);
  });
  registerOwnerRoutes(app, world);
}

/** A pipeline as the API shows it; `stagesWithoutProbability` drops deal stages' `probability` (variant). */
function presentPipeline(world: World, pipeline: Pipeline): Pipeline {
  if (!world.variants.value.stagesWithoutProbability) return pipeline;
  const strip = (stage: PipelineStage): PipelineStage => {
    const { probability: _dropped, ...metadata } = stage.metadata;
    return { ...stage, metadata };
  };
  return { ...pipeline, stages: pipeline.stages.map(strip) };
}

function pipelinesOf(req: Request, portal: Portal): Pipeline[] {
  const type = param(req, 'type');
  if (type === 'deals' || type === 'deal' || type === '0-3') return portal.pipelines.deals;
  if (type === 'tickets' || type === 'ticket' || type === '0-5') return portal.pipelines.tickets;
  throw new SandboxHttpError(400, { message: `Object type ${type} has no pipelines in the sandbox (deals and tickets only).`, category: 'VALIDATION_ERROR' });
}

function findPipeline(req: Request, portal: Portal): Pipeline {
  const pipeline = pipelinesOf(req, portal).find((p) => p.id === param(req, 'pipelineId'));
  if (!pipeline) throw notFound(`Pipeline ${param(req, 'pipelineId')} does not exist.`, { pipelineId: [param(req, 'pipelineId')] });
  return pipeline;
}

function registerOwnerRoutes(app: Express, world: World): void {
  const scopes: ScopeRule = () => [['crm.objects.owners.read']];
  defineRoute(app, world, 'get', '/crm/v3/owners', { scopes }, (req, res) => {
    const { portal } = authOf(res);
    const limit = Number(queryValue(req, 'limit') ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw validationError(`limit must be between 1 and 500, got ${queryValue(req, 'limit')}`);
    const email = queryValue(req, 'email')?.toLowerCase();
    const archived = queryValue(req, 'archived') === 'true';
    const all = portal.owners.filter((o) => o.archived === archived && (!email || o.email.toLowerCase() === email));
    const offset = Number(queryValue(req, 'after') ?? 0) || 0;
    const page = all.slice(offset, offset + limit);
    res.json({ results: page, ...(offset + limit < all.length ? { paging: { next: { after: String(offset + limit) } } } : {}) });
  });
  defineRoute(app, world, 'get', '/crm/v3/owners/:ownerId', { scopes }, (req, res) => {
    const { portal } = authOf(res);
    const id = param(req, 'ownerId');
    const byUser = queryValue(req, 'idProperty') === 'userId';
    const archived = queryValue(req, 'archived') === 'true';
    const owner = portal.owners.find((o) => o.archived === archived && (byUser ? String(o.userId) === id : o.id === id));
    if (!owner) throw notFound(`Owner ${id} does not exist.`, { id: [id] });
    res.json(owner);
  });
}

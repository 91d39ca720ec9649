import type { Request } from 'express';
import { objectTypeInfo, resolveObjectType, type ObjectType } from '../crm/object-types';
import type { WriteContext } from '../crm/records';
import type { World } from '../world';
import { param } from './context';
import { SandboxHttpError, validationError } from './errors';
import type { ScopeRule } from './middleware';

/** The object type named by a path parameter, or 400 like HubSpot's "Unable to infer object type". */
export function objectTypeParam(req: Request, name = 'type'): ObjectType {
  const raw = param(req, name);
  const type = resolveObjectType(raw);
  if (!type) throw new SandboxHttpError(400, { message: `Unable to infer object type from: ${raw}`, category: 'VALIDATION_ERROR' });
  return type;
}

/** Scope rule: read access to the object type in path parameter `name`. */
export function readScopes(name = 'type'): ScopeRule {
  return (req) => {
    const type = resolveObjectType(param(req, name));
    return type ? [objectTypeInfo(type).readScopes] : [];
  };
}

/** Scope rule: write access to the object type in path parameter `name`. */
export function writeScopes(name = 'type'): ScopeRule {
  return (req) => {
    const type = resolveObjectType(param(req, name));
    return type ? [objectTypeInfo(type).writeScopes] : [];
  };
}

/** Writes through the API are attributed to the app (webhooks: changeSource INTEGRATION, sourceId = appId). */
export function apiWriteContext(world: World): WriteContext {
  return { now: world.clock.now(), source: { changeSource: 'INTEGRATION', sourceId: String(world.app.appId) } };
}

/** The `inputs` array of a batch body: 400 when missing, empty or over 100 entries. */
export function batchInputs<T = Record<string, unknown>>(body: unknown): T[] {
  const inputs = (body as { inputs?: unknown } | undefined)?.inputs;
  if (!Array.isArray(inputs)) {
    throw validationError('Invalid input JSON: "inputs" must be an array.', [{ message: 'inputs is required', code: 'REQUIRED_FIELD', in: 'inputs' }]);
  }
  // Batch endpoints take at most 100 inputs (fact sheet §5.7).
  if (inputs.length > 100) {
    const detail = { message: `Too many inputs: ${inputs.length}`, code: 'TOO_MANY_INPUTS', in: 'inputs' };
    throw validationError(`Batch input size ${inputs.length} exceeds the maximum of 100 inputs.`, [detail]);
  }
  for (const input of inputs) {
    if (typeof input !== 'object' || input === null) throw validationError('Invalid input JSON: every input must be an object.');
  }
  return inputs as T[];
}

import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/**
 * A routes module as an encapsulated plugin that declares what it stands on: the protections (limiters,
 * helmet's per-route options), the OpenAPI collector and authentication. Registered in the wrong order, start-up fails.
 */
export function routes(name: string, plugin: FastifyPluginAsync): FastifyPluginAsync {
  return fp(plugin, { name, encapsulate: true, dependencies: ['protections', 'openapi', 'authentication'] });
}

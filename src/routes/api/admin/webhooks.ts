import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MAX_LISTED_WEBHOOKS } from '../../../admin/webhooks.js';
import { currentActor } from '../../../http/authenticate.js';
import { requireAdmin } from '../../../http/guards.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import {
  CreateWebhookBody, DeliveryListQuery, DeliveryListResponse, TestDeliveryResponse, UpdateWebhookBody, WebhookIdParams, WebhookListResponse,
  WebhookResponse, WebhookWithSecretResponse,
} from '../../../schemas/webhook.js';
import { routes } from '../../plugin.js';

/** Admins register the endpoints that receive signed events, and read each one's delivery log. */
export default routes('webhook-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { webhooks } = app.services;
  // Authentication and authorization run on request, before the body is read or validated.
  const adminOnly = [app.authenticate, requireAdmin];
  const byId = { params: WebhookIdParams, security: BEARER };

  r.post('', {
    schema: {
      tags: ['admin'],
      summary: 'Register a webhook endpoint (admins only)',
      description: 'Answers the signing secret (whsec_…) this once. The URL is http(s), https in production unless WEBHOOK_ALLOW_PRIVATE=true; '
        + 'a literal private, loopback or link-local address or a local name is refused (400) unless WEBHOOK_ALLOW_PRIVATE=true. See docs/webhooks.md.',
      body: CreateWebhookBody,
      security: BEARER,
      response: { 201: WebhookWithSecretResponse, ...problems(400, 401, 403, 413, 415) },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    const created = await webhooks.create({ actor: currentActor(request), input: request.body });
    return reply.code(201).header('location', `/api/admin/webhooks/${created.webhook.id}`).send(created);
  });

  r.get('', {
    schema: {
      tags: ['admin'],
      summary: 'List webhook endpoints (admins only)',
      description: `Newest first, at most ${MAX_LISTED_WEBHOOKS}; never their secrets.`,
      security: BEARER,
      response: { 200: WebhookListResponse, ...problems(401, 403) },
    },
    onRequest: adminOnly,
  }, async () => ({ webhooks: await webhooks.list() }));

  r.get('/:id', {
    schema: {
      tags: ['admin'],
      summary: 'Read a webhook endpoint (admins only)',
      description: 'Without its secret. An unknown id is 404 webhook_not_found.',
      ...byId,
      response: { 200: WebhookResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: adminOnly,
  }, async (request) => ({ webhook: await webhooks.get(request.params.id) }));

  r.patch('/:id', {
    schema: {
      tags: ['admin'],
      summary: 'Change a webhook endpoint (admins only)',
      description: 'Any of url, events, description, enabled. Enabling clears failing_since; disabling fails its pending deliveries at their next turn.',
      body: UpdateWebhookBody,
      ...byId,
      response: { 200: WebhookResponse, ...problems(400, 401, 403, 404, 413, 415) },
    },
    onRequest: adminOnly,
  }, async (request) => ({ webhook: await webhooks.update({ actor: currentActor(request), id: request.params.id, changes: request.body }) }));

  r.delete('/:id', {
    schema: {
      tags: ['admin'],
      summary: 'Delete a webhook endpoint (admins only)',
      description: 'Its deliveries, pending ones included, go with it.',
      ...byId,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    await webhooks.remove({ actor: currentActor(request), id: request.params.id });
    return reply.code(204).send(null);
  });

  r.post('/:id/test', {
    schema: {
      tags: ['admin'],
      summary: 'Send a test event to a webhook endpoint (admins only)',
      description: 'Queues a webhook.test event for this endpoint only, subscribed or not; its delivery shows in the endpoint\'s deliveries.',
      ...byId,
      response: { 202: TestDeliveryResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: adminOnly,
  }, async (request, reply) => reply.code(202).send({ delivery_id: await webhooks.sendTest({ actor: currentActor(request), id: request.params.id }) }));

  r.get('/:id/deliveries', {
    schema: {
      tags: ['admin'],
      summary: 'A webhook endpoint\'s delivery log (admins only)',
      description: 'Newest first, keyset paging with after (the previous page\'s next); status filters. Payloads are not shown.',
      querystring: DeliveryListQuery,
      ...byId,
      response: { 200: DeliveryListResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: adminOnly,
  }, async (request) => webhooks.deliveries({ id: request.params.id, filter: request.query }));

  r.post('/:id/rotate-secret', {
    schema: {
      tags: ['admin'],
      summary: 'Replace a webhook endpoint\'s signing secret (admins only)',
      description: 'Answers the new secret this once; every attempt from now on, retries included, is signed with it.',
      ...byId,
      response: { 200: WebhookWithSecretResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: adminOnly,
  }, async (request) => webhooks.rotateSecret({ actor: currentActor(request), id: request.params.id }));
});

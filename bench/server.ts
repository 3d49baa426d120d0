/**
 * The benchmarks' baseline, in a process of its own so the load generator does not share its event loop:
 * a bare Fastify route on PORT answering {"status":"ok"} (and /health, so the harness can wait for it).
 */
import Fastify from 'fastify';

const app = Fastify();
app.get('/', async () => ({ status: 'ok' }));
app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.once('SIGTERM', () => process.exit(0));

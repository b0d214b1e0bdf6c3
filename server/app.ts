import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import { Limits } from '../common/limits';
import type { Config } from './config';
import type { Database } from './db/database';
import { createServices, publicPages, registerModuleRoutes, registerSchedules, type Services } from './modules/index';
import { type AdjustableClock, type Clock, createAdjustableClock, systemClock } from './platform/clock';
import { createPlatform, type PlatformContext } from './platform/context';
import { installAuthHook } from './platform/http/auth-hook';
import { frameworkErrors, installErrorHandler } from './platform/http/error-handler';
import { installInputGuard } from './platform/http/input-guard';
import { openApiTransform, openApiTransformObject } from './platform/http/openapi';
import { publicPageStatus } from './platform/http/public-pages';
import { memoizingSerializerCompiler } from './platform/http/serializer';
import type { Mailer } from './platform/notifications/notification.service';
import { registerPlatformRoutes } from './platform/platform.routes';
import { registerBackups } from './platform/backup/index';

z.config(z.locales.zhCN());

export interface AppDeps {
  config: Config;
  database: Database;
  logger: Logger;
  clock?: Clock;
  mailer?: Mailer;
}

export interface App {
  app: FastifyInstance;
  platform: PlatformContext;
  services: Services;
}

function findWebDir(config: Config): string | null {
  const candidates = [config.webDir, path.resolve('dist/web')].filter((d): d is string => !!d);
  return candidates.find((d) => fs.existsSync(path.join(d, 'index.html'))) ?? null;
}

/** The Fastify app with every module registered; tests use it through `app.inject`. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database, logger } = deps;
  const testClock: AdjustableClock | null = config.testClock ? createAdjustableClock() : null;
  const clock = deps.clock ?? testClock ?? systemClock;
  const platform = await createPlatform(config, database, clock, logger, deps.mailer);
  const services = await createServices(platform);
  registerSchedules(platform, services);

  const app: FastifyInstance = Fastify({
    // pino's Logger and Fastify's logger type differ only in optional members.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    // Only the configured proxies may name the client; otherwise X-Forwarded-For is ignored.
    trustProxy: config.trustProxy.length ? config.trustProxy : false,
    // JSON bodies; a route that takes pasted documents sets its own larger `bodyLimit`, and uploads
    // stream through multipart under Limits.uploadBytesMax.
    bodyLimit: Limits.jsonBodyBytesMax,
    // Bad addresses answer in the one error shape, naming `path`.
    frameworkErrors: (err, request, reply) => void frameworkErrors(err, request, reply),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(memoizingSerializerCompiler);
  installErrorHandler(app);
  installInputGuard(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: Limits.uploadBytesMax, files: 1, fields: 20, fieldSize: Limits.jsonBodyBytesMax, parts: 22 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Zhichan 知产 API', description: "REST API of the city IP platform. Sign in with POST /api/v1/org/auth/login; send the session's CSRF token in x-csrf-token on every state-changing request.", version: '1.0.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zhichan_session' } } },
      security: [{ session: [] }],
    },
    // The document groups the routes by module (the segment after /api/v1/ is the tag) and names
    // every operation; see openapi.ts.
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAuthHook(app, services.org.auth.resolver);
  // API answers (people, cases, exports) must not stay in browser or shared caches; the static
  // documentation may, and a route that chose its own caching (the public RSS feed) keeps it.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  registerPlatformRoutes(app, platform, testClock);
  registerModuleRoutes(app, platform, services);
  registerBackups(app, platform);

  const webDir = findWebDir(config);
  if (webDir) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: false, cacheControl: false });
    const indexHtml = fs.readFileSync(path.join(webDir, 'index.html'));
    const pages = publicPages(services);
    app.setNotFoundHandler(async (request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        return reply.code(404).send({ error: 'NOT_FOUND', message: '接口不存在' });
      }
      // Hashed assets are immutable; everything else is the single-page app, with a 404 status
      // for a public page naming a record that is not there.
      if (request.url.startsWith('/assets/')) return reply.code(404).send('not found');
      const status = await publicPageStatus(pages, request.url);
      return reply.code(status).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
    });
    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    });
  } else {
    app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'NOT_FOUND', message: '接口不存在' }));
  }
  return { app, platform, services };
}

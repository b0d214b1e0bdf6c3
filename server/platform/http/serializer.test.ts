import Fastify from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoizingSerializerCompiler } from './serializer';

async function appAnswering(values: () => unknown) {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(memoizingSerializerCompiler);
  app.get('/x', { schema: { response: { 200: z.object({ n: z.number() }) } } }, async () => values());
  await app.ready();
  return app;
}

describe('memoizingSerializerCompiler', () => {
  it('serialises a mutable value afresh each time', async () => {
    const value = { n: 1 };
    const app = await appAnswering(() => value);
    expect((await app.inject('/x')).json()).toEqual({ n: 1 });
    value.n = 2;
    expect((await app.inject('/x')).json()).toEqual({ n: 2 });
    await app.close();
  });

  it('still refuses a frozen value that breaks the response schema', async () => {
    const app = await appAnswering(() => Object.freeze({ n: 'one' }));
    expect((await app.inject('/x')).statusCode).toBe(500);
    await app.close();
  });

  it('checks and serialises a frozen value once, however often it is answered', async () => {
    let reads = 0;
    const value = Object.freeze({
      get n() {
        reads += 1;
        return 7;
      },
    });
    const app = await appAnswering(() => value);
    expect((await app.inject('/x')).body).toBe('{"n":7}');
    const readsForOne = reads;
    expect((await app.inject('/x')).body).toBe('{"n":7}');
    expect(reads).toBe(readsForOne);
    await app.close();
  });
});

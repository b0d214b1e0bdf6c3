import { serializerCompiler } from 'fastify-type-provider-zod';

type SerializerCompiler = typeof serializerCompiler;

/**
 * fastify-type-provider-zod's response serializer, remembering the JSON of frozen values: a
 * service that answers from a cache returns the same frozen object again, and checking and
 * stringifying it again would cost more than the rest of the request.
 */
export const memoizingSerializerCompiler: SerializerCompiler = (route) => {
  const serialize = serializerCompiler(route);
  const memo = new WeakMap<object, string>();
  return (data: unknown) => {
    if (data === null || typeof data !== 'object' || !Object.isFrozen(data)) return serialize(data);
    let json = memo.get(data);
    if (json === undefined) {
      json = serialize(data);
      memo.set(data, json);
    }
    return json;
  };
};

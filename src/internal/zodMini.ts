/**
 * The part of `zod/mini` the package uses at run time. The build bundles it into a file of its own
 * (dist/zod-mini.js, see tsup.config.ts) and points every `zod/mini` import of the built files at it:
 * the model's schema, parseModel's count reader and the report's options schema then load one copy
 * of zod, not one each (three copies were 136 KB to compile on every import of the package). The
 * sources import `zod/mini` as usual, so TypeScript checks them against zod itself; a function they
 * call that is not listed here is missing from the built files (test/package.test.ts loads every
 * file, and the tests of the schemas run against dist/), so list it here.
 */
export {
  array,
  boolean,
  describe,
  enum,
  extend,
  gt,
  gte,
  int,
  looseObject,
  lt,
  lte,
  minLength,
  nullable,
  number,
  optional,
  pipe,
  record,
  refine,
  strictObject,
  string,
  toLowerCase,
  trim,
  union,
  unknown,
  util,
} from 'zod/mini';

/**
 * `value instanceof type` for an error class that every copy of the package defines anew (its ESM and
 * CommonJS builds, a bundle, a second install). Each copy's constructor marks its errors with the same
 * registered symbol (`Symbol.for`), and its `Symbol.hasInstance` calls this, so an error from any
 * copy is an instance of every copy's class (zod 4 does the same for its classes). The marked class
 * extends Error itself; a subclass of it keeps the ordinary prototype test.
 *
 * The classes do not name themselves inside their bodies: esbuild would rename such a class
 * (`class _ModelError`), and errors would print as `_ModelError: ...`.
 */
export function isMarked(type: object, brand: symbol, value: unknown): boolean {
  if (Object.getPrototypeOf(type) !== Error) return Function.prototype[Symbol.hasInstance].call(type, value);
  return typeof value === 'object' && value !== null && (value as { [key: symbol]: unknown })[brand] === true;
}

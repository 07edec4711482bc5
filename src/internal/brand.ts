/**
 * `value instanceof type` for an error class that every copy of the package defines anew (its ESM and
 * CommonJS builds, a bundle, a second install). Each copy's constructor marks its errors with the same
 * registered symbol (`Symbol.for`), and its `Symbol.hasInstance` calls this, so an error from any
 * copy is an instance of every copy's class (zod 4 does the same for its classes). `base` is the marked
 * class itself; a subclass of it (`type`) keeps the ordinary prototype test.
 */
export function isMarked(type: object, base: object, brand: symbol, value: unknown): boolean {
  if (type !== base) return Function.prototype[Symbol.hasInstance].call(type, value);
  return typeof value === 'object' && value !== null && (value as { [key: symbol]: unknown })[brand] === true;
}

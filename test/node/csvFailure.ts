import { expect } from 'vitest';
import { CsvInputError } from '../../src/node/index.js';

/** The CsvInputError `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function failure(promise: Promise<unknown>): Promise<CsvInputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(CsvInputError);
    return error as CsvInputError;
  }
  throw new Error('expected a CsvInputError');
}

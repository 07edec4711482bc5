import { describe, expect, it } from 'vitest';
import { decimal } from '../../../src/node/folder/cells.js';

describe('decimal', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['12', 12],
    ['-3', -3],
    ['+3', 3],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1.5e2', 150],
    ['2E-1', 0.2],
  ])('reads %s as %d', (text, value) => {
    expect(decimal(text)).toBe(value);
  });

  it.each(['', '1,200', '0,5', '0x10', '1_000', 'Infinity', '1e999', 'NaN', '1 000', '12 h', '--1', '.'])('refuses %j', (text) => {
    expect(decimal(text)).toBeUndefined();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { numberFormat } from '../../src/internal/numberFormat.js';

describe('numberFormat', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('formats as en-US: thousands separated, rounded to the digits asked for', () => {
    expect(numberFormat({ maximumFractionDigits: 0 })(10156.4)).toBe('10,156');
    expect(numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 })(1234.5)).toBe('1,234.50');
    expect(numberFormat({ maximumSignificantDigits: 3 })(0.0012345)).toBe('0.00123');
  });

  it('makes its Intl.NumberFormat on the first call, not before, and only once', () => {
    const NumberFormat = Intl.NumberFormat;
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof NumberFormat>) {
      return new NumberFormat(...args);
    });
    const whole = numberFormat({ maximumFractionDigits: 0 });
    expect(made).not.toHaveBeenCalled();
    expect(whole(1.4)).toBe('1');
    expect(whole(2000)).toBe('2,000');
    expect(made).toHaveBeenCalledTimes(1);
    expect(made).toHaveBeenCalledWith('en-US', { maximumFractionDigits: 0 });
  });
});

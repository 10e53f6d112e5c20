import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from './i18n';

afterEach(() => vi.restoreAllMocks());

describe('numbers in messages', () => {
  it('are in the reader’s format', () => {
    expect(i18n.t('summary.partners', { count: 30000 })).toBe('30,000 partners');
  });

  it('reuse one formatter however many different counts are shown', () => {
    i18n.t('summary.partners', { count: 1 });
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let count = 2; count < 200; count += 1) i18n.t('summary.partners', { count, other: count * 3 });
    expect(made).not.toHaveBeenCalled();
  });
});

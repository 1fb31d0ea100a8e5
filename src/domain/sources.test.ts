import { describe, expect, it } from 'vitest';
import { isUnnamedOutlet } from './sources';

describe('isUnnamedOutlet', () => {
  it('recognises the placeholder of an article that names no outlet', () => {
    expect(isUnnamedOutlet({ outlet: { ar: 'غير معروف', en: 'unknown' } })).toBe(true);
    expect(isUnnamedOutlet({ outlet: { ar: 'غير معروف', en: ' Unknown ' } })).toBe(true);
  });

  it('takes a real outlet for what it is', () => {
    expect(isUnnamedOutlet({ outlet: { ar: 'إيلاف', en: 'Elaph' } })).toBe(false);
  });
});

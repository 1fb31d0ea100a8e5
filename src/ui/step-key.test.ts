import { describe, expect, it } from 'vitest';
import { stepKey } from './step-key';

const press = (
  key: string,
  code = '',
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => stepKey({ key, code, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('stepKey', () => {
  it('reads N as next and P as previous, either case', () => {
    expect(press('n', 'KeyN')).toBe('next');
    expect(press('P', 'KeyP')).toBe('previous');
  });

  it('finds N and P by their physical keys on an Arabic keyboard layout', () => {
    expect(press('ى', 'KeyN')).toBe('next');
    expect(press('ح', 'KeyP')).toBe('previous');
  });

  it('follows the printed letter on other Latin layouts', () => {
    expect(press('b', 'KeyN')).toBeNull();
    expect(press('n', 'KeyB')).toBe('next');
  });

  it('leaves other keys and combinations with Ctrl, Alt or Meta alone', () => {
    expect(press('x', 'KeyX')).toBeNull();
    expect(press('Escape', 'Escape')).toBeNull();
    expect(press('n', 'KeyN', { ctrlKey: true })).toBeNull();
    expect(press('p', 'KeyP', { metaKey: true })).toBeNull();
    expect(press('n', 'KeyN', { altKey: true })).toBeNull();
  });
});

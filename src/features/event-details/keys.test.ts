import { describe, expect, it } from 'vitest';
import { panelCommand } from './keys';

const press = (
  key: string,
  code = '',
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => panelCommand({ key, code, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('panelCommand', () => {
  it('reads N as next, P as previous and Escape as close', () => {
    expect(press('n', 'KeyN')).toBe('next');
    expect(press('P', 'KeyP')).toBe('previous');
    expect(press('Escape', 'Escape')).toBe('close');
  });

  it('finds N and P by their physical keys on an Arabic keyboard layout', () => {
    expect(press('ى', 'KeyN')).toBe('next');
    expect(press('ح', 'KeyP')).toBe('previous');
  });

  it('follows the printed letter on other Latin layouts', () => {
    expect(press('b', 'KeyN')).toBeNull();
    expect(press('n', 'KeyB')).toBe('next');
  });

  it('leaves key combinations with Ctrl, Alt or Meta to the browser', () => {
    expect(press('n', 'KeyN', { ctrlKey: true })).toBeNull();
    expect(press('p', 'KeyP', { metaKey: true })).toBeNull();
    expect(press('Escape', 'Escape', { altKey: true })).toBeNull();
  });

  it('ignores every other key', () => {
    expect(press('j', 'KeyJ')).toBeNull();
    expect(press('ArrowRight', 'ArrowRight')).toBeNull();
  });
});

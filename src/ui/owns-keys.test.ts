import { describe, expect, it } from 'vitest';
import { ownsKeys } from './owns-keys';

const element = (tagName: string, attributes: Record<string, string> = {}, inDialog = false) => ({
  tagName,
  getAttribute: (name: string) => attributes[name] ?? null,
  closest: () => (inDialog ? {} : null),
});

describe('ownsKeys', () => {
  it('leaves typing in text fields and selects alone', () => {
    expect(ownsKeys(element('INPUT'))).toBe(true);
    expect(ownsKeys(element('INPUT', { type: 'search' }))).toBe(true);
    expect(ownsKeys(element('TEXTAREA'))).toBe(true);
    expect(ownsKeys(element('SELECT'))).toBe(true);
    expect(ownsKeys(element('DIV', { role: 'combobox' }))).toBe(true);
  });

  it('leaves keys inside a dialog to the dialog', () => {
    expect(ownsKeys(element('BUTTON', {}, true))).toBe(true);
  });

  it('lets buttons, checkboxes and the page pass keys on', () => {
    expect(ownsKeys(element('BUTTON'))).toBe(false);
    expect(ownsKeys(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(ownsKeys(element('BODY'))).toBe(false);
    expect(ownsKeys(null)).toBe(false);
  });
});

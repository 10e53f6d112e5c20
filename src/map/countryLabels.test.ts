import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/languages';
import { countryLabelField } from './countryLabels';

/** What the country label layer writes for a label with these properties. */
function labelText(lang: Lang, properties: Record<string, string>): unknown {
  const parsed = createExpression(countryLabelField(lang), 'country-labels.layout.text-field');
  if (parsed.result !== 'success') throw new Error(parsed.value.map((error) => error.message).join('; '));
  return parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties });
}

describe('country labels', () => {
  it("name countries in the reader's language", () => {
    expect(labelText('sl', { code: 'SI', name: 'Slovenia' })).toBe('Slovenija');
    expect(labelText('sl', { code: 'HR', name: 'Croatia' })).toBe('Hrvaška');
    expect(labelText('de', { code: 'AT', name: 'Austria' })).toBe('Österreich');
    expect(labelText('el', { code: 'AT', name: 'Austria' })).toBe('Αυστρία');
  });

  it('name Kosovo by its user-assigned code XK', () => {
    expect(labelText('sl', { code: 'XK', name: 'Kosovo' })).toBe('Kosovo');
  });

  it('keep the built name for a label without a code', () => {
    expect(labelText('de', { name: 'Northern Cyprus' })).toBe('Northern Cyprus');
  });

  it('build one expression per language', () => {
    expect(countryLabelField('sl')).toBe(countryLabelField('sl'));
    expect(countryLabelField('sl')).not.toEqual(countryLabelField('de'));
  });
});

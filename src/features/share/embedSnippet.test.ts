import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
  it('writes an accessible iframe in embed mode, escaping what it quotes', () => {
    const snippet = embedSnippet('https://map.example/?programme=alpine-space', 'Map "A" & <B>', '100%', '600');
    expect(snippet).toBe(
      '<iframe src="https://map.example/?programme=alpine-space&amp;mode=embed&amp;controls=filters,list,legend" width="100%" height="600" title="Map &quot;A&quot; &amp; &lt;B>" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>',
    );
  });
});

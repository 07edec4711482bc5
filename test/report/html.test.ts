import { describe, expect, it } from 'vitest';
import { escapeHtml, html, rawHtml } from '../../src/report/html.js';

describe('escapeHtml', () => {
  it('turns the five characters that can end text or an attribute into entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('leaves other text alone', () => {
    expect(escapeHtml('Saint-Étienne 東京 ½')).toBe('Saint-Étienne 東京 ½');
  });
});

describe('html', () => {
  it('escapes interpolated text and keeps its own markup', () => {
    const name = '<script>alert(1)</script>';
    expect(html`<p title="${name}">${name}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });
  it('inserts markup made by html as it is, lists joined, and nothing for null, undefined and false', () => {
    const items = ['a&b', 'c'].map((each) => html`<li>${each}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}</ul>`.text).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });
  it('numbers as text', () => {
    expect(html`<rect width="${12.5}"/>`.text).toBe('<rect width="12.5"/>');
  });
  it('a string is always text, even one that looks like markup; only rawHtml is not', () => {
    expect(html`${'<b>'}${rawHtml('<i>')}`.text).toBe('&lt;b&gt;<i>');
  });
});

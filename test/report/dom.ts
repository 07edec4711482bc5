/**
 * A small view of a page parsed by parse5, the WHATWG-conformant HTML parser that jsdom uses: what a
 * browser would build from the markup, without a browser.
 */
import { parse, parseFragment } from 'parse5';

export interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
  content?: Node;
}

export const parsePage = (html: string): Node => parse(html) as unknown as Node;
export const parseSvg = (svg: string): Node => parseFragment(svg) as unknown as Node;

/** Every element below `node`, depth first, in document order. */
export function elements(node: Node): Node[] {
  const out: Node[] = [];
  const walk = (each: Node) => {
    for (const child of each.childNodes ?? []) {
      if (child.tagName) out.push(child);
      walk(child);
    }
    if (each.content) walk(each.content);
  };
  walk(node);
  return out;
}

export const attr = (node: Node, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;

/** The elements below `node` with this tag name and, if given, this class. */
export function find(node: Node, tag: string, className?: string): Node[] {
  return elements(node).filter(
    (each) => each.tagName === tag && (className === undefined || (attr(each, 'class') ?? '').split(' ').includes(className)),
  );
}

/** The text of a node and its descendants, as textContent. */
export function text(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(text).join('');
}

/** The element with this id. */
export function byId(node: Node, id: string): Node | undefined {
  return elements(node).find((each) => attr(each, 'id') === id);
}

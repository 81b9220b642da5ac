// An HTML page as saved from an e-paper site: the article body's text, with navigation, scripts,
// headers and footers dropped and block elements as line breaks, so the page splitter sees the
// same lines as in a text page.
import { parse, type HTMLElement } from 'node-html-parser';

const DROPPED = 'script, style, noscript, nav, header, footer, aside, form, iframe, select, button, [role=navigation]';
// Where e-paper sites put the article: the common containers first, the body last.
const BODY_SELECTORS = ['article', '#ozoom', '#content', '.content', '.article', '.article-content', '#article', '.text', 'main', 'body'];
const BLOCK = /^(p|div|br|h[1-6]|li|tr|section|article|table|ul|ol|blockquote|pre|founder-content|founder-title)$/i;

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 512));
}

function textWithBreaks(node: HTMLElement): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += child.text;
    else if (child.nodeType === 1) {
      const el = child as HTMLElement;
      const block = BLOCK.test(el.tagName ?? '');
      if (block) out += '\n';
      out += textWithBreaks(el);
      if (block) out += '\n';
    }
  }
  return out;
}

/** How deep a page's elements may nest: the parser and the text walk recurse once a level, and a
 * page nested thousands deep (no real article is) would run them out of stack. */
export const MAX_HTML_DEPTH = 1000;
// Elements that hold no others, or that pages leave unclosed (<p>text<p>text): they add no depth.
const FLAT = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|td|th|tr|dt|dd|option)$/i;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** The deepest nesting of the page's elements, read from its tags without parsing it. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[3] || FLAT.test(m[2] as string)) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** The article text of an HTML page; empty when it holds none. Throws a RangeError for a page
 * nested deeper than MAX_HTML_DEPTH (the caller reports it as that page's input error). */
export function htmlToText(html: string): string {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) throw new RangeError(`its elements nest ${depth} deep, more than the ${MAX_HTML_DEPTH} a page may`);
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  for (const el of root.querySelectorAll(DROPPED)) el.remove();
  let best: HTMLElement | null = null;
  for (const selector of BODY_SELECTORS) {
    const candidates = root.querySelectorAll(selector);
    best = candidates.sort((a, b) => b.text.length - a.text.length)[0] ?? null;
    if (best && best.text.trim().length > 0) break;
  }
  const text = textWithBreaks(best ?? root)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, lines) => line || (i > 0 && lines[i - 1]))
    .join('\n');
  return text.trim();
}

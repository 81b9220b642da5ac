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

/** The article text of an HTML page; empty when it holds none. */
export function htmlToText(html: string): string {
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

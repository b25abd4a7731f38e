/**
 * Saved web pages → text. The page is parsed (rehype-parse, never run: no
 * scripts, no fetches) and rendered as a browser's innerText would
 * (hast-util-to-text), so headings and paragraphs become lines. Page chrome
 * (navigation, header, footer, sidebars, forms) is dropped first.
 *
 * The page's <title> is not page text: a site adds its own name to it
 * ("... | Refworld"), and it often repeats the page's heading, so read as a
 * line it would be a profile of its own. It is returned apart, for the
 * report year it usually holds.
 */
import type { Element, Nodes, Root } from 'hast';
import { createRequire } from 'node:module';

type HtmlStack = { toText: typeof import('hast-util-to-text').toText; rehypeParse: typeof import('rehype-parse').default; unified: typeof import('unified').unified };
let stack: HtmlStack | null = null;

/**
 * The HTML parser (about 45 ms to load) is loaded only for a web page.
 * readDocument awaits this first; a synchronous caller that did not gets it
 * through require() of the ES modules (Node 20.19 and later).
 */
export async function loadHtmlStack(): Promise<HtmlStack> {
  if (!stack) {
    const [{ toText }, { default: rehypeParse }, { unified }] = await Promise.all([import('hast-util-to-text'), import('rehype-parse'), import('unified')]);
    stack = { toText, rehypeParse, unified };
  }
  return stack;
}

function htmlStack(): HtmlStack {
  if (!stack) {
    const require = createRequire(import.meta.url);
    stack = { toText: require('hast-util-to-text').toText, rehypeParse: require('rehype-parse').default, unified: require('unified').unified };
  }
  return stack;
}

// Elements that are never profile text on a report page.
const CHROME_ELEMENTS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'object', 'embed', 'svg', 'canvas', 'template', 'select', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);

function isChrome(node: Element): boolean {
  if (CHROME_ELEMENTS.has(node.tagName)) return true;
  const role = node.properties?.role;
  return typeof role === 'string' && CHROME_ROLES.has(role);
}

function dropChrome(node: Root | Element): void {
  node.children = node.children.filter((child) => child.type !== 'element' || !isChrome(child));
  for (const child of node.children) if (child.type === 'element') dropChrome(child);
}

function findElement(node: Nodes, tagName: string): Element | null {
  if (node.type === 'element' && node.tagName === tagName) return node;
  if (!('children' in node)) return null;
  for (const child of node.children) {
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return null;
}

export interface HtmlText {
  text: string;
  /** The page's <title>, white space collapsed; '' when there is none. */
  title: string;
}

export function htmlToText(html: string): HtmlText {
  const { toText, rehypeParse, unified } = htmlStack();
  const tree = unified().use(rehypeParse).parse(html);
  const title = findElement(tree, 'title');
  const body = findElement(tree, 'body') ?? tree;
  dropChrome(body);
  const titleText = title ? toText(title).replace(/\s+/g, ' ').trim() : '';
  const bodyText = toText(body, { whitespace: 'normal' })
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: bodyText + '\n', title: titleText };
}

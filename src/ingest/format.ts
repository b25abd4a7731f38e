/**
 * Which reader an input needs, from its bytes (the extension can lie: a saved
 * page named .txt, a PDF without extension). `--input-format` overrides.
 */
import { sniffUtf16 } from './decode.js';

export const INPUT_FORMATS = ['text', 'html', 'pdf'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

// Tags a saved page starts with, after an optional UTF-8 BOM (read here as Latin-1 bytes), white space and comments.
const HTML_START = /^(?:\u00EF\u00BB\u00BF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|section|h[1-6]|p)\b/i;

export function detectFormat(bytes: Uint8Array): InputFormat {
  // "%PDF-" may follow a few bytes of junk; readers accept it within the first 1024 bytes.
  const order = sniffUtf16(bytes);
  const head = order ? new TextDecoder(order).decode(bytes.subarray(0, 2048)) : new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (HTML_START.test(head)) return 'html';
  return 'text';
}

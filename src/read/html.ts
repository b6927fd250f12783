// A saved web page → text: block elements become lines, list items bullets, scripts and styles vanish.
// Pure; linear (every pattern is a tag or an entity, no nested quantifiers).

const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav'];
const BLOCK = /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|pre|section|table|tbody|td|th|thead|tr|ul)\b[^>]*>/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', apos: "'", bull: '•', copy: '©', gt: '>', hellip: '…', ldquo: '“', lsquo: '‘', lt: '<', mdash: '—',
  middot: '·', nbsp: ' ', ndash: '–', quot: '"', rdquo: '”', rsquo: '’', reg: '®', trade: '™',
};

export function htmlToText(html: string): string {
  return dropElements(html)
    // Source line breaks are spaces; only block elements break lines.
    .replace(/\s+/g, ' ')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '\n')
    .replace(BLOCK, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** An HTML document, not a text that mentions a tag. */
export const looksLikeHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html\b|<\?xml[^>]*>\s*<html\b)/i.test(text) || /<(?:body|div|p|ul|h[1-6])\b[^>]*>/i.test(text.slice(0, 4096)) && /<\/(?:body|div|p|ul|li)>/i.test(text);

// Comments and the elements whose content is not text, cut with indexOf: a lazy regex with a
// back-reference is quadratic on an unclosed "<script>" repeated many times.
function dropElements(html: string): string {
  let out = '';
  let i = 0;
  const lower = html.toLowerCase();
  // Once a closing mark is missing, it is missing for every later opening too: look for it only once.
  const unclosed = new Set<string>();
  while (i < html.length) {
    const open = lower.indexOf('<', i);
    if (open < 0) break;
    let close = -1;
    const name = lower.startsWith('<!--', open) ? '--' : DROPPED.find((n) => lower.startsWith(`<${n}`, open) && !/[a-z0-9-]/.test(lower[open + n.length + 1] ?? ''));
    if (name && !unclosed.has(name)) {
      close = name === '--' ? end(lower.indexOf('-->', open + 4), 3) : end(lower.indexOf(`</${name}`, open + 1), 0, lower);
      if (close < 0) unclosed.add(name);
    }
    if (close < 0) {
      out += html.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    out += html.slice(i, open);
    i = close;
  }
  return out + html.slice(i);
}

/** Where a found closing mark ends; -1 (keep the text) when there is none. */
function end(at: number, length: number, lower?: string): number {
  if (at < 0) return -1;
  if (!lower) return at + length;
  const gt = lower.indexOf('>', at);
  return gt < 0 ? -1 : gt + 1;
}

// A saved web page → text: block elements become lines, list items bullets, scripts and styles vanish.
// Pure; linear (every pattern is a tag or an entity, no nested quantifiers).

const DROP = /<(script|style|noscript|template|svg|head|nav)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|pre|section|table|tbody|td|th|thead|tr|ul)\b[^>]*>/gi;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', apos: "'", bull: '•', copy: '©', gt: '>', hellip: '…', ldquo: '“', lsquo: '‘', lt: '<', mdash: '—',
  middot: '·', nbsp: ' ', ndash: '–', quot: '"', rdquo: '”', rsquo: '’', reg: '®', trade: '™',
};

export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROP, '')
    // Source line breaks are spaces; only block elements break lines.
    .replace(/\s+/g, ' ')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '\n')
    .replace(BLOCK, '\n')
    .replace(/<[^>]*>/g, '')
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

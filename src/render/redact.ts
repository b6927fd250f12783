// Outputs meant to be published (Markdown for a pull request, CI annotations) mask personal details that a
// résumé line may carry: e-mail addresses, phone numbers, street addresses. `--no-redact` shows them.

const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
// "(555) 010-2345", "+1-555-010-2290", "07700 900123": 7 or more digits with the usual separators.
const PHONE = /(?<![\w/])\+?\d{0,3}[\s.-]?(?:\(\d{2,4}\)|\d{2,4})[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w/])/g;
// "1234 Main Street", "221B Baker St.": a house number, up to four words, a street word.
const STREET = /\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Straße|Strasse)\b\.?/g;

export function redact(text: string): string {
  return text.replace(EMAIL, '[email]').replace(STREET, '[address]').replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? '[phone]' : m));
}

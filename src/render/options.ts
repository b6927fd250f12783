export interface RenderOptions {
  /** Colour the terminal report (never in JSON or Markdown). */
  color: boolean;
  /** Mask e-mail addresses, phone numbers and street addresses in evidence (Markdown, annotations). */
  redact?: boolean;
}

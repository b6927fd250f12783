export interface RenderOptions {
  /** Colour the terminal report (never in JSON or Markdown). */
  color: boolean;
}

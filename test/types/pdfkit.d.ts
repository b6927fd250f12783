// The little of pdfkit (a devDependency without types) the tests use to write PDFs.
declare module 'pdfkit' {
  interface PDFDocumentOptions {
    ownerPassword?: string;
    userPassword?: string;
    pdfVersion?: string;
    info?: Record<string, unknown>;
  }
  export default class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    font(name: string): this;
    text(text: string): this;
    addContent(data: string): this;
    end(): void;
  }
}

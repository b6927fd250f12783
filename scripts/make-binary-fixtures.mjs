// Writes the binary fixtures: fixtures/pdf/*.pdf with pdfkit (a devDependency), résumés in the layouts that break
// PDF readers, and the bad PDFs fitscore must refuse clearly. Run: node scripts/make-binary-fixtures.mjs
// The ligature fixture embeds DejaVu Sans (Debian: fonts-dejavu-core) so that "fi" is set as one glyph;
// without the font it is left as it is.
import { existsSync, writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

const OUT = 'fixtures/pdf';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

function make(name, options, draw) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 50, info: { CreationDate: new Date(Date.UTC(2026, 0, 1)), Title: name }, ...options });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      writeFileSync(`${OUT}/${name}`, bytes);
      resolve(bytes);
    });
    draw(doc);
    doc.end();
  });
}

// Title left, dates right on the same baseline: a one-column résumé as LaTeX templates set it.
function entry(doc, { org, place, title, dates, bullets }, x = 50, width = 512) {
  const y = doc.y;
  doc.font('Helvetica-Bold').fontSize(11).text(org, x, y, { lineBreak: false });
  doc.font('Helvetica').fontSize(10).text(place, x, y, { width, align: 'right' });
  const y2 = doc.y;
  doc.font('Helvetica-Oblique').fontSize(10).text(title, x, y2, { lineBreak: false });
  doc.font('Helvetica').text(dates, x, y2, { width, align: 'right' });
  for (const b of bullets) doc.text(`•  ${b}`, x + 10, doc.y, { width: width - 10 });
  doc.moveDown(0.6);
}

function heading(doc, text, x = 50, width = 512) {
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(13).text(text, x, doc.y, { width }).moveDown(0.2);
}

const JOBS = [
  {
    org: 'Harborline Logistics', place: 'Seattle, WA', title: 'Senior Machine Learning Engineer', dates: 'Mar 2021 – Present',
    bullets: ['Built PyTorch models for delivery-time prediction, served from a Python service on Kubernetes.', 'Rebuilt the feature pipeline on Spark and Airflow; backfills went from nine hours to seventy minutes.'],
  },
  {
    org: 'Quillfeather Media', place: 'Portland, OR', title: 'Data Scientist', dates: 'Jun 2017 – Feb 2021',
    bullets: ['Trained recommendation models with scikit-learn and ran A/B tests on the home page.', 'Wrote SQL and Python data preparation jobs for the newsroom dashboards.'],
  },
];

function oneColumn(doc, { footer = false } = {}) {
  doc.font('Helvetica-Bold').fontSize(20).text('Avery Quinlan', { align: 'center' });
  doc.font('Helvetica').fontSize(10).text('avery.quinlan@example.com  |  (555) 010-4477  |  Tacoma, WA', { align: 'center' });
  heading(doc, 'Experience');
  for (const job of JOBS) entry(doc, job);
  heading(doc, 'Education');
  entry(doc, { org: 'Cascade Pacific University', place: 'Portland, OR', title: 'M.S. in Computer Science', dates: 'Aug 2015 – May 2017', bullets: [] });
  heading(doc, 'Skills');
  doc.font('Helvetica').fontSize(10).text('Python, SQL, Spark, PyTorch, scikit-learn, Airflow, Docker, Kubernetes');
  if (footer) doc.text('Avery Quinlan – 1/1', 50, 725, { width: 512, align: 'center', lineBreak: false });
}

function twoColumn(doc) {
  // A sidebar of 170 points and a main column; both hold prose, and their lines do not align.
  doc.font('Helvetica-Bold').fontSize(20).text('Rowan Achterberg', 50, 50, { width: 512 });
  const top = 90;
  doc.font('Helvetica-Bold').fontSize(12).text('Education', 50, top, { width: 160 });
  doc.font('Helvetica').fontSize(9.5).text('B.S. in Mathematics, Willamette Ridge College, 2014. Minor in statistics and a thesis on sampling methods for survey data.', 50, doc.y, { width: 160 });
  doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Skills', 50, doc.y, { width: 160 });
  doc.font('Helvetica').fontSize(9.5).text('Python and SQL every day for ten years; Spark and Airflow for batch pipelines; Tableau for the reports that managers read.', 50, doc.y, { width: 160 });
  doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Languages', 50, doc.y, { width: 160 });
  doc.font('Helvetica').fontSize(9.5).text('English and Dutch, both spoken and written at a professional level of fluency.', 50, doc.y, { width: 160 });
  doc.font('Helvetica-Bold').fontSize(12).text('Experience', 240, top + 3, { width: 322 });
  for (const [org, title, dates, text] of [
    ['Meridian Crest Health', 'Senior Data Engineer', 'Jan 2019 – Present', 'Designed the claims data warehouse and the Spark jobs that load it every night for the analytics team.'],
    ['Lumen Freight', 'Data Engineer', 'Jul 2014 – Dec 2018', 'Moved the reporting stack from cron scripts to Airflow and wrote the SQL models behind the freight dashboards.'],
  ]) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(10.5).text(`${title}, ${org}`, 240, doc.y, { width: 322 });
    doc.font('Helvetica').fontSize(9.5).text(dates, 240, doc.y, { width: 322 });
    doc.text(text, 240, doc.y, { width: 322 });
  }
}

await make('one-column.pdf', {}, (doc) => oneColumn(doc, { footer: true }));
await make('two-column.pdf', {}, twoColumn);
await make('encrypted.pdf', { userPassword: 'open-sesame', ownerPassword: 'owner-only' }, (doc) => oneColumn(doc));
await make('hyphenation.pdf', {}, (doc) => {
  // Words broken across lines with a hyphen, as justified LaTeX sets them.
  doc.font('Helvetica-Bold').fontSize(12).text('Experience');
  doc.font('Helvetica').fontSize(10).text('Platform Engineer, Northgate Freight | Jan 2018 – Dec 2022');
  for (const line of ['• Led the devel-', 'opment of the shipment tracking services in Go and', 'Kuber-', 'netes; cut on-call pages by half.']) doc.text(line);
});
await make('image-only.pdf', {}, (doc) => {
  // A scan has pictures of text and no text layer: here, grey bars where the lines would be.
  for (let y = 60; y < 700; y += 18) doc.rect(50, y, 300 + ((y * 7) % 200), 9).fill('#555555');
});
const full = await make('multi-page.pdf', {}, (doc) => {
  oneColumn(doc);
  doc.text('Page 1 of 2', 50, 725, { width: 512, align: 'center', lineBreak: false });
  doc.addPage();
  heading(doc, 'Projects');
  doc.font('Helvetica').fontSize(10).text('tidyroute: an open-source Python package for cleaning noisy GPS traces before map matching.');
  doc.text('Page 2 of 2', 50, 725, { width: 512, align: 'center', lineBreak: false });
});
writeFileSync(`${OUT}/truncated.pdf`, full.subarray(0, Math.floor(full.length * 0.45)));
writeFileSync(`${OUT}/not-a-pdf.pdf`, 'This file is named .pdf, but it is plain text: a résumé someone renamed.\nExperience\nClerk, Acme | 2019 – 2021\n');
if (existsSync(DEJAVU)) {
  await make('ligatures.pdf', {}, (doc) => {
    doc.registerFont('DejaVu', DEJAVU).font('DejaVu').fontSize(11);
    doc.text('Experience', { underline: false }).moveDown(0.3);
    doc.text('Workflow Engineer, Fieldfare Systems | Feb 2020 – Present');
    doc.text('• Profiled and fixed the official financial reporting workflows; certified on the new platform.', { width: 300 });
    doc.text('• Led the infrastructure migration for the efficient, high-throughput data ingestion service that our customers rely on every day.', { width: 300 });
  });
} else console.warn(`${DEJAVU} is missing: ligatures.pdf left as it is`);
console.log('fixtures/pdf written');

// A Word résumé, zipped by hand (fflate) from the three parts Word needs: one paragraph a line.
const { zipSync, strToU8 } = await import('fflate');
const paragraphs = [
  'Morgan Ellery', 'morgan.ellery@example.com', '', 'Experience',
  'Staff Accountant, Harrowgate Supply Co. | 03/2021 – Present',
  '• Closed the books monthly in QuickBooks and reconciled the general ledger; built Excel pivot tables for the controller.',
  'Audit Associate, Pell & Brandt LLP | 09/2017 – 02/2021',
  '• Audited manufacturing clients under US GAAP.',
  '', 'Education', "Bachelor's degree in Accounting, Grand Valley State University, 2017",
  '', 'Certifications', 'CPA, State of Michigan',
];
const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('');
const docx = zipSync(
  {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  },
  { mtime: new Date(Date.UTC(2026, 0, 1)) },
);
writeFileSync('fixtures/documents/resumes/accountant.docx', docx);
console.log('fixtures/documents/resumes/accountant.docx written');

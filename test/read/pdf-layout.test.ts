import { describe, expect, it } from 'vitest';
import { documentText, pageLines, type TextItem } from '../../src/read/pdf-layout';

const item = (text: string, x: number, y: number, size = 10): TextItem => ({ text, x, y, width: text.length * size * 0.5, size });
const page = (items: TextItem[]) => ({ width: 612, height: 792, items });

describe('PDF layout', () => {
  it('keeps a right-aligned date on its title line, three spaces apart', () => {
    expect(pageLines(page([item('Data Engineer', 50, 700), item('Jan 2019 – Present', 480, 700), item('Built pipelines in Spark and Airflow for the data team', 60, 686)]))).toEqual([
      'Data Engineer   Jan 2019 – Present',
      'Built pipelines in Spark and Airflow for the data team',
    ]);
  });

  it('reads two columns one after the other', () => {
    const left = ['Skills in Python and SQL', 'and Spark for the batch jobs', 'that feed the daily reports'].map((t, i) => item(t, 50, 700 - i * 12));
    const right = ['Senior Engineer at Acme since 2019', 'built the payment service in Go', 'and ran it on Kubernetes for years'].map((t, i) => item(t, 320, 705 - i * 13));
    expect(pageLines(page([...left, ...right]))).toEqual(['', ...left.map((i) => i.text), '', ...right.map((i) => i.text)]);
  });

  it('puts a name that spans the gutter before both columns', () => {
    const left = ['Skills in Python and SQL', 'and Spark for the batch jobs', 'that feed the daily reports'].map((t, i) => item(t, 50, 700 - i * 12));
    const right = ['Senior Engineer at Acme since 2019', 'built the payment service in Go', 'and ran it on Kubernetes for years'].map((t, i) => item(t, 320, 705 - i * 13));
    const lines = pageLines(page([item('Jordan Example Longname Person', 200, 760, 20), ...left, ...right]));
    expect(lines[0]).toBe('Jordan Example Longname Person');
  });

  it('does not take right-aligned dates for a second column', () => {
    const items = [0, 1, 2, 3].flatMap((i) => [item(`Engineer number ${i} at a company with a long name`, 50, 700 - i * 40), item(`Jan 201${i} – Dec 201${i + 1}`, 470, 700 - i * 40)]);
    expect(pageLines(page(items)).filter(Boolean)).toHaveLength(4);
  });

  it('drops a running footer that repeats on every page and rejoins hyphenated words', () => {
    const p1 = page([item('Experience with devel-', 50, 700), item('opment of services', 50, 688), item('Jane Doe – Page 1', 50, 40)]);
    const p2 = page([item('Education', 50, 700), item('Jane Doe – Page 2', 50, 40)]);
    expect(documentText([p1, p2])).toBe('Experience with development\nof services\n\nEducation');
  });
});

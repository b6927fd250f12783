import { describe, expect, it } from 'vitest';
import { findSkills, skillNames } from '../../src/find/skills';
import { getKnowledge } from '../../src/knowledge/index';

const names = (text: string, list = false) => skillNames(findSkills(text, getKnowledge(), { list }));

describe('skills named in a sentence', () => {
  it.each([
    ['Experience with Go and Rust', ['Go', 'Rust']],
    ['R and SAS for statistical analysis', ['R', 'SAS', 'Statistics']],
    ['Built mobile apps in React Native', ['React Native']],
    ['Deployed on k8s with Helm', ['Kubernetes', 'Helm']],
    ['Trained models with sklearn and PyTorch', ['scikit-learn', 'PyTorch']],
    ['Wrote ETL jobs in PySpark on Postgres', ['ETL', 'PySpark', 'PostgreSQL']],
    ['Services in Node.js and C++ with CI/CD', ['Node.js', 'C++', 'CI/CD']],
    ['Ran A/B tests on the checkout page', ['A/B Testing']],
    ['Python/Scala data pipelines', ['Python', 'Scala', 'Data Pipelines']],
    ['Built APIs in C# on .NET', ['C#', '.NET']],
    ['ML models in production', ['Machine Learning']],
    ['Designed data pipelines feeding feature stores', ['Data Pipelines', 'Feature Engineering']],
    ['Experience in Go', ['Go']],
    ['Reproducible builds with Nix and Bazel', ['Nix', 'Bazel']],
    ['Services on *nix and AWS', ['AWS']],
    ['Wrote PEP8-compliant Python code', ['PEP 8', 'Python']],
    ['Tracked campaign KPIs in Google Analytics', ['Google Analytics']],
    ['Configured Emacs for daily development', ['Emacs']],
    ['Assisted patients with ADLs, bathing and feeding', ['Activities of Daily Living']],
    // Libraries are their own skills; each shows the technique.
    ['Trained gradient-boosted models with LightGBM and XGBoost', ['Gradient Boosting', 'LightGBM', 'XGBoost']],
    ['Built APIs in Laravel, charts in Epic', ['Laravel', 'Epic']],
  ])('finds the skills of "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'A go-getter attitude and a can-do spirit',
    'Able to react quickly to changing priorities',
    'React quickly to customer feedback',
    'Helped spark curiosity in every student',
    'Excellent organisational skills',
    'Led the R&D team through two reorganisations',
    'We go the extra mile for our clients',
    'Swift turnaround on every request',
    'Rust-coloured bricks and mortar',
    'Delivered an excellent customer experience at the front desk',
    // From the review of the derived names (2026-11-26).
    'Followed source code management best practices',
    'EAD holders and green card holders welcome',
    'A strong networker and relationship builder',
    'Monitored HDL and LDL cholesterol levels',
    'Evaluated models with ROC curves',
    'Set up your workspace the way you like it',
    'References: Jasmin Becker and Shen Zhang',
  ])('finds no technical skill in "%s"', (text) => {
    const tech = names(text).filter((n) => !['Customer Service', 'Communication', 'Leadership'].includes(n));
    expect(tech).toEqual([]);
  });

  it('accepts guarded names in a skills list', () => {
    expect(names('Go, Rust, Swift', true)).toEqual(['Go', 'Rust', 'Swift']);
  });

  it('keeps the words as written for a wording gap', () => {
    const [mention] = findSkills('Ran workloads on k8s', getKnowledge());
    expect(mention).toMatchObject({ name: 'Kubernetes', text: 'k8s' });
  });
});

describe('spoken languages: the name counts beside a cue ("fluent", "bilingual") or in a list', () => {
  it.each([
    ['Bilingual Spanish preferred.', ['Spanish']],
    ['Fluent in German and French; Python a plus.', ['French', 'German', 'Python']],
    ['Must speak Mandarin or Cantonese.', ['Cantonese', 'Mandarin']],
    ['Native Chinese speaker.', ['Chinese']],
    ['Proficiency in ASL required.', ['American Sign Language']],
    ['Written and spoken Japanese (JLPT N2).', ['Japanese']],
    ['Portuguese (B2) and Italian (C1).', ['Italian', 'Portuguese']],
  ])('"%s" → %j', (text, expected) => {
    expect(names(text).sort()).toEqual(expected);
  });

  it.each([
    'Our German headquarters are in Berlin.',
    'Polish your résumé before you apply.',
    'Experience with Polish and Czech clients.',
    'Serving French fries and Greek salads.',
    'A Dutch auction for Turkish carpets.',
    'Fluent English required.',
  ])('none in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('a list needs no cue: a Languages section of a résumé', () => {
    expect(names('Spanish, Portuguese, Tagalog', true).sort()).toEqual(['Portuguese', 'Spanish', 'Tagalog']);
  });
});

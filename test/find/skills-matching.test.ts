// How skill names are matched: spellings, inflections, punctuation, compounds, shared words in lists, the
// derived breadth (O*NET, ESCO, linguist), and the ambiguous words that must not match, side by side.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSkills, sameWording, skillNames } from '../../src/find/skills';
import { getKnowledge } from '../../src/knowledge/index';
import { extractPosting } from '../../src/posting/extract';

const kb = getKnowledge();
const names = (text: string, list = false) => skillNames(findSkills(text, kb, { list }));

describe('ambiguous words, both ways', () => {
  it.each([
    ['Experience with Go and Rust', ['Go', 'Rust']],
    ['Statistical reporting in R and SAS', ['R', 'SAS']],
    ['Shipped React Native apps', ['React Native']],
    ['Puppet and Chef for configuration', ['Puppet', 'Chef']],
    ['Experience with Slack and Jira', ['Slack', 'Jira']],
    ['Proficient in Word and Excel', ['Microsoft Word', 'Excel']],
    ['Photoshop and Illustrator', ['Photoshop', 'Adobe Illustrator']],
    ['Knowledge of R & Python', ['R', 'Python']],
    ['Programming in C & C++', ['Programming', 'C', 'C++']],
    ['You know statistics', ['Statistics']],
    ['Monitoring and alerting with Prometheus', ['Monitoring', 'Prometheus']],
    ['We use React to build our front end', ['React']],
    ['Advanced Excel in a finance setting', ['Excel']],
    ['Experience in R & C', ['R', 'C']],
    ['Experience with LLM agents and Jenkins agents', ['Large Language Models', 'Jenkins']],
  ])('finds %j in "%s"', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    'A go-getter attitude',
    'Led R&D projects for two years',
    'React quickly to incidents',
    'Head chef at a busy restaurant',
    'Cut the team some slack',
    'Word of mouth referrals matter',
    'Excel at client work',
    'Excel in a fast-paced team',
    'SOPs for the R & D team',
    'Experience in R & D',
    'Promoted to Chef in 2019',
    'Registered Nurse, Aurora Health Care, Milwaukee, WI',
    'Raised $2M from top-tier VCs',
    'Our product input: usage statistics and field observations',
    'Top 4% in a retail sales forecasting competition',
    'Monitoring, Evaluation and Learning officer',
    'The team lead will take the helm',
    'Principal Cloud Architect',
  ])('finds no technical skill in "%s"', (text) => expect(names(text)).toEqual([]));
});

describe('spellings', () => {
  it.each([
    ['Deployed nodejs services', 'Node.js', 'nodejs'],
    ['Deployed NodeJS services', 'Node.js', 'NodeJS'],
    ['Deployed node.js services', 'Node.js', 'node.js'],
    ['Used reactjs', 'React', 'reactjs'],
    ['Models in scikit learn', 'scikit-learn', 'scikit learn'],
    ['Models in scikitlearn', 'scikit-learn', 'scikitlearn'],
    ['Worked on k8s', 'Kubernetes', 'k8s'],
    ['Postgres databases', 'PostgreSQL', 'Postgres'],
    ['Services in golang', 'Go', 'golang'],
    ['java and javascript', 'Java', 'java'],
    ['Tagged amazon-web-services', 'AWS', 'amazon-web-services'],
    ['Vue js front ends', 'Vue', 'Vue js'],
    ['Financial reports in Oracle Java', 'Java', 'Oracle Java'],
    ['Designs in Adobe Photoshop', 'Photoshop', 'Adobe Photoshop'],
  ])('reads "%s" as %s, keeping the words "%s"', (text, name, surface) => {
    expect(findSkills(text, kb).find((m) => m.name === name)?.text).toBe(surface);
  });

  it.each([
    ['Built REST APIs and data pipelines', ['REST APIs', 'Data Pipelines']],
    ['Fine-tuned LLMs', ['Large Language Models']],
    ['Charted in EHRs', ['Electronic Health Records']],
    ['Wrote unit tests for the parser', ['Unit Testing']],
  ])('reads the plural or inflected form in "%s"', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('a list of names in small letters', () => {
  it.each([
    ['Skills: aws, docker, gcp, sql, react', ['AWS', 'Docker', 'GCP', 'SQL', 'React']],
    ['swift/objective-c, react/redux, html/css', ['Swift', 'Objective-C', 'React', 'Redux', 'HTML', 'CSS']],
    ['typescript javascript node.js react go', ['TypeScript', 'JavaScript', 'Node.js', 'React', 'Go']],
    ['reactjs php mysql', ['React', 'PHP', 'MySQL']],
  ])('reads every name of "%s" in a list', (text, expected) => expect(names(text, true)).toEqual(expected));

  it.each([
    ['react quickly to change, go-getter', true],
    ['Tools: aws and a go-getter attitude', true],
    ['aws gcp sql react go', false],
  ])('keeps the case guard where a line holds other words, or in prose: "%s" (list: %s)', (text, list) => {
    expect(names(text, list).filter((n) => ['React', 'Go', 'AWS', 'GCP', 'SQL'].includes(n))).toEqual([]);
  });
});

describe('roles: the candidate\'s, or other people\'s', () => {
  it.each([
    ['We are looking for high calibre DevOps engineers', ['DevOps']],
    ['3+ years of experience as a data scientist', ['Data Science']],
    ['Collaborated with data scientists to deploy PyTorch models', ['PyTorch']],
    ['You will partner with data scientists and ML engineers', []],
    ['Join our growing team of Bioinformatics specialists', []],
  ])('"%s" names %j', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('compounds and lists', () => {
  it.each([
    ['Wrote C/C++ drivers', ['C', 'C++']],
    ['Built CI/CD pipelines', ['CI/CD']],
    ['Ran A/B tests on checkout', ['A/B Testing']],
    ['Python/Scala services', ['Python', 'Scala']],
    ['Holds an active TS/SCI clearance', []],
  ])('reads the compound in "%s" as %j', (text, expected) => expect(names(text)).toEqual(expected));

  it('splits "written and oral communication" into both, each spanning its own words', () => {
    const mentions = findSkills('Strong written and oral communication skills', kb);
    expect(mentions.map((m) => [m.name, m.text])).toEqual([
      ['Communication', 'written and oral communication'],
      ['Communication', 'oral communication'],
    ]);
  });

  it('splits "unit, integration and end-to-end tests" into the kinds it names', () => {
    expect(names('Wrote unit, integration and end-to-end tests')).toEqual(['Unit Testing', 'Software Testing']);
  });

  it('does not split a list whose words make no known phrase with the last words', () => {
    expect(names('Fast and reliable data pipelines')).toEqual(['Data Pipelines']);
  });
});

describe('breadth from O*NET, ESCO and linguist', () => {
  it.each([
    ['Analysis in MATLAB and Minitab', ['MATLAB', 'Minitab']],
    ['Drafting in AutoCAD', ['AutoCAD']],
    ['Experience with Erlang and Elixir', ['Erlang', 'Elixir']],
    ['Reports in SAP and Xero', ['SAP', 'Xero']],
    ['Supply chain management and procurement management', ['Supply Chain Management', 'Procurement Management']],
  ])('finds %j in "%s"', (text, expected) => expect(names(text)).toEqual(expected));

  it.each(['Follow us on LinkedIn and Facebook', 'Email your CV to jobs@example.com', 'Our workflow is simple', 'Part of our DNA'])(
    'leaves out the names that read as everyday words: "%s"',
    (text) => expect(names(text)).toEqual([]),
  );
});

describe('the seed posting', () => {
  const seed = readFileSync('fixtures/documents/postings/seed-capital-one-senior-mle.txt', 'utf8');
  const posting = extractPosting(seed);

  it('resolves every named skill to one canonical skill', () => {
    const asked = [...new Set([...posting.skills.map((s) => s.name), ...posting.requirements.flatMap((r) => r.skills ?? [])])];
    for (const name of asked) expect(kb.byName.has(name), name).toBe(true);
    expect(asked).toEqual(expect.arrayContaining(['Docker', 'SQL', 'Python', 'PyTorch', 'Scala', 'Java', 'scikit-learn', 'Apache Spark', 'TensorFlow', 'Dask', 'Nomad']));
  });

  it.each([
    ['docker-compose stacks', 'Docker'],
    ['Postgres and MySQL', 'SQL'],
    ['python3 tooling', 'Python'],
    ['Lightning models in PyTorch Lightning', 'PyTorch'],
    ['sklearn pipelines', 'scikit-learn'],
    ['PySpark on EMR', 'Apache Spark'],
    ['Tensorflow 2 models', 'TensorFlow'],
    ['Scala services', 'Scala'],
    ['J2EE services', 'Java'],
  ])('matches a résumé that writes it differently: "%s" shows %s', (text, skill) => {
    const shown = findSkills(text, kb).flatMap((m) => [m.name, ...kb.skills[kb.byName.get(m.name)!]!.implies]);
    expect(shown).toContain(skill);
  });
});

describe('wording', () => {
  it.each([
    ['Node.js', 'NodeJS', true],
    ['REST API', 'REST APIs', true],
    ['scikit-learn', 'Scikit Learn', true],
    ['C++', 'C', false],
    ['k8s', 'Kubernetes', false],
    ['Postgres', 'PostgreSQL', false],
  ])('"%s" and "%s" are the same wording: %s', (a, b, same) => expect(sameWording(a, b)).toBe(same));

  it('keeps what the résumé wrote, for a report to suggest the posting\'s wording', () => {
    const [posting] = findSkills('Experience with Kubernetes', kb);
    const [resume] = findSkills('Ran workloads on k8s', kb);
    expect(posting!.name).toBe(resume!.name);
    expect(sameWording(posting!.text, resume!.text)).toBe(false);
  });
});

describe('spoken languages, posting against résumé', () => {
  const posting = 'Customer Service Representative\n\nRequirements:\n- 2+ years of customer service experience\n- Bilingual in Spanish and English required\n- Fluent Chinese\n';
  const verdicts = async (resume: string) => {
    const { analyze } = await import('../../src/analyze');
    const report = analyze({ posting: { text: posting, source: 'p' }, resume: { text: resume, source: 'r' } }, { asOf: '2026-11' });
    return report.requirements.filter((r) => r.text.includes('Spanish') || r.text.includes('Chinese')).map((r) => [r.skills, r.status]);
  };
  const job = 'Experience\nCustomer Service Representative, Acme Corp, Jan 2020 - Present\n- Resolved customer issues by phone\n';

  it('a Languages section meets them; Mandarin shows Chinese', async () => {
    expect(await verdicts(`${job}\nLanguages\nSpanish (native), Mandarin, English\n`)).toEqual([
      [['Spanish'], 'met'],
      [['Chinese'], 'met'],
    ]);
  });

  it('a résumé that names neither misses both (English asks for nothing: it is left out)', async () => {
    expect(await verdicts(job)).toEqual([
      [['Spanish'], 'missing'],
      [['Chinese'], 'missing'],
    ]);
  });
});

describe('a product shows its family; the family does not show the product', () => {
  const verdict = async (posting: string, resume: string) => {
    const { analyze } = await import('../../src/analyze');
    const r = analyze(
      { posting: { text: `Requirements:\n- ${posting}\n`, source: 'p' }, resume: { text: `Experience\nEngineer, Acme, Jan 2020 - Present\n- ${resume}\n`, source: 'r' } },
      { asOf: '2026-11' },
    );
    return r.requirements[0]!.status;
  };
  it.each([
    ['3+ years of PHP', 'Built APIs in Laravel', 'met'],
    ['Experience with Laravel', 'Built APIs in PHP', 'missing'],
    ['Experience with electronic health records', 'Charted in Epic', 'met'],
    ['Experience with Epic', 'Charted in Cerner', 'missing'],
    ['Experience with Git', 'Code reviews on GitHub', 'met'],
    ['Experience with Ruby on Rails', 'Wrote Ruby scripts', 'missing'],
    ['Experience with gradient boosting', 'Churn models with XGBoost', 'met'],
    ['Experience with LightGBM', 'Churn models with XGBoost', 'missing'],
    ['Experience with test-driven development', 'Wrote Python services as a software engineer', 'missing'],
    ['Software engineering experience', 'Practised TDD on every service', 'met'],
    ['Experience with Kanban', 'Ran Scrum ceremonies', 'missing'],
    ['Agile experience', 'Ran the team\'s Kanban board', 'met'],
    ['Experience with Java EE', 'Wrote Java services', 'missing'],
    ['3+ years of Java', 'Built EJB and JSP applications', 'met'],
    ['Experience with Terraform', 'Wrote infrastructure as code in Pulumi', 'missing'],
    ['Experience with infrastructure as code', 'Provisioned AWS with Terraform', 'met'],
    ['Experience with Amazon S3', 'Deployed services on AWS', 'missing'],
    ['AWS experience', 'Stored data in S3 and ran EC2 fleets', 'met'],
    ['Experience with EKS', 'Ran Kubernetes clusters', 'missing'],
    ['Kubernetes experience', 'Ran workloads on GKE', 'met'],
    ['Experience with Git', 'Kept everything under version control', 'missing'],
    ['Experience with version control', 'Branching strategies in Git', 'met'],
    ['Experience with SQL Server', 'Wrote SQL reports', 'missing'],
    ['SQL experience', 'Tuned T-SQL procedures', 'met'],
    ['Experience with Linux', 'Administered Unix servers', 'missing'],
    ['Linux experience', 'Administered RHEL servers', 'met'],
    ['Python experience', 'Batch jobs in PySpark', 'met'],
    ['Experience with cloud platforms such as AWS or GCP', 'Deployed services on Azure', 'met'],
    // "EMR": the skills beside it choose its sense.
    ['Experience with EHR systems', 'Documented care in the EMR', 'met'],
    ['Experience with Amazon EMR', 'Ran Spark jobs on EMR', 'met'],
    ['Experience with electronic health records', 'Ran Spark jobs on EMR', 'missing'],
    ['Telemetry unit experience', 'Monitored telemetry for 24 patients', 'met'],
    ['Telemetry unit experience', 'Ingested GPS telemetry through Kafka into Spark', 'missing'],
    ['Telemetry unit experience', 'Monitored telemetry on a 30-bed unit; tracked KPIs in Power BI', 'met'],
    ['Experience with Amazon EMR', 'Built HL7 interfaces to the EMR in Java', 'missing'],
    ['Experience with EHR systems', 'Charted in the EMR; built Excel and SQL reports', 'met'],
    ['4+ years of programming experience in Python, Scala, or Java', 'Wrote services in C++', 'missing'],
    ['Great expertise in TypeScript or at least JavaScript', 'Built apps in JavaScript', 'met'],
  ])('posting "%s", résumé "%s": %s', async (posting, resume, status) => {
    expect(await verdict(posting, resume)).toBe(status);
  });
});

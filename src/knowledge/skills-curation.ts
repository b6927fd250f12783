// Hand-written choices that steer scripts/generate-skills.ts when it derives skills from O*NET, ESCO and
// linguist (src/knowledge/generated/skills-generated.ts). Read only by that script, never at run time.
// To edit: add a lower-case spelling to GENERATED_EXCLUDED when the eval (npm run eval -- --show 40) shows it
// as a false positive, then run `npm run knowledge:generate` (needs ../shared/corpus).

/** Vendor names that lead O*NET product names: "Adobe Photoshop" is also written "Photoshop". Sorted. */
export const ONET_VENDORS: readonly string[] = [
  'ABB', 'Accelrys', 'Adobe', 'ADP', 'Allscripts', 'Amazon', 'ANSYS', 'Apache', 'Apple', 'Atlassian', 'Autodesk',
  'Avid', 'Avid Technology', 'Bentley', 'Bentley Systems', 'Blackbaud', 'BMC Software', 'Borland', 'CA', 'Cadence',
  'Cerner', 'Cisco', 'Cisco Systems', 'Citrix', 'Corel', 'Dassault Systemes', 'EBSCO', 'Elite Software',
  'Embarcadero', 'EMC', 'Epicor', 'ESRI', 'Experian', 'FANUC', 'FANUC Robotics', 'GE', 'GE Healthcare',
  'Golden Software', 'Google', 'Hewlett Packard', 'Hewlett-Packard', 'Hewlett-Packard HP', 'HP', 'IBM', 'Infor',
  'Informatica', 'Intergraph', 'Intuit', 'LexisNexis', 'McAfee', 'McKesson', 'Mentor Graphics', 'Meta', 'Microsoft',
  'Mozilla', 'MSC Software', 'National Instruments', 'Novell', 'Oracle', 'PerkinElmer', 'PTC', 'Quest Software',
  'Red Hat', 'RockWare', 'Sage', 'SAP', 'Schlumberger', 'Siemens', 'Sun Microsystems', 'SunGard', 'Symantec',
  'Synopsys', 'Systat Software', 'Teradata', 'The MathWorks', 'The Mathworks', 'Thomson Reuters', 'Trimble',
  'Unity Technologies', 'Vero Software', 'VMware', 'Wolfram Research',
];

/** O*NET commodity titles → skill category; titles not listed give `tool`. Sorted. */
export const ONET_CATEGORIES: Readonly<Record<string, string>> = {
  'Accounting software': 'finance',
  'Analytical or scientific software': 'data',
  'Business intelligence and data analysis software': 'data',
  'Compiler and decompiler software': 'language',
  'Computer aided design CAD software': 'engineering',
  'Computer aided manufacturing CAM software': 'engineering',
  'Configuration management software': 'devops',
  'Customer relationship management CRM software': 'business',
  'Data base management system software': 'database',
  'Data base user interface and query software': 'database',
  'Data mining software': 'data',
  'Development environment software': 'tool',
  'Electronic mail software': 'office',
  'Enterprise resource planning ERP software': 'business',
  'Financial analysis software': 'finance',
  'Human resources software': 'business',
  'Industrial control software': 'trade',
  'Medical software': 'healthcare',
  'Object or component oriented development software': 'framework',
  'Office suite software': 'office',
  'Presentation software': 'office',
  'Program testing software': 'devops',
  'Project management software': 'business',
  'Spreadsheet software': 'office',
  'Tax preparation software': 'finance',
  'Web platform development software': 'framework',
  'Word processing software': 'office',
};

/**
 * Spellings (lower case) the generator never emits: names that are common words in job postings or that the
 * eval showed as false positives ("Facebook" in "follow us on Facebook"). Sorted.
 * A review on 2026-11-26 added names and aliases that matched wrongly in posting and résumé sentences ("standard
 * ML techniques", "source code management", "EAD holders", "ADLs", "HDL cholesterol", "a strong networker",
 * "performed EDA in pandas", "a webinar", names of people such as Shen, Wren, Jasmin), or that named another tool
 * ("emacs" for Emacs Lisp, "autoconf" for M4Sugar, "pycon" for the Python console).
 */
export const GENERATED_EXCLUDED: readonly string[] = [
  'adl', 'adobe analytics', 'algorithmic', 'anthropometric', 'api', 'autoconf', 'autopilot', 'bing',
  'biostatistical', 'blogger', 'careerbuilder.com', 'carto', 'compounder', 'craigslist', 'dhall', 'digitizing',
  'direct-to-tool', 'dna', 'dropbox', 'ead', 'eda', 'eeo', 'elastic compute cloud ec2',
  'elastic container service ecs', 'emacs', 'email', 'emr', 'enterprise linux', 'facebook', 'facetime', 'fsa', 'gazebo',
  'glyph', 'google', 'google analytics', 'graphing', 'gsc', 'hcl', 'hdl', 'hotspot', 'iii', 'instagram', 'invoice',
  'jac', 'jasmin', 'java server page', 'juris', 'kcl', 'kismet', 'label-making', 'linkedin', 'logician', 'luau',
  'mako', 'mendel', 'mojo', 'monster', 'multitask', 'ncl', 'networker', 'opa', 'pinterest', 'plc',
  'project portfolio management', 'pycon', 'reddit', 'rem', 'shen', 'shiva', 'simple storage service s3', 'skype',
  'smt', 'snapchat', 'source code management', 'standard ml', 'surfer', 'teal', 'tiktok', 'timeline', 'tsx',
  'tumblr', 'turing', 'twitter', 'vcl', 'vip', 'webinar', 'whatsapp', 'workflow', 'workspace', 'wren', 'yahoo',
  'youtube', 'yul', 'zoom',
];

/**
 * Last words of ESCO knowledge labels that make a description rather than a skill a posting names ("application
 * process", "quality standards", "cleaning products"): labels ending with one are left out. Sorted.
 */
export const ESCO_GENERIC_HEADS: readonly string[] = [
  'activities', 'area', 'areas', 'aspects', 'characteristics', 'components', 'concepts', 'conditions', 'elements',
  'environment', 'equipment', 'features', 'field', 'functions', 'goods', 'guidelines', 'industry', 'issues',
  'items', 'market', 'materials', 'measures', 'methods', 'options', 'parts', 'policies', 'principles', 'procedures',
  'process', 'processes', 'products', 'programmes', 'properties', 'requirements', 'resources', 'rules', 'sector',
  'services', 'specifications', 'standards', 'structure', 'techniques', 'terminology', 'theories', 'theory', 'tools',
  'types', 'use', 'uses', 'varieties',
];

/** One-word ESCO knowledge labels kept although they are English words: the names of fields ("biochemistry"). */
export const ESCO_FIELD_WORD = /(?:ology|omics|istry|onomy|ography|iatry|iatrics|ics|therapy|culture)$/;

/** Last words that make a multi-word ESCO label of plain words a skill: "supply chain management". Sorted. */
export const ESCO_SKILL_HEADS: readonly string[] = [
  'accounting', 'administration', 'analysis', 'analytics', 'architecture', 'auditing', 'bookkeeping', 'care',
  'design', 'diagnostics', 'engineering', 'law', 'management', 'marketing', 'medicine', 'modelling', 'nursing',
  'pharmacology', 'programming', 'psychology', 'science', 'sciences', 'security', 'surgery', 'testing', 'therapy',
  'welding',
];

/** One-word ESCO labels that look like fields but are everyday words in postings ("work ethics"). Sorted. */
export const ESCO_WORDS_EXCLUDED: readonly string[] = [
  'aesthetics', 'culture', 'ethics', 'graphics', 'kinetics', 'logistics', 'mechanics', 'optics', 'politics', 'semantics',
];

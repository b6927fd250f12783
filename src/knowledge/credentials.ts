// Licences and certifications a posting can require (kind `credential`). Sorted by name.
// To edit: add the credential with every spelling; abbreviations that are also words get `case: true`.

import type { CredentialData } from './schema';

export const CREDENTIALS: readonly CredentialData[] = [
  { name: 'ACCA', aliases: ['ACCA', 'Association of Chartered Certified Accountants'], case: true },
  { name: 'ACLS', aliases: ['ACLS', 'Advanced Cardiovascular Life Support', 'Advanced Cardiac Life Support'], case: true },
  { name: 'AWS Certification', aliases: ['AWS certification', 'AWS certifications', 'AWS Certified', 'AWS Solutions Architect', 'AWS Certified Solutions Architect'] },
  { name: 'BLS', aliases: ['BLS', 'Basic Life Support', 'CPR certification', 'CPR certified'], case: true },
  { name: 'CCNA', aliases: ['CCNA', 'Cisco Certified Network Associate'], case: true },
  { name: 'CFA', aliases: ['CFA', 'Chartered Financial Analyst'], case: true },
  { name: 'CISSP', aliases: ['CISSP'], case: true },
  { name: 'CMA', aliases: ['CMA', 'Certified Management Accountant'], case: true },
  { name: 'CMSRN', aliases: ['CMSRN', 'Certified Medical-Surgical Registered Nurse'], case: true },
  { name: 'CPA', aliases: ['CPA', 'Certified Public Accountant', 'CPA license'], case: true },
  { name: "Driver's License", aliases: ["driver's license", 'drivers license', 'driving licence', 'driving license', "driver's licence", 'valid license to drive'] },
  { name: 'LPN', aliases: ['LPN', 'Licensed Practical Nurse', 'LVN', 'Licensed Vocational Nurse'], case: true },
  { name: 'NMC Registration', aliases: ['NMC registration', 'NMC registered', 'NMC PIN', 'Nursing and Midwifery Council'] },
  { name: 'PALS', aliases: ['PALS', 'Pediatric Advanced Life Support'], case: true },
  { name: 'PMP', aliases: ['PMP', 'Project Management Professional'], case: true },
  { name: 'RN License', aliases: ['RN', 'Registered Nurse', 'RN license', 'RN licensure', 'registered nursing license', 'registered nurse license'], case: true },
  { name: 'Security Clearance', aliases: ['security clearance', 'Secret clearance', 'Top Secret clearance', 'TS/SCI', 'active clearance', 'SC clearance', 'DV clearance'] },
  { name: 'Security+', aliases: ['Security+', 'CompTIA Security+'] },
  { name: 'Teaching License', aliases: ['teaching license', 'teaching licence', 'teaching certificate', 'teaching certification', 'QTS', 'Qualified Teacher Status', 'educator license'] },
];

/** Words that make a credential mention a requirement of kind `credential`: "RN license", "BLS certification". */
export const CREDENTIAL_CUES: readonly string[] = ['certificate', 'certification', 'certifications', 'certified', 'clearance', 'credential', 'licence', 'license', 'licensed', 'licensure', 'registration'];

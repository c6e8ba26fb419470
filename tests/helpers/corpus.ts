import { join, resolve } from 'node:path';

/** The repository's copy of the real-world corpus (byte-exact, sources in its README.md). */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../fixtures/corpus');

/**
 * Every corpus document the tests read, listed so the suite does not depend on whatever a folder holds:
 * a document added to fixtures/corpus/ is read only once it is named here (tests/corpus-manifest.test.ts
 * checks that the list and the folder agree).
 */
export const CORPUS_FILES = [
  'anhui-gov-work-report-2025.txt',
  'anhui-gov-work-report-2026.txt',
  'beijing-tech-transfer-regs-2019.md',
  'guangdong-gov-work-report-2025.txt',
  'guangdong-gov-work-report-2026.txt',
  'hubei-gov-work-report-2025.txt',
  'hubei-gov-work-report-2026.txt',
  'law-animal-epidemic-prevention-2020-draft1.txt',
  'law-animal-epidemic-prevention-2020-draft2.txt',
  'law-animal-epidemic-prevention-2021-final.txt',
  'law-sci-popularization-2002.md',
  'law-sci-popularization-2024.md',
  'law-sci-tech-achievement-transformation-2015.md',
  'miit-future-industries-implementation-opinions-2024.md',
  'national-14th-fyp-digital-economy-plan-2021.md',
  'national-14th-fyp-emergency-management-plan-2021.md',
  'national-gov-work-report-2021.txt',
  'national-gov-work-report-2022.txt',
  'national-gov-work-report-2023.txt',
  'national-gov-work-report-2024.txt',
  'national-gov-work-report-2025.txt',
  'reg-nsfc-2007.md',
  'reg-nsfc-2024.md',
  'reg-patent-law-implementing-rules-2010.md',
  'reg-patent-law-implementing-rules-2023.md',
  'reg-pig-slaughter-2008.txt',
  'reg-pig-slaughter-2011.txt',
  'reg-pig-slaughter-2016.txt',
  'reg-pig-slaughter-2021.txt',
  'shandong-gov-work-report-2025.txt',
  'shandong-gov-work-report-2026.txt',
  'shandong-tech-transfer-regs-2017.md',
  'shanghai-14th-fyp-agri-mechanization-opinions-2022.md',
  'shanghai-bci-future-industry-action-plan-2025-2030.md',
  'shanghai-commercial-space-action-plan-2023-2025.md',
  'shanghai-tech-transfer-regs-2017.md',
  'sichuan-gov-work-report-2025.txt',
  'sichuan-gov-work-report-2026.txt',
  'zhejiang-gov-work-report-2025.txt',
  'zhejiang-gov-work-report-2026.txt',
  'zhejiang-tech-transfer-regs-2021.md',
] as const;

/** Path of a corpus document. */
export function corpusPath(name: (typeof CORPUS_FILES)[number]): string {
  return join(CORPUS_DIR, name);
}

import type { LocalizedText } from '@cerdas/model/common';
import { SOURCE_VERSION } from './generated/index.js';

const SOURCE_URL = 'https://github.com/fityannugroho/idn-area-data';
const LICENSE_URL = 'https://opendatacommons.org/licenses/odbl/1-0/';

/**
 * Where the data comes from. A page or widget that shows regions from it publicly must say
 * so (ODbL 1.0 § 4.3): `attribution` is that notice, in the wording the licence suggests.
 */
export const DATA_SOURCE: {
  readonly name: 'idn-area-data';
  readonly version: string;
  readonly url: string;
  readonly license: 'ODbL-1.0';
  readonly licenseUrl: string;
  /** The regulation idn-area-data follows. */
  readonly decree: string;
  readonly attribution: LocalizedText;
} = Object.freeze({
  name: 'idn-area-data',
  version: SOURCE_VERSION,
  url: SOURCE_URL,
  license: 'ODbL-1.0',
  licenseUrl: LICENSE_URL,
  decree: 'Kepmendagri 300.2.2-2138/2025',
  attribution: Object.freeze({
    id: `Memuat informasi dari idn-area-data (${SOURCE_URL}) yang tersedia di sini di bawah Open Database License (ODbL) (${LICENSE_URL}).`,
    en: `Contains information from idn-area-data (${SOURCE_URL}), which is made available here under the Open Database License (ODbL) (${LICENSE_URL}).`,
  }),
});

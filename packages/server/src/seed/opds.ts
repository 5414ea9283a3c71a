import type { Opd, OpdKind } from '@cerdas/model';
import { slug } from './ids.js';
import type { DemoRegion } from './region.js';

/** Where demo links point: a reserved example domain, never a real government site. */
export const DEMO_WEB = 'https://cerdas-demo.example.id';
/** Domain of the demo OPD mailboxes. */
export const DEMO_MAIL_DOMAIN = 'cerdas-demo.example.id';

/**
 * One perangkat daerah of the demo, under its standard nomenclature name (PP 18/2016,
 * Permendagri 90/2019). None was checked against Kabupaten Pasuruan's Perda on its perangkat
 * daerah: `confirmed` is true for names nearly every kabupaten uses as they are (Sekretariat
 * Daerah, Dinas Kesehatan, Dispendukcapil…), false where regencies commonly name or merge the
 * OPD differently (README.md).
 */
export interface OpdSpec {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly kind: OpdKind;
  readonly bidang: readonly string[];
  readonly confirmed: boolean;
  /** Only in Kabupaten Pasuruan (e.g. its hospital). */
  readonly pasuruanOnly?: boolean;
}

/** The regency-level perangkat daerah (kecamatan are added from `@cerdas/wilayah`). */
export const OPD_SPECS: readonly OpdSpec[] = [
  spec('setda', 'Sekretariat Daerah', 'Setda', 'sekretariat-daerah', ['4.01'], true),
  spec('setwan', 'Sekretariat DPRD', 'Setwan', 'sekretariat-dprd', ['4.02'], true),
  spec('inspektorat', 'Inspektorat Daerah', 'Inspektorat', 'inspektorat', ['6.01'], true),
  spec('dispendik', 'Dinas Pendidikan', 'Dispendik', 'dinas', ['1.01'], true),
  spec('dinkes', 'Dinas Kesehatan', 'Dinkes', 'dinas', ['1.02'], true),
  {
    ...spec(
      'rsud-bangil',
      'Rumah Sakit Umum Daerah Bangil',
      'RSUD Bangil',
      'lainnya',
      ['1.02'],
      true,
    ),
    pasuruanOnly: true,
  },
  spec('dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR', 'dinas', ['1.03'], false),
  spec(
    'disperkim',
    'Dinas Perumahan Rakyat dan Kawasan Permukiman',
    'Disperkim',
    'dinas',
    ['1.04', '2.10'],
    false,
  ),
  spec('satpolpp', 'Satuan Polisi Pamong Praja', 'Satpol PP', 'dinas', ['1.05'], true),
  spec('bpbd', 'Badan Penanggulangan Bencana Daerah', 'BPBD', 'badan', ['1.05'], true),
  spec('dinsos', 'Dinas Sosial', 'Dinsos', 'dinas', ['1.06'], true),
  spec('disnaker', 'Dinas Tenaga Kerja', 'Disnaker', 'dinas', ['2.07', '3.32'], true),
  spec(
    'dp3ap2kb',
    'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    'DP3AP2KB',
    'dinas',
    ['2.08', '2.14'],
    false,
  ),
  spec('dkp', 'Dinas Ketahanan Pangan', 'DKP', 'dinas', ['2.09'], false),
  spec('dlh', 'Dinas Lingkungan Hidup', 'DLH', 'dinas', ['2.11'], true),
  spec(
    'dispendukcapil',
    'Dinas Kependudukan dan Pencatatan Sipil',
    'Dispendukcapil',
    'dinas',
    ['2.12'],
    true,
  ),
  spec('dpmd', 'Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', 'dinas', ['2.13'], true),
  spec('dishub', 'Dinas Perhubungan', 'Dishub', 'dinas', ['2.15'], true),
  spec(
    'diskominfo',
    'Dinas Komunikasi dan Informatika',
    'Diskominfo',
    'dinas',
    ['2.16', '2.20', '2.21'],
    true,
  ),
  spec('diskopum', 'Dinas Koperasi dan Usaha Mikro', 'Diskopum', 'dinas', ['2.17'], false),
  spec(
    'dpmptsp',
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    'DPMPTSP',
    'dinas',
    ['2.18'],
    true,
  ),
  spec('dispora', 'Dinas Pemuda dan Olahraga', 'Dispora', 'dinas', ['2.19'], false),
  spec(
    'disparbud',
    'Dinas Pariwisata dan Kebudayaan',
    'Disparbud',
    'dinas',
    ['3.26', '2.22'],
    false,
  ),
  spec(
    'dispusip',
    'Dinas Perpustakaan dan Kearsipan',
    'Dispusip',
    'dinas',
    ['2.23', '2.24'],
    false,
  ),
  spec('diskan', 'Dinas Perikanan', 'Diskan', 'dinas', ['3.25'], true),
  spec('distan', 'Dinas Pertanian', 'Distan', 'dinas', ['3.27'], true),
  spec(
    'disperindag',
    'Dinas Perindustrian dan Perdagangan',
    'Disperindag',
    'dinas',
    ['3.30', '3.31'],
    true,
  ),
  spec(
    'bappelitbangda',
    'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah',
    'Bappelitbangda',
    'badan',
    ['5.01', '5.05'],
    true,
  ),
  spec(
    'bpkpd',
    'Badan Pengelolaan Keuangan dan Pendapatan Daerah',
    'BPKPD',
    'badan',
    ['5.02'],
    false,
  ),
  spec(
    'bkpsdm',
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    'BKPSDM',
    'badan',
    ['5.03', '5.04'],
    true,
  ),
  spec(
    'bakesbangpol',
    'Badan Kesatuan Bangsa dan Politik',
    'Bakesbangpol',
    'badan',
    ['8.01'],
    true,
  ),
];

function spec(
  id: string,
  name: string,
  shortName: string,
  kind: OpdKind,
  bidang: readonly string[],
  confirmed: boolean,
): OpdSpec {
  return { id, name, shortName, kind, bidang, confirmed };
}

/** Id of a kecamatan's OPD: `kec-purwodadi`. */
export function kecamatanOpdId(districtName: string): string {
  return `kec-${slug(districtName)}`;
}

/**
 * The OPDs of the demo region: the regency-level perangkat daerah and one OPD of kind
 * `kecamatan` per district, each carrying bidang 7.01.
 */
export function demoOpds(region: DemoRegion): Opd[] {
  const pasuruan = region.code === '35.14';
  const regencyLevel = OPD_SPECS.filter((s) => pasuruan || !s.pasuruanOnly).map(
    (s): Opd => ({
      id: s.id,
      name: s.name,
      shortName: s.shortName,
      kind: s.kind,
      bidang: [...s.bidang],
      officeEmail: `${s.id}@${DEMO_MAIL_DOMAIN}`,
      website: `${DEMO_WEB}/opd/${s.id}`,
    }),
  );
  const kecamatan = region.districts.map(
    ({ district }): Opd => ({
      id: kecamatanOpdId(district.name),
      name: `Kecamatan ${district.name}`,
      shortName: `Kec. ${district.name}`,
      kind: 'kecamatan',
      bidang: ['7.01'],
      districtCode: district.code,
      officeEmail: `${kecamatanOpdId(district.name)}@${DEMO_MAIL_DOMAIN}`,
      website: `${DEMO_WEB}/opd/${kecamatanOpdId(district.name)}`,
    }),
  );
  return [...regencyLevel, ...kecamatan];
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BidangUrusanCode, parseNomenclatureCode, UrusanCode } from './nomenclature.js';
import {
  BIDANG_URUSAN,
  bidangUrusanOf,
  findBidangUrusan,
  findUrusan,
  URUSAN,
  URUSAN_BIDANG_SOURCE,
} from './urusan-bidang.js';

/** The repository root is four folders up; the shared data sits beside it, in ../shared. */
const REPO_ROOT = new URL('../../../../', import.meta.url);
const DATA_FILE = fileURLToPath(
  new URL('../shared/data/nomenklatur-urusan-bidang.json', REPO_ROOT),
);
const HAS_DATA_FILE = existsSync(DATA_FILE);

interface DataFile {
  _source: string;
  urusan: { kode: string; nama: string }[];
  bidangUrusan: { kode: string; nama: string; urusanKode: string }[];
}

describe('URUSAN and BIDANG_URUSAN', () => {
  it('hold the 8 urusan and the 40 bidang urusan of a kabupaten/kota', () => {
    expect(URUSAN.map((u) => u.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(BIDANG_URUSAN).toHaveLength(40);
    expect(new Set(BIDANG_URUSAN.map((b) => b.code)).size).toBe(40);
  });

  it('count the bidang of each urusan (6, 18, 6, 2, 5, 1, 1, 1)', () => {
    expect(URUSAN.map((u) => bidangUrusanOf(u.code).length)).toEqual([6, 18, 6, 2, 5, 1, 1, 1]);
  });

  it('leave out the provincial 3.28 Kehutanan and 3.29 ESDM', () => {
    expect(findBidangUrusan('3.28')).toBeUndefined();
    expect(findBidangUrusan('3.29')).toBeUndefined();
  });

  it('give every code a valid nomenclature code under its urusan', () => {
    for (const urusan of URUSAN) expect(UrusanCode.safeParse(urusan.code).success).toBe(true);
    for (const bidang of BIDANG_URUSAN) {
      expect(BidangUrusanCode.safeParse(bidang.code).success).toBe(true);
      const parsed = parseNomenclatureCode(bidang.code);
      expect(parsed.ok && parsed.value.urusan).toBe(bidang.urusanCode);
    }
  });

  it('keep the official capitals and give a title-case name that says the same', () => {
    for (const item of [...URUSAN, ...BIDANG_URUSAN]) {
      expect(item.officialName).toBe(item.officialName.toUpperCase());
      expect(item.name.toUpperCase()).toBe(item.officialName);
      expect(item.name).not.toBe(item.officialName);
    }
    expect(findBidangUrusan('2.17')).toMatchObject({
      officialName: 'URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH',
      name: 'Urusan Pemerintahan Bidang Koperasi, Usaha Kecil, dan Menengah',
      shortName: 'Koperasi, Usaha Kecil, dan Menengah',
    });
    expect(findBidangUrusan('4.02')?.name).toBe('Sekretariat DPRD');
    expect(findUrusan('1')?.shortName).toBe('Wajib Pelayanan Dasar');
  });

  it.skipIf(!HAS_DATA_FILE)(
    'match ../shared/data/nomenklatur-urusan-bidang.json (skipped when the shared data folder is absent, e.g. in a fresh clone)',
    () => {
      const data = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as DataFile;
      expect(URUSAN_BIDANG_SOURCE).toBe(data._source);
      expect(URUSAN.map((u) => ({ kode: u.code, nama: u.officialName }))).toEqual(data.urusan);
      expect(
        BIDANG_URUSAN.map((b) => ({
          kode: b.code,
          nama: b.officialName,
          urusanKode: b.urusanCode,
        })),
      ).toEqual(data.bidangUrusan);
    },
  );
});

import type { RegionLevel } from '@cerdas/wilayah';
import type { LocaleTable } from '../base/i18n.js';

/** The region picker's strings; each function returns a whole sentence or label. */
export interface RegionPickerMessages {
  [key: string]: string | ((...args: never[]) => string);
  /** The visible label of a step's list. */
  label: (level: RegionLevel) => string;
  /** The empty first option of a step's list. */
  choose: (level: RegionLevel) => string;
  /** The accessible name of a step's filter field. */
  filterLabel: (level: RegionLevel) => string;
  filterPlaceholder: string;
  /** After typing in a filter field. */
  matches: (count: number, level: RegionLevel) => string;
  /** A required picker left empty: what is still to choose. */
  required: (level: RegionLevel) => string;
  loading: string;
  loadError: string;
  offline: string;
  retry: string;
  /** A parent with no regions below it. */
  empty: (level: RegionLevel) => string;
  /** `within` names no region the picker can start from. */
  badScope: (code: string) => string;
}

const NOUN_ID: Record<RegionLevel, string> = {
  province: 'provinsi',
  regency: 'kabupaten/kota',
  district: 'kecamatan',
  village: 'desa/kelurahan',
};

const LABEL_ID: Record<RegionLevel, string> = {
  province: 'Provinsi',
  regency: 'Kabupaten/kota',
  district: 'Kecamatan',
  village: 'Desa/kelurahan',
};

const NOUN_EN: Record<RegionLevel, readonly [one: string, many: string]> = {
  province: ['province', 'provinces'],
  regency: ['regency or city', 'regencies and cities'],
  district: ['district (kecamatan)', 'districts'],
  village: ['village (desa/kelurahan)', 'villages'],
};

const LABEL_EN: Record<RegionLevel, string> = {
  province: 'Province',
  regency: 'Regency/city',
  district: 'District (kecamatan)',
  village: 'Village (desa/kelurahan)',
};

export const regionPickerMessages: LocaleTable<RegionPickerMessages> = {
  id: {
    label: (level) => LABEL_ID[level],
    choose: (level) => `— Pilih ${NOUN_ID[level]} —`,
    filterLabel: (level) => `Saring daftar ${NOUN_ID[level]}`,
    filterPlaceholder: 'Ketik untuk menyaring',
    matches: (count, level) =>
      count === 0
        ? `Tidak ada ${NOUN_ID[level]} yang cocok.`
        : `${count} ${NOUN_ID[level]} cocok. Tekan Enter untuk memilih yang teratas.`,
    required: (level) => `Pilih ${NOUN_ID[level]}.`,
    loading: 'Memuat daftar wilayah…',
    loadError: 'Daftar wilayah tidak dapat dimuat.',
    offline: 'Perangkat sedang luring; daftar wilayah belum dapat dimuat.',
    retry: 'Coba lagi',
    empty: (level) => `Tidak ada ${NOUN_ID[level]} di wilayah ini.`,
    badScope: (code) => `Kode wilayah "${code}" tidak dikenal.`,
  },
  en: {
    label: (level) => LABEL_EN[level],
    choose: (level) => `— Choose a ${NOUN_EN[level][0]} —`,
    filterLabel: (level) => `Filter the list of ${NOUN_EN[level][1]}`,
    filterPlaceholder: 'Type to filter',
    matches: (count, level) =>
      count === 0
        ? `No ${NOUN_EN[level][0]} matches.`
        : count === 1
          ? `1 ${NOUN_EN[level][0]} matches. Press Enter to choose it.`
          : `${count} ${NOUN_EN[level][1]} match. Press Enter to choose the first.`,
    required: (level) => `Choose a ${NOUN_EN[level][0]}.`,
    loading: 'Loading the list of regions…',
    loadError: 'The list of regions could not be loaded.',
    offline: 'This device is offline; the list of regions cannot be loaded yet.',
    retry: 'Try again',
    empty: (level) => `There is no ${NOUN_EN[level][0]} in this region.`,
    badScope: (code) => `Region code "${code}" is unknown.`,
  },
};

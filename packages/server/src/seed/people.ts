import { parseNik } from '@cerdas/model';
import type { Random } from './random.js';

/*
 * Invented people for demo records. Names are common Indonesian given names combined at
 * random, so no record describes a real person; every number is in a range marked as demo.
 */

const MALE_NAMES = [
  'Ahmad',
  'Agus',
  'Arif',
  'Bagus',
  'Bambang',
  'Budi',
  'Dedi',
  'Didik',
  'Eko',
  'Fajar',
  'Hadi',
  'Hasan',
  'Hendra',
  'Heru',
  'Imam',
  'Iwan',
  'Joko',
  'Kurniawan',
  'Mochamad',
  'Rahmat',
  'Rudi',
  'Slamet',
  'Sugeng',
  'Supriyadi',
  'Sutrisno',
  'Teguh',
  'Wahyu',
  'Yanto',
  'Yusuf',
  'Zainal',
] as const;

const FEMALE_NAMES = [
  'Aminah',
  'Ani',
  'Dewi',
  'Eka',
  'Endang',
  'Fitri',
  'Indah',
  'Khusnul',
  'Lestari',
  'Lilik',
  'Maya',
  'Nining',
  'Nur',
  'Puji',
  'Rahayu',
  'Ratna',
  'Rina',
  'Siti',
  'Sri',
  'Suci',
  'Sulastri',
  'Tri',
  'Tutik',
  'Umi',
  'Winarti',
  'Wulan',
  'Yayuk',
  'Yuni',
  'Fatimah',
  'Aisyah',
] as const;

const SECOND_NAMES = [
  'Anwar',
  'Fauzi',
  'Hakim',
  'Handayani',
  'Hartono',
  'Hidayat',
  'Kurniasih',
  'Lestari',
  'Maulana',
  'Ningsih',
  'Nugroho',
  'Prasetyo',
  'Purnomo',
  'Rahayu',
  'Rohman',
  'Santoso',
  'Saputra',
  'Setiawan',
  'Susanti',
  'Susilo',
  'Wati',
  'Wibowo',
  'Yuliana',
  'Zulaikha',
] as const;

const HAMLETS = [
  'Krajan',
  'Sumberejo',
  'Karanganyar',
  'Sidomulyo',
  'Tegalrejo',
  'Kauman',
  'Ngemplak',
  'Sukorejo',
  'Gondang',
  'Wonokerto',
  'Kedungsari',
  'Sumbersari',
  'Tambakrejo',
  'Kebonsari',
] as const;

const STREETS = [
  'Melati',
  'Mawar',
  'Kenanga',
  'Anggrek',
  'Flamboyan',
  'Cempaka',
  'Diponegoro',
  'Hasanuddin',
  'Veteran',
  'Pahlawan',
  'Kartini',
  'Sudirman',
  'Panglima Sudirman',
  'Wahid Hasyim',
] as const;

/** The first serial a demo NIK uses: real serials count people born on one day in one kecamatan. */
export const DEMO_NIK_SERIAL_MIN = 9000;

export type Sex = 'female' | 'male';

export interface DemoPerson {
  readonly name: string;
  readonly givenName: string;
  readonly sex: Sex;
  readonly birthYear: number;
}

/** An invented adult (born 1955–2005). */
export function demoPerson(random: Random): DemoPerson {
  const sex: Sex = random.chance(0.5) ? 'female' : 'male';
  const givenName = random.pick(sex === 'female' ? FEMALE_NAMES : MALE_NAMES);
  const name = random.chance(0.7) ? `${givenName} ${random.pick(SECOND_NAMES)}` : givenName;
  return { name, givenName, sex, birthYear: random.int(1955, 2005) };
}

/**
 * A NIK that passes `parseNik` — the kecamatan of `districtCode`, a real date of birth, the
 * sex — with a serial of 9000–9999 that marks it as demo data (see {@link isDemoNik}).
 */
export function demoNik(random: Random, districtCode: string, person: DemoPerson): string {
  const region = districtCode.replaceAll('.', '');
  const month = random.int(1, 12);
  const day = random.int(1, 28) + (person.sex === 'female' ? 40 : 0);
  const yy = String(person.birthYear % 100).padStart(2, '0');
  const serial = String(random.int(DEMO_NIK_SERIAL_MIN, 9999));
  const nik = `${region}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${yy}${serial}`;
  if (!parseNik(nik).ok) throw new Error(`demo NIK ${nik} does not parse`);
  return nik;
}

/** Whether a NIK carries the demo serial range 9000–9999. */
export function isDemoNik(nik: string): boolean {
  return /^\d{16}$/.test(nik) && Number(nik.slice(12)) >= DEMO_NIK_SERIAL_MIN;
}

const MOBILE_PREFIXES = ['812', '813', '852', '856', '857', '877', '878'] as const;

/** A mobile number `08xx-0000-nnnn` (E.164 `+628xx0000nnnn`): the 0000 block marks demo data. */
export function demoMobile(random: Random): string {
  return `+62${random.pick(MOBILE_PREFIXES)}0000${random.digits(4)}`;
}

/** A Pasuruan-area landline `(0343) 00nnnn` (E.164 `+6234300nnnn`); 00 starts no real number. */
export function demoLandline(random: Random): string {
  return `+6234300${random.digits(4)}`;
}

/** Whether an E.164 number is in one of the demo ranges above. */
export function isDemoPhone(e164: string): boolean {
  return /^\+628\d{2}0000\d{4}$/.test(e164) || /^\+6234300\d{4}$/.test(e164);
}

/** An address on a reserved example domain: `siti.rahayu42@example.id`. */
export function demoEmail(random: Random, person: DemoPerson): string {
  const local = person.name.toLowerCase().replace(/[^a-z]+/g, '.');
  const domain = random.chance(0.7) ? 'example.id' : 'example.org';
  return `${local}${random.int(1, 99)}@${domain}`;
}

/** A home address line: a hamlet with RT/RW in a desa, a numbered street in a kelurahan. */
export function demoStreet(
  random: Random,
  villageKind: 'desa' | 'kelurahan' | 'desa-adat',
): { street: string; rt: string; rw: string } {
  const rt = String(random.int(1, 12));
  const rw = String(random.int(1, 8));
  const street =
    villageKind === 'kelurahan'
      ? `Jl. ${random.pick(STREETS)} No. ${random.int(1, 140)}`
      : `Dusun ${random.pick(HAMLETS)}`;
  return { street, rt, rw };
}

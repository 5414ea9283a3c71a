import type { AgeBand, IkmElement, IkmRespondent } from '@cerdas/model';
import type { LocaleTable } from '../base/i18n.js';

type Education = NonNullable<IkmRespondent['education']>;
type Occupation = NonNullable<IkmRespondent['occupation']>;
type Sex = NonNullable<IkmRespondent['sex']>;
type Answers = readonly [string, string, string, string];

/** The questions of the sample questionnaire in PermenPANRB 14/2017 Lampiran, per element. */
const QUESTIONS_ID: Readonly<Record<IkmElement, string>> = {
  persyaratan:
    'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
  prosedur: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
  waktu: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
  biaya: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
  produk:
    'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
  kompetensi: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
  perilaku:
    'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
  sarana: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
  pengaduan: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
};

/** The answers a–d of the same questionnaire, scored 1–4. */
const ANSWERS_ID: Readonly<Record<IkmElement, Answers>> = {
  persyaratan: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  prosedur: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  waktu: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
  biaya: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
  produk: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  kompetensi: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  perilaku: [
    'Tidak sopan dan ramah',
    'Kurang sopan dan ramah',
    'Sopan dan ramah',
    'Sangat sopan dan ramah',
  ],
  sarana: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
  pengaduan: [
    'Tidak ada',
    'Ada tetapi tidak berfungsi',
    'Berfungsi kurang maksimal',
    'Dikelola dengan baik',
  ],
};

const QUESTIONS_EN: Readonly<Record<IkmElement, string>> = {
  persyaratan: 'How well do the requirements fit the kind of service?',
  prosedur: 'How easy was the procedure of this unit to follow?',
  waktu: 'How fast was the service delivered?',
  biaya: 'How fair was the fee or charge of the service?',
  produk: 'How well did what you received match the product stated in the service standard?',
  kompetensi: 'How competent were the officers who served you?',
  perilaku: 'How polite and friendly were the officers?',
  sarana: 'How good were the facilities?',
  pengaduan: 'How are complaints from service users handled?',
};

const ANSWERS_EN: Readonly<Record<IkmElement, Answers>> = {
  persyaratan: ['Not appropriate', 'Somewhat appropriate', 'Appropriate', 'Very appropriate'],
  prosedur: ['Not easy', 'Somewhat easy', 'Easy', 'Very easy'],
  waktu: ['Not fast', 'Somewhat fast', 'Fast', 'Very fast'],
  biaya: ['Very expensive', 'Rather expensive', 'Cheap', 'Free of charge'],
  produk: ['Does not match', 'Partly matches', 'Matches', 'Fully matches'],
  kompetensi: ['Not competent', 'Somewhat competent', 'Competent', 'Very competent'],
  perilaku: [
    'Not polite or friendly',
    'Somewhat polite and friendly',
    'Polite and friendly',
    'Very polite and friendly',
  ],
  sarana: ['Poor', 'Adequate', 'Good', 'Very good'],
  pengaduan: [
    'There is no way to complain',
    'There is one but it does not work',
    'It works but not well',
    'It is handled well',
  ],
};

const AGE_ID: Readonly<Record<AgeBand, string>> = {
  'under-21': 'Di bawah 21 tahun',
  '21-30': '21–30 tahun',
  '31-40': '31–40 tahun',
  '41-50': '41–50 tahun',
  '51-60': '51–60 tahun',
  'over-60': 'Di atas 60 tahun',
};
const AGE_EN: Readonly<Record<AgeBand, string>> = {
  'under-21': 'Under 21',
  '21-30': '21–30',
  '31-40': '31–40',
  '41-50': '41–50',
  '51-60': '51–60',
  'over-60': 'Over 60',
};
const SEX_ID: Readonly<Record<Sex, string>> = { L: 'Laki-laki', P: 'Perempuan' };
const SEX_EN: Readonly<Record<Sex, string>> = { L: 'Male', P: 'Female' };
const EDUCATION_ID: Readonly<Record<Education, string>> = {
  sd: 'SD atau sederajat',
  smp: 'SMP atau sederajat',
  sma: 'SMA atau sederajat',
  diploma: 'Diploma (D1–D4)',
  s1: 'Sarjana (S1)',
  s2: 'Magister (S2)',
  s3: 'Doktor (S3)',
};
const EDUCATION_EN: Readonly<Record<Education, string>> = {
  sd: 'Primary school',
  smp: 'Junior secondary school',
  sma: 'Senior secondary school',
  diploma: 'Diploma',
  s1: 'Bachelor’s degree',
  s2: 'Master’s degree',
  s3: 'Doctorate',
};
const OCCUPATION_ID: Readonly<Record<Occupation, string>> = {
  pns: 'PNS',
  tni: 'TNI',
  polri: 'Polri',
  swasta: 'Pegawai swasta',
  wirausaha: 'Wirausaha',
  lainnya: 'Lainnya',
};
const OCCUPATION_EN: Readonly<Record<Occupation, string>> = {
  pns: 'Civil servant',
  tni: 'Armed forces',
  polri: 'Police',
  swasta: 'Private employee',
  wirausaha: 'Self-employed',
  lainnya: 'Other',
};

const id = {
  title: 'Survei Kepuasan Masyarakat',
  titleFor: (service: string): string => `Survei Kepuasan Masyarakat: ${service}`,
  intro:
    'Nilailah layanan yang baru Anda terima. Survei ini tanpa nama dan membantu kami memperbaiki layanan.',
  question: (element: IkmElement): string => QUESTIONS_ID[element],
  answer: (element: IkmElement, score: number): string => ANSWERS_ID[element][score - 1] ?? '',
  unanswered: 'Pilih salah satu jawaban.',
  missing: (count: number): string =>
    `${count} pertanyaan belum dijawab. Jawablah semua pertanyaan sebelum mengirim.`,
  profile: 'Tentang Anda (tidak wajib)',
  profileHint: 'Hanya dipakai untuk statistik dan tidak menunjukkan siapa Anda.',
  noAnswer: 'Tidak ingin menjawab',
  age: 'Usia',
  ageBand: (band: AgeBand): string => AGE_ID[band],
  sex: 'Jenis kelamin',
  sexLabel: (sex: Sex): string => SEX_ID[sex],
  education: 'Pendidikan terakhir',
  educationLabel: (education: Education): string => EDUCATION_ID[education],
  occupation: 'Pekerjaan utama',
  occupationLabel: (occupation: Occupation): string => OCCUPATION_ID[occupation],
  comment: 'Saran atau masukan (tidak wajib)',
  commentHint: 'Jangan menuliskan nama, NIK, atau nomor telepon. Paling banyak 1.000 karakter.',
  submit: 'Kirim penilaian',
  sending: 'Mengirim penilaian…',
  sendFailed:
    'Penilaian belum terkirim. Jawaban Anda masih tersimpan di sini; periksa koneksi lalu kirim lagi.',
  offline:
    'Perangkat Anda sedang luring. Jawaban Anda masih tersimpan di sini; kirim lagi saat koneksi kembali.',
  thanksTitle: 'Terima kasih',
  thanks: 'Penilaian Anda sudah kami terima dan akan dipakai untuk memperbaiki layanan.',
};

export type IkmSurveyMessages = typeof id;

const en: IkmSurveyMessages = {
  title: 'Public Satisfaction Survey',
  titleFor: (service) => `Public Satisfaction Survey: ${service}`,
  intro:
    'Rate the service you have just received. The survey is anonymous and helps us improve the service.',
  question: (element) => QUESTIONS_EN[element],
  answer: (element, score) => ANSWERS_EN[element][score - 1] ?? '',
  unanswered: 'Choose one answer.',
  missing: (count) =>
    count === 1
      ? '1 question is not answered yet. Answer every question before sending.'
      : `${count} questions are not answered yet. Answer every question before sending.`,
  profile: 'About you (optional)',
  profileHint: 'Used for statistics only; it does not show who you are.',
  noAnswer: 'Prefer not to say',
  age: 'Age',
  ageBand: (band) => AGE_EN[band],
  sex: 'Sex',
  sexLabel: (sex) => SEX_EN[sex],
  education: 'Highest education',
  educationLabel: (education) => EDUCATION_EN[education],
  occupation: 'Main occupation',
  occupationLabel: (occupation) => OCCUPATION_EN[occupation],
  comment: 'Suggestions or comments (optional)',
  commentHint: 'Do not write names, NIK or phone numbers. At most 1,000 characters.',
  submit: 'Send rating',
  sending: 'Sending your rating…',
  sendFailed:
    'Your rating was not sent. Your answers are still here; check the connection and send again.',
  offline: 'You are offline. Your answers are still here; send again when the connection returns.',
  thanksTitle: 'Thank you',
  thanks: 'We have received your rating and will use it to improve the service.',
};

export const ikmSurveyMessages: LocaleTable<IkmSurveyMessages> = { id, en };

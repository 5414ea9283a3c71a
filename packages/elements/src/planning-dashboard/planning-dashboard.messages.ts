import { PROPOSAL_STATUS_LABELS, type ProposalStatus } from '@cerdas/model';
import type { LocaleTable } from '../base/i18n.js';

/** The planning dashboard's strings; amounts arrive already formatted as rupiah. */
export interface PlanningDashboardMessages {
  [key: string]: string | ((...args: never[]) => string);
  title: (year: number) => string;
  totalPagu: string;
  musrenbangProposals: string;
  byUrusan: string;
  byOpd: string;
  byDistrict: string;
  funnel: string;
  showTable: string;
  showChart: string;
  /** Caption of a table: the section's title and the year. */
  caption: (title: string, year: number) => string;
  urusan: string;
  opd: string;
  district: string;
  stage: string;
  pagu: string;
  entries: string;
  count: string;
  estimatedCost: string;
  shareOfSubmitted: string;
  total: string;
  /** A proposal status, as the lifecycle in @cerdas/model names it. */
  status: (status: ProposalStatus) => string;
  otherOpds: (count: number) => string;
  regencyWide: string;
  regencyWideNote: (amount: string) => string;
  /** Tooltip of a pagu bar. */
  paguBar: (name: string, amount: string, entries: number) => string;
  /** Text at the end of a funnel bar, and its tooltip. */
  proposalCount: (count: number) => string;
  funnelBar: (stage: string, count: number, cost: string) => string;
  urusanSummary: (count: number, largest: string, amount: string, total: string) => string;
  opdSummary: (shown: number, all: number, largest: string, amount: string) => string;
  districtSummary: (count: number, largest: string, amount: string) => string;
  funnelSummary: (submitted: number, accommodated: number) => string;
  offPath: (rejected: number, returned: number) => string;
  accommodatedPagu: (amount: string) => string;
  loading: string;
  loaded: (year: number) => string;
  empty: (year: number) => string;
  noRows: string;
  error: string;
  offline: string;
  offlineStale: string;
  retry: string;
}

const idNumber = new Intl.NumberFormat('id-ID');
const enNumber = new Intl.NumberFormat('en-GB');
const n = (value: number) => idNumber.format(value);
const e = (value: number) => enNumber.format(value);

export const planningDashboardMessages: LocaleTable<PlanningDashboardMessages> = {
  id: {
    title: (year) => `Perencanaan pembangunan tahun ${year}`,
    totalPagu: 'Total pagu indikatif',
    musrenbangProposals: 'Usulan Musrenbang',
    byUrusan: 'Pagu per urusan',
    byOpd: 'Pagu per perangkat daerah',
    byDistrict: 'Pagu per kecamatan',
    funnel: 'Usulan Musrenbang per tahap',
    showTable: 'Tampilkan tabel',
    showChart: 'Tampilkan diagram',
    caption: (title, year) => `${title}, tahun ${year}`,
    urusan: 'Urusan',
    opd: 'Perangkat daerah',
    district: 'Kecamatan',
    stage: 'Tahap',
    pagu: 'Pagu',
    entries: 'Sub kegiatan',
    count: 'Usulan',
    estimatedCost: 'Perkiraan biaya',
    shareOfSubmitted: 'Dari yang diajukan',
    total: 'Jumlah',
    status: (status) => PROPOSAL_STATUS_LABELS[status].id,
    otherOpds: (count) => `${n(count)} perangkat daerah lainnya`,
    regencyWide: 'Lintas kecamatan atau tanpa lokasi',
    regencyWideNote: (amount) =>
      `Selain itu ${amount} untuk kegiatan lintas kecamatan atau tanpa lokasi, tidak digambar di diagram.`,
    paguBar: (name, amount, entries) => `${name}: ${amount} (${n(entries)} sub kegiatan)`,
    proposalCount: (count) => `${n(count)} usulan`,
    funnelBar: (stage, count, cost) => `${stage}: ${n(count)} usulan, perkiraan biaya ${cost}`,
    urusanSummary: (count, largest, amount, total) =>
      `Diagram batang pagu per urusan: ${n(count)} urusan berjumlah ${total}. Terbesar ${largest}, ${amount}.`,
    opdSummary: (shown, all, largest, amount) =>
      `Diagram batang pagu ${n(shown)} perangkat daerah terbesar dari ${n(all)}. Terbesar ${largest}, ${amount}.`,
    districtSummary: (count, largest, amount) =>
      `Diagram batang pagu per kecamatan: ${n(count)} kecamatan. Terbesar ${largest}, ${amount}.`,
    funnelSummary: (submitted, accommodated) =>
      `Diagram batang usulan Musrenbang per tahap: ${n(submitted)} usulan diajukan, ${n(accommodated)} diakomodir.`,
    offPath: (rejected, returned) =>
      `Saat ini ${n(rejected)} usulan ditolak dan ${n(returned)} dikembalikan untuk perbaikan.`,
    accommodatedPagu: (amount) => `Pagu usulan yang diakomodir: ${amount}.`,
    loading: 'Memuat data perencanaan…',
    loaded: (year) => `Data perencanaan tahun ${year} sudah dimuat.`,
    empty: (year) => `Belum ada data perencanaan untuk tahun ${year}.`,
    noRows: 'Belum ada data.',
    error: 'Data perencanaan tidak dapat dimuat.',
    offline: 'Perangkat sedang luring. Data dimuat begitu koneksi tersedia kembali.',
    offlineStale: 'Perangkat sedang luring; angka di bawah ini adalah data terakhir yang dimuat.',
    retry: 'Coba lagi',
  },
  en: {
    title: (year) => `Development planning, fiscal year ${year}`,
    totalPagu: 'Total indicative budget ceiling (pagu)',
    musrenbangProposals: 'Musrenbang proposals',
    byUrusan: 'Pagu by government affair (urusan)',
    byOpd: 'Pagu by agency (OPD)',
    byDistrict: 'Pagu by district (kecamatan)',
    funnel: 'Musrenbang proposals by stage',
    showTable: 'Show as a table',
    showChart: 'Show as a chart',
    caption: (title, year) => `${title}, ${year}`,
    urusan: 'Urusan',
    opd: 'Agency (OPD)',
    district: 'District',
    stage: 'Stage',
    pagu: 'Pagu',
    entries: 'Sub-activities (sub kegiatan)',
    count: 'Proposals',
    estimatedCost: 'Estimated cost',
    shareOfSubmitted: 'Share of submitted',
    total: 'Total',
    status: (status) => PROPOSAL_STATUS_LABELS[status].en,
    otherOpds: (count) => (count === 1 ? '1 other agency' : `${e(count)} other agencies`),
    regencyWide: 'Several districts or no location',
    regencyWideNote: (amount) =>
      `A further ${amount} goes to work spanning several districts or without a location; it is not drawn in the chart.`,
    paguBar: (name, amount, entries) =>
      `${name}: ${amount} (${entries === 1 ? '1 sub-activity' : `${e(entries)} sub-activities`})`,
    proposalCount: (count) => (count === 1 ? '1 proposal' : `${e(count)} proposals`),
    funnelBar: (stage, count, cost) =>
      `${stage}: ${count === 1 ? '1 proposal' : `${e(count)} proposals`}, estimated cost ${cost}`,
    urusanSummary: (count, largest, amount, total) =>
      `Bar chart of pagu by urusan: ${e(count)} urusan totalling ${total}. Largest: ${largest}, ${amount}.`,
    opdSummary: (shown, all, largest, amount) =>
      `Bar chart of pagu for the ${e(shown)} largest of ${e(all)} agencies. Largest: ${largest}, ${amount}.`,
    districtSummary: (count, largest, amount) =>
      `Bar chart of pagu by district: ${e(count)} districts. Largest: ${largest}, ${amount}.`,
    funnelSummary: (submitted, accommodated) =>
      `Bar chart of Musrenbang proposals by stage: ${e(submitted)} submitted, ${e(accommodated)} accommodated.`,
    offPath: (rejected, returned) =>
      `At present ${e(rejected)} rejected and ${e(returned)} returned for revision.`,
    accommodatedPagu: (amount) => `Pagu of the accommodated proposals: ${amount}.`,
    loading: 'Loading planning data…',
    loaded: (year) => `Planning data for ${year} has loaded.`,
    empty: (year) => `There is no planning data for ${year} yet.`,
    noRows: 'No data yet.',
    error: 'The planning data could not be loaded.',
    offline: 'This device is offline. The data will load as soon as the connection returns.',
    offlineStale: 'This device is offline; the figures below are the last ones loaded.',
    retry: 'Try again',
  },
};

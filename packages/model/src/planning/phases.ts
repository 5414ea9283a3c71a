import * as z from 'zod/mini';
import { type Language, type LocalizedText, localized } from '../common/i18n.js';
import { LocalDate } from '../common/time.js';
import { FiscalYear, WHEN_FIELDS_VALID } from './primitives.js';
import type { ProposalSource } from './proposal.js';

/**
 * The stages of planning one year's RKPD, in order (UU 25/2004 Pasal 22–27; Permendagri 86/2017):
 * Musrenbang desa/kelurahan, Musrenbang kecamatan, Forum Perangkat Daerah, Musrenbang kabupaten,
 * then the adoption (penetapan) of the RKPD by Perkada.
 */
export const PlanningStage = z.enum([
  'musrenbang-desa',
  'musrenbang-kecamatan',
  'forum-perangkat-daerah',
  'musrenbang-kabupaten',
  'penetapan-rkpd',
]);
export type PlanningStage = z.infer<typeof PlanningStage>;

/** The stages in their order. */
export const PLANNING_STAGES: readonly PlanningStage[] = PlanningStage.options;

/** Names of the stages for people. */
export const PLANNING_STAGE_LABELS: Readonly<Record<PlanningStage, LocalizedText>> = {
  'musrenbang-desa': { id: 'Musrenbang Desa/Kelurahan', en: 'Village Musrenbang (desa/kelurahan)' },
  'musrenbang-kecamatan': { id: 'Musrenbang Kecamatan', en: 'District Musrenbang (kecamatan)' },
  'forum-perangkat-daerah': {
    id: 'Forum Perangkat Daerah',
    en: 'Regional Agency Forum (Forum Perangkat Daerah)',
  },
  'musrenbang-kabupaten': { id: 'Musrenbang Kabupaten', en: 'Regency Musrenbang (kabupaten)' },
  'penetapan-rkpd': { id: 'Penetapan RKPD', en: 'Adoption of the RKPD' },
};

/**
 * One dated stage (CONSUL's budget phases are the model): open from `opensOn` to `closesOn`,
 * both days included, in the regency's local calendar. `year` is the fiscal (RKPD) year the
 * stage plans for; the stage itself runs in the year before.
 */
export const PlanningPhase = z
  .object({
    stage: PlanningStage,
    year: FiscalYear,
    opensOn: LocalDate,
    closesOn: LocalDate,
  })
  .check(
    z.refine((phase) => phase.closesOn >= phase.opensOn, {
      ...localized(
        'tanggal tutup tidak boleh sebelum tanggal buka',
        'the closing date cannot be before the opening date',
      ),
      path: ['closesOn'],
      when: (payload) => payload.issues.length === 0,
    }),
  );
export type PlanningPhase = z.infer<typeof PlanningPhase>;

function stagesInOrder(phases: readonly PlanningPhase[]): boolean {
  return (
    phases.length === PLANNING_STAGES.length &&
    phases.every((phase, index) => phase.stage === PLANNING_STAGES[index])
  );
}

function noOverlapOutOfOrder(phases: readonly PlanningPhase[]): boolean {
  return phases.every((phase, index) => {
    const previous = phases[index - 1];
    return !previous || (phase.opensOn >= previous.opensOn && phase.closesOn >= previous.closesOn);
  });
}

type Schedule = {
  year: number;
  phases: PlanningPhase[];
  pokirDueOn?: string | undefined;
};

/**
 * The planning calendar of one fiscal year: the five stages, each once and in order. Stages may
 * overlap (the Forum Perangkat Daerah often starts while kecamatan Musrenbang are still held),
 * but a later stage never opens or closes before an earlier one. `pokirDueOn` is the last day
 * DPRD pokok pikiran are accepted; without it, the day before the kabupaten Musrenbang opens.
 */
export const PlanningSchedule = z
  .object({
    year: FiscalYear,
    phases: z.array(PlanningPhase).check(z.maxLength(PLANNING_STAGES.length)),
    pokirDueOn: z.optional(LocalDate),
  })
  .check(
    z.refine((schedule: Schedule) => schedule.phases.every((p) => p.year === schedule.year), {
      ...localized(
        'setiap tahap harus untuk tahun RKPD yang sama dengan jadwalnya',
        'every phase must plan for the same RKPD year as its schedule',
      ),
      path: ['phases'],
      ...WHEN_FIELDS_VALID,
    }),
    z.refine((schedule: Schedule) => stagesInOrder(schedule.phases), {
      ...localized(
        'jadwal harus memuat kelima tahap tepat sekali dan berurutan: Musrenbang Desa/Kelurahan, Musrenbang Kecamatan, Forum Perangkat Daerah, Musrenbang Kabupaten, Penetapan RKPD',
        'a schedule must list the five stages exactly once and in order: village Musrenbang, district Musrenbang, Forum Perangkat Daerah, regency Musrenbang, adoption of the RKPD',
      ),
      path: ['phases'],
      ...WHEN_FIELDS_VALID,
    }),
    z.refine((schedule: Schedule) => noOverlapOutOfOrder(schedule.phases), {
      ...localized(
        'tahap berikutnya tidak boleh dibuka atau ditutup sebelum tahap sebelumnya',
        'a later phase cannot open or close before an earlier one',
      ),
      path: ['phases'],
      ...WHEN_FIELDS_VALID,
    }),
    z.refine(
      (schedule: Schedule) => schedule.phases.every((p) => p.closesOn < `${schedule.year}-01-01`),
      {
        ...localized(
          'perencanaan RKPD harus selesai sebelum tahun anggarannya dimulai',
          'planning an RKPD must end before its fiscal year begins',
        ),
        path: ['phases'],
        ...WHEN_FIELDS_VALID,
      },
    ),
    z.refine(
      (schedule: Schedule) => {
        const kabupaten = schedule.phases.find((p) => p.stage === 'musrenbang-kabupaten');
        return !schedule.pokirDueOn || !kabupaten || schedule.pokirDueOn < kabupaten.opensOn;
      },
      {
        ...localized(
          'batas pokok pikiran DPRD harus sebelum Musrenbang Kabupaten dibuka',
          'the due date of DPRD pokok pikiran must be before the regency Musrenbang opens',
        ),
        path: ['pokirDueOn'],
        ...WHEN_FIELDS_VALID,
      },
    ),
  );
export type PlanningSchedule = z.infer<typeof PlanningSchedule>;

/** The calendar year in which the RKPD of `fiscalYear` is planned: the year before. */
export function planningYearOf(fiscalYear: number): number {
  return fiscalYear - 1;
}

function isoDate(year: number, month: number, day: number): LocalDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days. */
function addDays(date: LocalDate, days: number): LocalDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return isoDate(y, m, d + days);
}

/** Days before the kabupaten Musrenbang by which pokir are due in the default schedule. [?] */
export const DEFAULT_POKIR_LEAD_DAYS = 7;

/**
 * A starting schedule for the RKPD of `fiscalYear`, from the months regencies typically use
 * (domain.md §B, secondary sources — NOT dates from a regulation; Permendagri 86/2017's own
 * deadlines were not verified). In the year before: desa/kelurahan all January, kecamatan all
 * February, Forum Perangkat Daerah 15 February–15 March, kabupaten 16–31 March, RKPD adopted by
 * 31 May; pokir due a week before the kabupaten Musrenbang. Bappeda should set its own dates.
 */
export function defaultPlanningSchedule(fiscalYear: number): PlanningSchedule {
  const y = planningYearOf(fiscalYear);
  const lastOfFebruary = isoDate(y, 3, 0);
  const phase = (stage: PlanningStage, opensOn: LocalDate, closesOn: LocalDate) => ({
    stage,
    year: fiscalYear,
    opensOn,
    closesOn,
  });
  const kabupatenOpens = isoDate(y, 3, 16);
  return {
    year: fiscalYear,
    phases: [
      phase('musrenbang-desa', isoDate(y, 1, 1), isoDate(y, 1, 31)),
      phase('musrenbang-kecamatan', isoDate(y, 2, 1), lastOfFebruary),
      phase('forum-perangkat-daerah', isoDate(y, 2, 15), isoDate(y, 3, 15)),
      phase('musrenbang-kabupaten', kabupatenOpens, isoDate(y, 3, 31)),
      phase('penetapan-rkpd', isoDate(y, 4, 1), isoDate(y, 5, 31)),
    ],
    pokirDueOn: addDays(kabupatenOpens, -DEFAULT_POKIR_LEAD_DAYS),
  };
}

/** The phase of a stage in a schedule. */
export function phaseOf(
  schedule: PlanningSchedule,
  stage: PlanningStage,
): PlanningPhase | undefined {
  return schedule.phases.find((phase) => phase.stage === stage);
}

/** Whether `date` (local, `YYYY-MM-DD`) lies in the phase, both ends included. */
export function isPhaseOpenOn(phase: PlanningPhase, date: LocalDate): boolean {
  return phase.opensOn <= date && date <= phase.closesOn;
}

/** Every phase open on `date`, in stage order (overlapping stages can be open together). */
export function openPhasesOn(schedule: PlanningSchedule, date: LocalDate): PlanningPhase[] {
  return schedule.phases.filter((phase) => isPhaseOpenOn(phase, date));
}

/** The most advanced phase open on `date`, or `undefined` between or outside the phases. */
export function openPhaseOn(
  schedule: PlanningSchedule,
  date: LocalDate,
): PlanningPhase | undefined {
  return openPhasesOn(schedule, date).at(-1);
}

/** A local date for people: `31 Januari 2026`, `31 January 2026`. */
function formatLocalDate(date: LocalDate, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The days on which proposals of one source may be submitted. */
export interface SubmissionWindow {
  /** The stage the window belongs to (for pokir: the kabupaten Musrenbang they are due before). */
  readonly stage: PlanningStage;
  /** First day, included; absent when there is no lower bound (pokir). */
  readonly opensOn?: LocalDate;
  /** Last day, included. */
  readonly closesOn: LocalDate;
}

/** The stage whose phase is each source's window for a first submission. */
export const SUBMISSION_STAGE: Readonly<Record<ProposalSource, PlanningStage>> = {
  'musrenbang-desa': 'musrenbang-desa',
  'musrenbang-kecamatan': 'musrenbang-kecamatan',
  opd: 'forum-perangkat-daerah',
  pokir: 'musrenbang-kabupaten',
};

/**
 * When a proposal of `source` may be submitted under `schedule`:
 * - musrenbang-desa, musrenbang-kecamatan, opd: while the desa, kecamatan or Forum Perangkat
 *   Daerah phase is open (the stage where such proposals are discussed, Permendagri 86/2017);
 * - pokir: any day up to `pokirDueOn`, or the day before the kabupaten Musrenbang opens
 *   (pokok pikiran DPRD are input to the kabupaten Musrenbang; the week's lead is [?]);
 * - a resubmission after "dikembalikan": from the source's first day until the kabupaten
 *   Musrenbang closes, so a proposal returned at a later stage can still come back.
 */
export function submissionWindow(
  schedule: PlanningSchedule,
  source: ProposalSource,
  resubmission = false,
): SubmissionWindow | undefined {
  const kabupaten = phaseOf(schedule, 'musrenbang-kabupaten');
  if (source === 'pokir') {
    if (!kabupaten) return undefined;
    if (resubmission) return { stage: 'musrenbang-kabupaten', closesOn: kabupaten.closesOn };
    return {
      stage: 'musrenbang-kabupaten',
      closesOn: schedule.pokirDueOn ?? addDays(kabupaten.opensOn, -1),
    };
  }
  const phase = phaseOf(schedule, SUBMISSION_STAGE[source]);
  if (!phase) return undefined;
  if (resubmission && kabupaten) {
    return { stage: phase.stage, opensOn: phase.opensOn, closesOn: kabupaten.closesOn };
  }
  return { stage: phase.stage, opensOn: phase.opensOn, closesOn: phase.closesOn };
}

const SOURCE_NAMES: Readonly<Record<ProposalSource, LocalizedText>> = {
  'musrenbang-desa': {
    id: 'Usulan Musrenbang Desa/Kelurahan',
    en: 'Proposals from the village Musrenbang',
  },
  'musrenbang-kecamatan': {
    id: 'Usulan Musrenbang Kecamatan',
    en: 'Proposals from the district Musrenbang',
  },
  opd: { id: 'Usulan perangkat daerah', en: 'Proposals of a regional agency (OPD)' },
  pokir: { id: 'Pokok pikiran DPRD', en: 'DPRD pokok pikiran (pokir)' },
};

/** Why `date` is outside the window, naming the phase and its dates in both languages. */
function closedMessage(
  schedule: PlanningSchedule,
  source: ProposalSource,
  window: SubmissionWindow,
  date: LocalDate,
  resubmission: boolean,
): LocalizedText {
  const name = SOURCE_NAMES[source];
  const stage = PLANNING_STAGE_LABELS[window.stage];
  const closes = {
    id: formatLocalDate(window.closesOn, 'id'),
    en: formatLocalDate(window.closesOn, 'en'),
  };
  const on = { id: formatLocalDate(date, 'id'), en: formatLocalDate(date, 'en') };
  const year = schedule.year;
  if (window.opensOn === undefined) {
    const kabupaten = phaseOf(schedule, 'musrenbang-kabupaten');
    const opens = kabupaten?.opensOn ?? window.closesOn;
    return {
      id: `${name.id} untuk RKPD ${year} harus diajukan paling lambat ${closes.id}, sebelum ${stage.id} dibuka pada ${formatLocalDate(opens, 'id')}; tanggal pengajuan ${on.id}.`,
      en: `${name.en} for the ${year} RKPD are due by ${closes.en}, before the ${stage.en} opens on ${formatLocalDate(opens, 'en')}; submitted on ${on.en}.`,
    };
  }
  const opens = {
    id: formatLocalDate(window.opensOn, 'id'),
    en: formatLocalDate(window.opensOn, 'en'),
  };
  if (resubmission) {
    return {
      id: `${name.id} untuk RKPD ${year} yang dikembalikan dapat diajukan ulang dari ${opens.id} sampai Musrenbang Kabupaten ditutup pada ${closes.id}; tanggal pengajuan ${on.id}.`,
      en: `${name.en} for the ${year} RKPD that were returned can be resubmitted from ${opens.en} until the regency Musrenbang closes on ${closes.en}; submitted on ${on.en}.`,
    };
  }
  return {
    id: `${name.id} untuk RKPD ${year} hanya dapat diajukan selama tahap ${stage.id}, ${opens.id} sampai ${closes.id}; tanggal pengajuan ${on.id}.`,
    en: `${name.en} for the ${year} RKPD can only be submitted during the ${stage.en} phase, ${opens.en} to ${closes.en}; submitted on ${on.en}.`,
  };
}

/**
 * Whether a proposal of `source` may be submitted on the local `date` under `schedule`
 * (see {@link submissionWindow}); if not, a message naming the phase and its dates.
 */
export function checkSubmissionWindow(
  schedule: PlanningSchedule,
  source: ProposalSource,
  date: LocalDate,
  resubmission = false,
):
  | { readonly ok: true; readonly window: SubmissionWindow }
  | { readonly ok: false; readonly reason: LocalizedText } {
  const window = submissionWindow(schedule, source, resubmission);
  if (!window) {
    return {
      ok: false,
      reason: {
        id: `Jadwal RKPD ${schedule.year} tidak memuat tahap ${PLANNING_STAGE_LABELS[SUBMISSION_STAGE[source]].id}.`,
        en: `The ${schedule.year} RKPD schedule has no ${PLANNING_STAGE_LABELS[SUBMISSION_STAGE[source]].en} phase.`,
      },
    };
  }
  const open = (window.opensOn === undefined || window.opensOn <= date) && date <= window.closesOn;
  if (open) return { ok: true, window };
  return { ok: false, reason: closedMessage(schedule, source, window, date, resubmission) };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import {
  checkSubmissionWindow,
  defaultPlanningSchedule,
  openPhaseOn,
  openPhasesOn,
  PLANNING_STAGES,
  PlanningPhase,
  PlanningSchedule,
  planningYearOf,
  submissionWindow,
} from './phases.js';

const schedule = defaultPlanningSchedule(2027);

describe('defaultPlanningSchedule', () => {
  it('lays the typical months out in the year before the RKPD year', () => {
    expect(planningYearOf(2027)).toBe(2026);
    expect(schedule).toEqual({
      year: 2027,
      phases: [
        { stage: 'musrenbang-desa', year: 2027, opensOn: '2026-01-01', closesOn: '2026-01-31' },
        {
          stage: 'musrenbang-kecamatan',
          year: 2027,
          opensOn: '2026-02-01',
          closesOn: '2026-02-28',
        },
        {
          stage: 'forum-perangkat-daerah',
          year: 2027,
          opensOn: '2026-02-15',
          closesOn: '2026-03-15',
        },
        {
          stage: 'musrenbang-kabupaten',
          year: 2027,
          opensOn: '2026-03-16',
          closesOn: '2026-03-31',
        },
        { stage: 'penetapan-rkpd', year: 2027, opensOn: '2026-04-01', closesOn: '2026-05-31' },
      ],
      pokirDueOn: '2026-03-09',
    });
  });

  it('ends the kecamatan Musrenbang on 29 February in a leap year', () => {
    expect(defaultPlanningSchedule(2029).phases[1]?.closesOn).toBe('2028-02-29');
  });

  it('is a valid schedule for every fiscal year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2021, max: 2100 }), (year) => {
        expect(PlanningSchedule.safeParse(defaultPlanningSchedule(year)).success).toBe(true);
      }),
    );
  });
});

describe('PlanningSchedule validation', () => {
  const messages = (input: unknown) => {
    const result = validate(PlanningSchedule, input, 'en');
    return result.success ? [] : result.errors.map((e) => e.message);
  };

  it('refuses a phase that closes before it opens', () => {
    expect(
      validate(
        PlanningPhase,
        { stage: 'musrenbang-desa', year: 2027, opensOn: '2026-01-31', closesOn: '2026-01-30' },
        'en',
      ),
    ).toEqual({
      success: false,
      errors: [
        {
          path: 'closesOn',
          message: 'closesOn: the closing date cannot be before the opening date',
          code: 'custom',
        },
      ],
    });
    expect(
      PlanningPhase.safeParse({
        stage: 'musrenbang-desa',
        year: 2027,
        opensOn: '2026-01-31',
        closesOn: '2026-01-31',
      }).success,
    ).toBe(true);
  });

  it('refuses stages out of order, missing or repeated', () => {
    const [desa, kecamatan, ...rest] = schedule.phases;
    expect(messages({ ...schedule, phases: [kecamatan, desa, ...rest] })).toEqual([
      'phases: a schedule must list the five stages exactly once and in order: village Musrenbang, district Musrenbang, Forum Perangkat Daerah, regency Musrenbang, adoption of the RKPD',
    ]);
    expect(messages({ ...schedule, phases: [desa, ...rest] })).toHaveLength(1);
    expect(messages({ ...schedule, phases: [desa, desa, ...rest] })).toHaveLength(1);
  });

  it('allows overlap in order but not a later stage opening or closing first', () => {
    const phases = structuredClone(schedule.phases);
    // Forum Perangkat Daerah already overlaps the kecamatan Musrenbang in February: fine.
    expect(messages({ ...schedule, phases })).toEqual([]);
    const early = structuredClone(schedule.phases);
    (early[2] as PlanningPhase).opensOn = '2026-01-20';
    expect(messages({ ...schedule, phases: early })).toEqual([
      'phases: a later phase cannot open or close before an earlier one',
    ]);
    const shortKabupaten = structuredClone(schedule.phases);
    (shortKabupaten[3] as PlanningPhase).closesOn = '2026-03-16';
    (shortKabupaten[2] as PlanningPhase).closesOn = '2026-03-20';
    expect(messages({ ...schedule, phases: shortKabupaten })).toEqual([
      'phases: a later phase cannot open or close before an earlier one',
    ]);
  });

  it('refuses a phase of another year, or one running into the fiscal year', () => {
    const phases = structuredClone(schedule.phases);
    (phases[0] as PlanningPhase).year = 2028;
    expect(messages({ ...schedule, phases })).toEqual([
      'phases: every phase must plan for the same RKPD year as its schedule',
    ]);
    const late = structuredClone(schedule.phases);
    (late[4] as PlanningPhase).closesOn = '2027-01-01';
    expect(messages({ ...schedule, phases: late })).toEqual([
      'phases: planning an RKPD must end before its fiscal year begins',
    ]);
  });

  it('wants pokir due before the kabupaten Musrenbang opens', () => {
    expect(messages({ ...schedule, pokirDueOn: '2026-03-15' })).toEqual([]);
    expect(messages({ ...schedule, pokirDueOn: '2026-03-16' })).toEqual([
      'pokirDueOn: the due date of DPRD pokok pikiran must be before the regency Musrenbang opens',
    ]);
  });
});

describe('openPhaseOn', () => {
  it('finds the phase open on a day, both ends included', () => {
    expect(openPhaseOn(schedule, '2026-01-01')?.stage).toBe('musrenbang-desa');
    expect(openPhaseOn(schedule, '2026-01-31')?.stage).toBe('musrenbang-desa');
    expect(openPhaseOn(schedule, '2026-02-01')?.stage).toBe('musrenbang-kecamatan');
    expect(openPhaseOn(schedule, '2026-05-31')?.stage).toBe('penetapan-rkpd');
  });

  it('gives the most advanced of overlapping phases, and lists them all on request', () => {
    expect(openPhaseOn(schedule, '2026-02-20')?.stage).toBe('forum-perangkat-daerah');
    expect(openPhasesOn(schedule, '2026-02-20').map((p) => p.stage)).toEqual([
      'musrenbang-kecamatan',
      'forum-perangkat-daerah',
    ]);
  });

  it('finds nothing before, after or between the phases', () => {
    expect(openPhaseOn(schedule, '2025-12-31')).toBeUndefined();
    expect(openPhaseOn(schedule, '2026-06-01')).toBeUndefined();
    const gap = structuredClone(schedule);
    (gap.phases[1] as PlanningPhase).opensOn = '2026-02-05';
    expect(openPhaseOn(gap, '2026-02-03')).toBeUndefined();
  });
});

describe('submission windows', () => {
  it('opens each source’s own stage, and pokir until they are due', () => {
    expect(submissionWindow(schedule, 'musrenbang-desa')).toEqual({
      stage: 'musrenbang-desa',
      opensOn: '2026-01-01',
      closesOn: '2026-01-31',
    });
    expect(submissionWindow(schedule, 'musrenbang-kecamatan')?.closesOn).toBe('2026-02-28');
    expect(submissionWindow(schedule, 'opd')).toMatchObject({
      stage: 'forum-perangkat-daerah',
      opensOn: '2026-02-15',
    });
    expect(submissionWindow(schedule, 'pokir')).toEqual({
      stage: 'musrenbang-kabupaten',
      closesOn: '2026-03-09',
    });
    const { pokirDueOn: _, ...withoutDue } = schedule;
    expect(submissionWindow(withoutDue, 'pokir')?.closesOn).toBe('2026-03-15');
  });

  it('keeps resubmissions open until the kabupaten Musrenbang closes', () => {
    expect(submissionWindow(schedule, 'musrenbang-desa', true)).toEqual({
      stage: 'musrenbang-desa',
      opensOn: '2026-01-01',
      closesOn: '2026-03-31',
    });
    expect(submissionWindow(schedule, 'pokir', true)?.closesOn).toBe('2026-03-31');
  });

  it('names the phase and its dates when closed, in both languages', () => {
    expect(checkSubmissionWindow(schedule, 'musrenbang-kecamatan', '2026-03-01')).toEqual({
      ok: false,
      reason: {
        id: 'Usulan Musrenbang Kecamatan untuk RKPD 2027 hanya dapat diajukan selama tahap Musrenbang Kecamatan, 1 Februari 2026 sampai 28 Februari 2026; tanggal pengajuan 1 Maret 2026.',
        en: 'Proposals from the district Musrenbang for the 2027 RKPD can only be submitted during the District Musrenbang (kecamatan) phase, 1 February 2026 to 28 February 2026; submitted on 1 March 2026.',
      },
    });
    expect(checkSubmissionWindow(schedule, 'musrenbang-desa', '2026-04-01', true)).toEqual({
      ok: false,
      reason: {
        id: 'Usulan Musrenbang Desa/Kelurahan untuk RKPD 2027 yang dikembalikan dapat diajukan ulang dari 1 Januari 2026 sampai Musrenbang Kabupaten ditutup pada 31 Maret 2026; tanggal pengajuan 1 April 2026.',
        en: 'Proposals from the village Musrenbang for the 2027 RKPD that were returned can be resubmitted from 1 January 2026 until the regency Musrenbang closes on 31 March 2026; submitted on 1 April 2026.',
      },
    });
    expect(checkSubmissionWindow(schedule, 'opd', '2026-03-01')).toMatchObject({ ok: true });
  });
});

describe('stages', () => {
  it('keep the order of the regulation', () => {
    expect(PLANNING_STAGES).toEqual([
      'musrenbang-desa',
      'musrenbang-kecamatan',
      'forum-perangkat-daerah',
      'musrenbang-kabupaten',
      'penetapan-rkpd',
    ]);
  });
});

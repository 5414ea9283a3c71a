import {
  type Actor,
  createProposal,
  defaultPlanningSchedule,
  type FundingSource,
  type OpdScope,
  type PlanningSchedule,
  type PlanningStage,
  PROPOSAL_ROUTES,
  type Proposal,
  type ProposalAction,
  type ProposalSource,
  type ProposalStatus,
  phaseOf,
  submissionWindow,
  transitionProposal,
  type VerifierStage,
  type WorkPlanEntry,
} from '@cerdas/model';
import type { Village } from '@cerdas/wilayah';
import { DAY_MS, HOUR_MS } from './clock.js';
import { allocate, DUSUN, expand, fill, type SeedContext } from './context.js';
import { demoId } from './ids.js';
import { kecamatanOpdId } from './opds.js';
import { demoMobile, demoPerson } from './people.js';
import { PENUNJANG, SUB_KEGIATAN, type SubKegiatanSpec, salaryBudget } from './planning-catalog.js';
import { type Random, roundTo } from './random.js';
import { demoPoint, villageLabel } from './region.js';

/** Proposals at scale 1. */
export const PROPOSALS_BASE = 300;

const DEMO_NOTE = '(Usulan contoh — data demo.)';

/** Where the proposals of the current planning cycle end up (weights). */
const MAIN_STATUSES: Readonly<Record<ProposalStatus, number>> = {
  draft: 7,
  submitted: 9,
  'verified-kecamatan': 8,
  'verified-opd': 9,
  'verified-bappeda': 10,
  accommodated: 27,
  rejected: 14,
  returned: 8,
};

/** The previous cycle is over: accommodated rows are in this year's work plan. */
const PREVIOUS_STATUSES: Partial<Record<ProposalStatus, number>> = {
  accommodated: 65,
  rejected: 30,
  returned: 5,
};

const SOURCE_WEIGHTS: readonly (readonly [ProposalSource, number])[] = [
  ['musrenbang-desa', 55],
  ['musrenbang-kecamatan', 15],
  ['opd', 18],
  ['pokir', 12],
];

const VERIFY_NOTES = [
  'Lokasi sudah disurvei; usulan layak dilanjutkan.',
  'Sesuai prioritas pembangunan kecamatan.',
  'Sesuai sasaran Renstra perangkat daerah.',
  'Volume dan biaya sudah sesuai standar harga satuan.',
] as const;

const RETURN_NOTES = [
  'Lengkapi foto lokasi dan titik koordinat.',
  'Sesuaikan volume dan perkiraan biaya dengan standar harga satuan daerah.',
  'Cantumkan status lahan (tanah kas desa, hibah warga atau aset daerah).',
  'Uraikan jumlah penerima manfaat dan data pendukungnya.',
] as const;

const REJECT_REASONS = [
  'Merupakan kewenangan desa; dapat dibiayai melalui Dana Desa.',
  'Lokasi berada di ruas jalan provinsi, bukan kewenangan kabupaten.',
  'Sudah tertangani pada tahun anggaran berjalan.',
  'Melebihi pagu indikatif perangkat daerah; dapat diusulkan kembali tahun berikutnya.',
  'Tidak termasuk prioritas pembangunan daerah dalam RKPD tahun rencana.',
] as const;

const STAGE_OF: Readonly<Record<VerifierStage, PlanningStage>> = {
  kecamatan: 'musrenbang-kecamatan',
  opd: 'forum-perangkat-daerah',
  bappeda: 'musrenbang-kabupaten',
};

interface PlannedProposal {
  readonly proposal: Proposal;
  readonly spec: SubKegiatanSpec;
}

export interface PlanningData {
  readonly schedules: PlanningSchedule[];
  readonly proposals: Proposal[];
  readonly workPlan: WorkPlanEntry[];
}

/** The OPD that runs a sub kegiatan at a location (a kecamatan spec: that kecamatan's own OPD). */
function opdFor(ctx: SeedContext, spec: SubKegiatanSpec, regionCode: string): string {
  return spec.opd === 'kecamatan' ? ctx.kecamatanOpd(regionCode).id : spec.opd;
}

function scopeOf(ctx: SeedContext, opdId: string): OpdScope {
  const opd = ctx.opd(opdId);
  return { id: opd.id, bidang: opd.bidang };
}

function bidangOf(code: string): string {
  return code.slice(0, 4);
}

/** A working day in [from, to] (local dates) during office hours, after `afterMs`; undefined if none. */
function staffTimeBetween(
  ctx: SeedContext,
  random: Random,
  afterMs: number,
  from: string,
  to: string,
): number | undefined {
  const { clock } = ctx;
  const start = clock.date(afterMs) > from ? clock.date(afterMs) : from;
  const days: string[] = [];
  for (let day = start; day <= to; day = clock.addDays(day, 1)) {
    if (clock.isWorkingDay(day)) days.push(day);
  }
  while (days.length > 0) {
    const index = Math.floor(random.next() * Math.min(days.length, 12));
    const day = days[index] as string;
    const ms = clock.officeTime(random, day, afterMs);
    if (clock.date(ms) === day) return ms;
    days.splice(index, 1);
  }
  return undefined;
}

class ProposalBuilder {
  readonly priorities = new Map<string, number>();

  constructor(
    readonly ctx: SeedContext,
    readonly random: Random,
    readonly schedule: PlanningSchedule,
  ) {}

  window(stage: PlanningStage): { opensOn: string; closesOn: string } {
    const phase = phaseOf(this.schedule, stage);
    if (!phase) throw new Error(`schedule without ${stage}`);
    return phase;
  }

  /**
   * The days a source may (re)submit on, by the model's `submissionWindow`; pokir, which have no
   * opening day, are gathered from the start of the desa Musrenbang.
   */
  submissionDays(source: ProposalSource, resubmission = false): { from: string; to: string } {
    const window = submissionWindow(this.schedule, source, resubmission);
    if (!window) throw new Error(`schedule ${this.schedule.year} has no window for ${source}`);
    return { from: window.opensOn ?? this.window('musrenbang-desa').opensOn, to: window.closesOn };
  }

  /** A location and a sub kegiatan that fit the source. */
  choose(source: ProposalSource): { spec: SubKegiatanSpec; village: Village; regionCode: string } {
    const { ctx, random } = this;
    for (let attempt = 0; attempt < 200; attempt++) {
      const village = random.pick(ctx.region.villages);
      const part = village.parentCode.slice(-2);
      const specs = SUB_KEGIATAN.filter((s) => {
        const shape = s.proposal;
        if (!shape?.sources.includes(source)) return false;
        if (s.opd !== 'kecamatan' && !ctx.opdById.has(s.opd)) return false;
        if (
          shape.villageKind &&
          shape.villageKind !== (village.kind === 'kelurahan' ? 'kelurahan' : 'desa')
        ) {
          return false;
        }
        return !shape.districts || shape.districts.includes(part);
      });
      if (specs.length === 0) continue;
      const spec = random.pick(specs);
      const atDistrict =
        source === 'opd'
          ? random.chance(0.7)
          : source === 'musrenbang-kecamatan'
            ? random.chance(0.4)
            : false;
      return { spec, village, regionCode: atDistrict ? village.parentCode : village.code };
    }
    throw new Error(`no sub kegiatan fits source ${source}`);
  }

  proposerOf(
    source: ProposalSource,
    spec: SubKegiatanSpec,
    village: Village,
    regionCode: string,
  ): Actor {
    const { ctx } = this;
    switch (source) {
      case 'musrenbang-desa':
        return ctx.desaActor(village);
      case 'musrenbang-kecamatan':
        return ctx.kecamatanActor(regionCode);
      case 'opd':
        return ctx.opdActor(opdFor(ctx, spec, regionCode));
      case 'pokir':
        return this.random.chance(0.9) ? ctx.bappedaActor : ctx.adminActor;
    }
  }

  verifierOf(
    stage: VerifierStage,
    spec: SubKegiatanSpec,
    regionCode: string,
  ): { actor: Actor; opd?: OpdScope } {
    const { ctx } = this;
    if (stage === 'kecamatan') return { actor: ctx.kecamatanActor(regionCode) };
    if (stage === 'bappeda') return { actor: ctx.bappedaActor };
    const opdId = opdFor(ctx, spec, regionCode);
    return { actor: ctx.opdActor(opdId), opd: scopeOf(ctx, opdId) };
  }

  /** The days a stage acts on: its phase (accommodation during the adoption of the RKPD). */
  stageDays(stage: VerifierStage | 'accommodate'): { from: string; to: string } {
    const phase = this.window(stage === 'accommodate' ? 'penetapan-rkpd' : STAGE_OF[stage]);
    return { from: phase.opensOn, to: phase.closesOn };
  }

  /**
   * One proposal that ends in `target` (or earlier, when the step would lie after now),
   * built with createProposal and transitionProposal by the offices that act at each stage.
   */
  build(target: ProposalStatus, source: ProposalSource): PlannedProposal | undefined {
    const { ctx, random, schedule } = this;
    const { clock } = ctx;
    const { spec, village, regionCode } = this.choose(source);
    const shape = spec.proposal;
    if (!shape) return undefined;
    const proposer = this.proposerOf(source, spec, village, regionCode);
    const proposerOpd =
      proposer.role === 'opd' ? scopeOf(ctx, proposer.opdId as string) : undefined;

    const days = this.submissionDays(source);
    const createFrom = source === 'pokir' ? clock.addDays(days.from, 10) : days.from;
    const createdMs = staffTimeBetween(ctx, random, 0, createFrom, clock.addDays(days.to, -3));
    if (createdMs === undefined || createdMs > clock.nowMs) return undefined;

    const district = ctx.district(regionCode).district;
    const volume = random.int(shape.volume[0], shape.volume[1]);
    const roundedVolume =
      shape.unit === 'm' || shape.unit === 'm²' ? Math.max(10, roundTo(volume, 10)) : volume;
    const unitCost = shape.unitCost[0] + random.next() * (shape.unitCost[1] - shape.unitCost[0]);
    const values = {
      desa: villageLabel(village),
      kec: district.name,
      dusun: random.pick(DUSUN),
      volume: roundedVolume,
    };
    const key = `${schedule.year}:${proposer.id}`;
    const priority = (this.priorities.get(key) ?? 0) + 1;
    this.priorities.set(key, priority);
    const contact =
      source !== 'opd' && random.chance(0.7)
        ? { contactPerson: { name: demoPerson(random).name, phone: demoMobile(random) } }
        : {};
    const id = demoId(random, createdMs);
    const location =
      regionCode.length === 13 && random.chance(0.6) ? demoPoint(random, regionCode) : undefined;
    const photos =
      ctx.withMedia && ctx.media.chance(0.25)
        ? [
            ctx.photo(
              'proposal-photo',
              `proposal:${id}`,
              createdMs,
              `Gambar pengganti foto lokasi usulan di ${values.desa} (data demo)`,
            ),
          ]
        : [];
    const created = createProposal(
      {
        source,
        fiscalYear: schedule.year,
        regionCode,
        ...(location && { location }),
        bidangUrusan: bidangOf(spec.code),
        ...(random.chance(0.6) && { subKegiatan: spec.code }),
        title: fill(random.pick(shape.titles), values),
        problem: `${fill(random.pick(shape.problems), values)} ${DEMO_NOTE}`,
        volume: roundedVolume,
        unit: shape.unit,
        estimatedCost: roundTo(roundedVolume * unitCost, 1_000),
        priority,
        photos,
        ...contact,
      },
      proposer,
      { id, at: clock.iso(createdMs), ...(proposerOpd && { opd: proposerOpd }) },
    );
    if (!created.ok) throw new Error(`demo proposal refused: ${created.error.message.en}`);
    let proposal = created.value;
    if (target === 'draft') return { proposal, spec };

    let now = createdMs;
    const act = (
      action: ProposalAction,
      actor: Actor,
      atMs: number | undefined,
      extra: Record<string, unknown> = {},
      opd?: OpdScope,
    ): boolean => {
      if (atMs === undefined || atMs > clock.nowMs) return false;
      const result = transitionProposal(proposal, action, actor, {
        at: clock.iso(atMs),
        phases: schedule,
        ...(opd && { opd }),
        ...extra,
      });
      if (!result.ok)
        throw new Error(`demo proposal ${action} refused: ${result.error.message.en}`);
      proposal = result.value;
      now = atMs;
      return true;
    };

    const submit = (resubmission: boolean): boolean => {
      const { to } = this.submissionDays(source, resubmission);
      return act(
        'submit',
        proposer,
        staffTimeBetween(ctx, random, now + HOUR_MS, clock.date(now), to),
        {},
        proposerOpd,
      );
    };

    if (!submit(false)) return { proposal, spec };
    const route = PROPOSAL_ROUTES[source];
    // Where the proposal stops: at which stage of its route a rejection or return happens.
    const stopAt =
      target === 'rejected' || target === 'returned'
        ? random.int(0, route.length)
        : target === 'verified-kecamatan'
          ? 1
          : target === 'verified-opd'
            ? route.indexOf('opd') + 1
            : target === 'verified-bappeda'
              ? route.length
              : target === 'submitted'
                ? 0
                : route.length;
    const detour = random.chance(0.15) && target !== 'returned' && target !== 'submitted';
    let detoured = false;

    for (let i = 0; i <= route.length; i++) {
      const stage = i < route.length ? (route[i] as VerifierStage) : 'accommodate';
      const verifier =
        stage === 'accommodate'
          ? { actor: ctx.bappedaActor }
          : this.verifierOf(stage, spec, regionCode);
      const opdScope = 'opd' in verifier ? verifier.opd : undefined;
      const { from, to } = this.stageDays(stage);
      const at = () =>
        staffTimeBetween(ctx, random, now + HOUR_MS, from, to) ??
        staffTimeBetween(
          ctx,
          random,
          now + HOUR_MS,
          clock.date(now),
          clock.addDays(clock.date(now), 10),
        );

      if (detour && !detoured && stage !== 'accommodate' && random.chance(0.5)) {
        detoured = true;
        if (!act('return', verifier.actor, at(), { note: random.pick(RETURN_NOTES) }, opdScope)) {
          return { proposal, spec };
        }
        if (!submit(true)) return { proposal, spec };
        i = -1;
        continue;
      }
      if (i === stopAt && (target === 'rejected' || target === 'returned')) {
        const action = target === 'rejected' ? 'reject' : 'return';
        act(
          action,
          verifier.actor,
          at(),
          action === 'reject'
            ? {
                reason: random.pick(REJECT_REASONS),
                ...(random.chance(0.3) && {
                  internalNote: 'Data demo: dibahas dalam rapat verifikasi.',
                }),
              }
            : { note: random.pick(RETURN_NOTES) },
          opdScope,
        );
        return { proposal, spec };
      }
      if (i === stopAt && target !== 'accommodated') return { proposal, spec };
      if (stage === 'accommodate') {
        const pagu = roundTo(proposal.estimatedCost * (0.75 + random.next() * 0.25), 1_000);
        const opdName = ctx.opd(opdFor(ctx, spec, regionCode)).shortName;
        act('accommodate', ctx.bappedaActor, at(), {
          subKegiatan: spec.code,
          pagu,
          note: `Diakomodir dalam Renja ${opdName} Tahun ${schedule.year}.`,
        });
        return { proposal, spec };
      }
      if (
        !act(
          'verify',
          verifier.actor,
          at(),
          random.chance(0.4) ? { note: random.pick(VERIFY_NOTES) } : {},
          opdScope,
        )
      ) {
        return { proposal, spec };
      }
    }
    return { proposal, spec };
  }
}

/** Statuses whose proposals a source can reach (verified-kecamatan only on the desa route). */
function sourceFor(random: Random, status: ProposalStatus): ProposalSource {
  const allowed = SOURCE_WEIGHTS.filter(([source]) => {
    const route = PROPOSAL_ROUTES[source];
    if (status === 'verified-kecamatan') return route.includes('kecamatan');
    if (status === 'verified-opd') return route.includes('opd');
    return true;
  });
  return random.weighted(allowed);
}

function proposalsOfCycle(
  ctx: SeedContext,
  random: Random,
  schedule: PlanningSchedule,
  count: number,
  weights: Partial<Record<ProposalStatus, number>>,
): PlannedProposal[] {
  const builder = new ProposalBuilder(ctx, random, schedule);
  const planned: PlannedProposal[] = [];
  for (const target of expand(random, allocate(count, weights as Record<ProposalStatus, number>))) {
    let built: PlannedProposal | undefined;
    for (let attempt = 0; attempt < 5 && !built; attempt++)
      built = builder.build(target, sourceFor(random, target));
    if (built) planned.push(built);
  }
  return planned;
}

function indicatorTarget(
  random: Random,
  spec: { row: { target: readonly [number, number] } },
): number {
  return random.int(spec.row.target[0], spec.row.target[1]);
}

/** Renja rows of the current fiscal year with progress, and next year's rows from accommodated proposals. */
function workPlanRows(
  ctx: SeedContext,
  random: Random,
  currentYear: number,
  previous: readonly PlannedProposal[],
  main: readonly PlannedProposal[],
): WorkPlanEntry[] {
  const { clock } = ctx;
  const rows: WorkPlanEntry[] = [];
  const yearStart = clock.at(`${currentYear}-01-01`, 0, 0);
  const elapsed = Math.min(1, Math.max(0, (clock.nowMs - yearStart) / (365 * DAY_MS)));
  const lastReport = (() => {
    // Progress is reported at the end of each month; the latest report before now.
    const now = clock.date(clock.nowMs);
    const monthStart = `${now.slice(0, 7)}-01`;
    const day = clock.addDays(monthStart, -1);
    return day < `${currentYear}-01-01` ? undefined : day;
  })();

  const progress = (
    pagu: number,
    regular: boolean,
  ): Pick<WorkPlanEntry, 'progress'> & { share: number } => {
    if (!lastReport) return { share: 0 };
    const reportMs = clock.officeTime(random, clock.addWorkingDays(lastReport, 0), 0);
    if (reportMs > clock.nowMs) return { share: 0 };
    const share = regular
      ? elapsed
      : random.chance(0.06)
        ? 0
        : Math.min(1, elapsed ** 1.2 * (0.6 + random.next() * 0.65));
    const physicalPercent = Math.round(share * 10000) / 100;
    const financialRealisation = Math.min(
      pagu,
      Math.round(pagu * share * (regular ? 1 : 0.85 + random.next() * 0.17)),
    );
    return {
      share,
      progress: { physicalPercent, financialRealisation, updatedAt: clock.iso(reportMs) },
    };
  };

  const createdFor = (year: number) => {
    const firstDay = clock.addWorkingDays(`${year}-01-02`, 0);
    const ms = clock.officeTime(random, clock.addWorkingDays(firstDay, random.int(0, 6)));
    return Math.min(ms, clock.nowMs);
  };

  const row = (
    opdId: string,
    code: string,
    name: string,
    indicator: { description: string; unit: string },
    target: number,
    pagu: number,
    fundingSource: FundingSource,
    locations: readonly string[],
    proposalIds: readonly string[],
    regular: boolean,
  ) => {
    const createdMs = createdFor(currentYear);
    const done = progress(pagu, regular);
    const realised = Math.round(target * done.share * 100) / 100;
    rows.push({
      id: demoId(random, createdMs),
      fiscalYear: currentYear,
      subKegiatan: code,
      subKegiatanName: name,
      opdId,
      locations: [...new Set(locations)].slice(0, 100),
      indicators: [
        {
          description: indicator.description,
          unit: indicator.unit,
          target: { [String(currentYear)]: target },
          ...(done.progress && { realisation: { [String(currentYear)]: realised } }),
        },
      ],
      pagu,
      fundingSource,
      proposalIds: [...proposalIds],
      ...(done.progress && { progress: done.progress }),
      createdAt: clock.iso(createdMs),
      updatedAt: done.progress ? done.progress.updatedAt : clock.iso(createdMs),
    });
  };

  // Program Penunjang: salaries and utilities of every OPD.
  for (const opd of ctx.opds) {
    const bidang = opd.bidang[0] as string;
    for (const item of PENUNJANG) {
      if (opd.kind === 'kecamatan' && !item.program.startsWith('01.2.02')) continue;
      const [min, max] = item.program.startsWith('01.2.02')
        ? salaryBudget(opd.id, opd.kind)
        : [150e6, 1.5e9];
      row(
        opd.id,
        `${bidang}.${item.program}`,
        item.name,
        item.indicator,
        item.target,
        roundTo(min + random.next() * (max - min), 1_000_000),
        item.program.startsWith('01.2.02') ? 'dau' : 'pad',
        [ctx.region.code],
        [],
        true,
      );
    }
  }

  // Programs: one row per sub kegiatan (×scale), holding last cycle's accommodated proposals.
  const accommodated = previous.filter((p) => p.proposal.status === 'accommodated');
  const copies = Math.max(1, Math.round(ctx.scale));
  for (const spec of SUB_KEGIATAN) {
    if (spec.opd === 'kecamatan' || !ctx.opdById.has(spec.opd)) continue;
    const linked = accommodated.filter((p) => p.spec.code === spec.code);
    for (let copy = 0; copy < copies; copy++) {
      const mine = linked.filter((_, n) => n % copies === copy);
      const places = spec.proposal
        ? random.sample(ctx.region.villages, random.int(2, 6)).map((v) => v.code)
        : [ctx.region.code];
      const linkedPagu = mine.reduce((sum, p) => sum + (p.proposal.pagu ?? 0), 0);
      const pagu = roundTo(
        linkedPagu + spec.row.pagu[0] + random.next() * (spec.row.pagu[1] - spec.row.pagu[0]),
        1_000_000,
      );
      row(
        spec.opd,
        spec.code,
        spec.name,
        spec.indicator,
        indicatorTarget(random, spec),
        pagu,
        random.pick(spec.row.funding),
        [...mine.map((p) => p.proposal.regionCode), ...places],
        mine.map((p) => p.proposal.id),
        false,
      );
    }
  }

  // Kecamatan: coordination and community institutions, plus kelurahan works they accommodated.
  const kecamatanSpecs = SUB_KEGIATAN.filter((s) => s.opd === 'kecamatan');
  const routine = kecamatanSpecs.filter((s) => !s.proposal);
  ctx.region.districts.forEach(({ district }, index) => {
    const opdId = kecamatanOpdId(district.name);
    if (!ctx.opdById.has(opdId)) return;
    for (const spec of kecamatanSpecs) {
      const mine = accommodated.filter(
        (p) => p.spec.code === spec.code && p.proposal.regionCode.startsWith(district.code),
      );
      if (spec.proposal ? mine.length === 0 : spec !== routine[index % routine.length]) continue;
      const linkedPagu = mine.reduce((sum, p) => sum + (p.proposal.pagu ?? 0), 0);
      row(
        opdId,
        spec.code,
        spec.name,
        spec.indicator,
        indicatorTarget(random, spec),
        roundTo(
          linkedPagu + spec.row.pagu[0] + random.next() * (spec.row.pagu[1] - spec.row.pagu[0]),
          1_000_000,
        ),
        random.pick(spec.row.funding),
        [district.code, ...mine.map((p) => p.proposal.regionCode)],
        mine.map((p) => p.proposal.id),
        false,
      );
    }
  });

  // Next year's Renja: the proposals accommodated in this year's planning cycle, by OPD and sub kegiatan.
  const groups = new Map<string, PlannedProposal[]>();
  for (const planned of main) {
    if (planned.proposal.status !== 'accommodated') continue;
    const opdId = opdFor(ctx, planned.spec, planned.proposal.regionCode);
    const key = `${opdId} ${planned.spec.code}`;
    groups.set(key, [...(groups.get(key) ?? []), planned]);
  }
  for (const [key, group] of groups) {
    const [opdId = ''] = key.split(' ');
    const spec = (group[0] as PlannedProposal).spec;
    const createdMs = Math.max(...group.map((p) => Date.parse(p.proposal.updatedAt)));
    const pagu = group.reduce((sum, p) => sum + (p.proposal.pagu ?? 0), 0);
    rows.push({
      id: demoId(random, createdMs),
      fiscalYear: currentYear + 1,
      subKegiatan: spec.code,
      subKegiatanName: spec.name,
      opdId,
      locations: [...new Set(group.map((p) => p.proposal.regionCode))].slice(0, 100),
      indicators: [
        {
          description: spec.indicator.description,
          unit: spec.indicator.unit,
          target: { [String(currentYear + 1)]: indicatorTarget(random, spec) },
        },
      ],
      pagu,
      fundingSource: random.pick(spec.row.funding),
      proposalIds: group.map((p) => p.proposal.id),
      createdAt: clock.iso(createdMs),
      updatedAt: clock.iso(createdMs),
    });
  }
  return rows;
}

/**
 * The planning demo: schedules for the current and next fiscal year; about 300 proposals
 * (×scale) — most from this year's Musrenbang cycle for next year's RKPD, in every status and
 * from every source, the rest from last year's cycle, already accommodated or rejected; and the
 * work plan: this year's Renja rows with progress (linked to last cycle's accommodated proposals)
 * and next year's rows holding this cycle's accommodated ones.
 */
export function generatePlanning(ctx: SeedContext): PlanningData {
  const random = ctx.random('planning');
  const { clock } = ctx;
  const currentYear = clock.yearOf(clock.nowMs);
  const current = defaultPlanningSchedule(currentYear);
  const next = defaultPlanningSchedule(currentYear + 1);
  const total = ctx.count(PROPOSALS_BASE);
  // The previous cycle was planned in the year before; only when that year has a calendar.
  const previousCount = clock.covers(currentYear - 1) ? Math.round(total * 0.2) : 0;
  const previous = proposalsOfCycle(ctx, random, current, previousCount, PREVIOUS_STATUSES);
  const main = proposalsOfCycle(ctx, random, next, total - previousCount, MAIN_STATUSES);
  return {
    schedules: [current, next],
    proposals: [...previous, ...main].map((p) => p.proposal),
    workPlan: workPlanRows(ctx, random, currentYear, previous, main),
  };
}

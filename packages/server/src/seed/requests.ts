import {
  type AgeBand,
  type Answers,
  type Attachment,
  IKM_ELEMENTS,
  type IkmResponse,
  type IkmScores,
  openServiceRequest,
  type ServiceRequest,
  ServiceRequestCreate,
  type ServiceRequestStatus,
  type ServiceRequestTransitionRequest,
  type ServiceStandard,
  type ServicesActor,
  serviceRequestDueDate,
  transitionServiceRequest,
} from '@cerdas/model';
import { DAY_MS, HOUR_MS, withinCalendar } from './clock.js';
import { numbered } from './complaints.js';
import { allocate, expand, type SeedContext } from './context.js';
import { demoId } from './ids.js';
import { demoEmail, demoMobile, demoNik, demoPerson, demoStreet } from './people.js';
import type { Random } from './random.js';

/** Service requests at scale 1. */
export const SERVICE_REQUESTS_BASE = 120;
/** IKM answers per surveyed service at scale 1. */
export const IKM_PER_SERVICE_BASE = 40;

const STATUS_WEIGHTS: Readonly<Record<ServiceRequestStatus, number>> = {
  submitted: 10,
  verified: 8,
  'in-process': 12,
  completed: 50,
  rejected: 8,
  'needs-revision': 12,
};

const AGE_DAYS: Readonly<Record<ServiceRequestStatus, readonly [number, number]>> = {
  submitted: [0.05, 1.5],
  verified: [0.5, 5],
  'in-process': [1, 12],
  completed: [3, 360],
  rejected: [3, 360],
  'needs-revision': [2, 30],
};

const REVISION_NOTES = [
  'Foto KK kurang jelas; mohon unggah ulang dengan resolusi lebih tinggi.',
  'Surat pengantar belum ditandatangani kepala desa.',
  'Nama pada surat keterangan berbeda dengan data KK; mohon disesuaikan.',
] as const;

const REJECT_REASONS = [
  'Pemohon bukan penduduk kabupaten ini; silakan mengajukan di daerah domisili.',
  'Dokumen yang sama sudah diterbitkan bulan ini.',
  'Persyaratan tidak dapat dipenuhi setelah dua kali perbaikan.',
] as const;

class TooLate extends Error {}

/**
 * IKM of a few services, each aiming at one mutu (PermenPANRB 14/2017): scores 4/3/2/1 drawn
 * with these probabilities, so the computed index lands in different bands.
 */
const IKM_PROFILES: readonly (readonly [serviceId: string, p4: number, p3: number, p2: number])[] =
  [
    ['ktp-el-baru', 0.7, 0.28, 0.02],
    ['akta-kelahiran', 0.66, 0.31, 0.03],
    ['kk-baru', 0.4, 0.52, 0.07],
    ['uji-kir', 0.3, 0.58, 0.1],
    ['sktm', 0.15, 0.55, 0.25],
    ['pbg', 0.06, 0.34, 0.42],
  ];

const IKM_COMMENTS = [
  'Petugas ramah dan prosesnya cepat.',
  'Antrean pagi cukup panjang, mohon ditambah loket.',
  'Informasi persyaratan di situs kurang jelas.',
  'Ruang tunggu nyaman dan bersih.',
  'Mohon ada layanan pada hari Sabtu.',
] as const;

/** Answers for the requirements, except those met by an attached file. */
function answersFor(
  standard: ServiceStandard,
  random: Random,
  attached: ReadonlySet<string>,
): Answers {
  const answers: Answers = {};
  for (const requirement of standard.requirements) {
    // Drawn for every requirement, so attachments do not shift the rest of the demo.
    const skipOptional = random.chance(0.5);
    if (attached.has(requirement.key)) continue;
    if (!requirement.required && skipOptional) continue;
    answers[requirement.key] = requirement.documentKind
      ? 'Dokumen asli diperlihatkan di loket (data demo).'
      : 'Ya, sesuai (data demo).';
  }
  return answers;
}

interface Plan {
  readonly target: ServiceRequestStatus;
  readonly standard: ServiceStandard;
  readonly online: boolean;
}

function build(
  ctx: SeedContext,
  random: Random,
  plan: Plan,
  t0: number,
): { request: ServiceRequest; docs: string[] } {
  const { clock } = ctx;
  const { standard } = plan;
  const village = random.pick(ctx.region.villages);
  const person = demoPerson(random);
  const home = demoStreet(random, village.kind);
  const id = demoId(random, t0);
  const docRequirements = plan.online ? standard.requirements.filter((r) => r.documentKind) : [];
  const attachments: Attachment[] = docRequirements.map((r) => ({
    id: demoId(ctx.media, t0),
    requirementKey: r.key,
    ...(r.documentKind && { documentKind: r.documentKind }),
    fileName: `${r.key}.pdf`,
    mediaType: 'application/pdf',
    sizeBytes: 1,
  }));
  const input = ServiceRequestCreate.parse({
    serviceId: standard.id,
    applicant: {
      name: person.name,
      nik: demoNik(random, village.parentCode, person),
      phone: demoMobile(random),
      ...(random.chance(0.5) && { email: demoEmail(random, person) }),
      address: {
        line: `${home.street} RT ${home.rt.padStart(2, '0')} RW ${home.rw.padStart(2, '0')}`,
        villageCode: village.code,
      },
    },
    answers: answersFor(standard, random, new Set(attachments.map((a) => a.requirementKey ?? ''))),
    attachments: attachments.map((a) => ({ id: a.id, requirementKey: a.requirementKey })),
  });
  const officer = ctx.opdActor(standard.opdId);
  const opened = openServiceRequest(input, standard, {
    id,
    trackingNumber: `LYN-${ctx.regencyDigits}-${clock.yearOf(t0)}-000001`,
    now: clock.iso(t0),
    attachments,
    ...(!plan.online && { submittedBy: officer }),
  });
  if (!opened.ok) throw new Error(`demo service request refused: ${opened.reason.en}`);
  let request = opened.value;
  let at = t0;
  const step = (body: ServiceRequestTransitionRequest, actor: ServicesActor, ms: number) => {
    if (ms > clock.nowMs) throw new TooLate();
    const result = transitionServiceRequest(request, body, actor, { now: clock.iso(ms) });
    if (!result.ok)
      throw new Error(`demo request ${body.action} refused: ${result.error.message.en}`);
    request = result.value;
    at = ms;
  };
  const staff = (min: number, max: number) => clock.staffStep(random, at, min, max);
  const citizen = { role: 'citizen' } as const;
  const revise = () => {
    step({ action: 'request-revision', note: random.pick(REVISION_NOTES) }, officer, staff(0, 1));
    step(
      { action: 'resubmit', note: 'Berkas sudah diperbaiki (data demo).' },
      citizen,
      clock.citizenTime(random, at + HOUR_MS, at + 4 * DAY_MS),
    );
  };
  const days = standard.completionDays;
  const detour = random.chance(0.15);

  switch (plan.target) {
    case 'submitted':
      break;
    case 'verified':
      step({ action: 'verify' }, officer, staff(0, 1));
      break;
    case 'in-process':
      if (detour) revise();
      step({ action: 'verify' }, officer, staff(0, 1));
      step({ action: 'start' }, officer, staff(0, Math.min(1, days)));
      break;
    case 'completed': {
      if (detour) revise();
      step({ action: 'verify' }, officer, staff(0, Math.min(1, days)));
      step({ action: 'start' }, officer, staff(0, Math.min(1, days)));
      const late = random.chance(0.1) ? random.int(1, 5) : 0;
      step(
        {
          action: 'complete',
          publicNote: plan.online
            ? 'Dokumen sudah terbit dan dapat diunduh melalui tautan yang dikirim.'
            : 'Dokumen sudah terbit dan dapat diambil di loket.',
        },
        officer,
        staff(0, Math.max(0, days - 1) + late),
      );
      break;
    }
    case 'rejected':
      if (random.chance(0.5)) step({ action: 'verify' }, officer, staff(0, 1));
      step({ action: 'reject', reason: random.pick(REJECT_REASONS) }, officer, staff(0, 2));
      break;
    case 'needs-revision':
      if (random.chance(0.4)) step({ action: 'verify' }, officer, staff(0, 1));
      step({ action: 'request-revision', note: random.pick(REVISION_NOTES) }, officer, staff(0, 1));
      break;
  }
  return { request, docs: attachments.map((a) => a.id) };
}

/**
 * About 120 service requests (×scale) in every status, opened with `openServiceRequest` and
 * moved by the OPD's counter staff and the applicant. Online requests carry placeholder PDFs
 * when media are written; counter requests record the documents as shown at the counter.
 */
export function generateServiceRequests(
  ctx: SeedContext,
  standards: readonly ServiceStandard[],
): ServiceRequest[] {
  const random = ctx.random('service-requests');
  const { clock } = ctx;
  const active = standards.filter((s) => s.status === 'active');
  const weighted = active.map((s) => [s, s.opdId === 'dispendukcapil' ? 4 : 1] as const);
  const requests: ServiceRequest[] = [];
  for (const target of expand(random, allocate(ctx.count(SERVICE_REQUESTS_BASE), STATUS_WEIGHTS))) {
    const plan: Plan = {
      target,
      standard: random.weighted(weighted),
      online: ctx.withMedia && ctx.media.chance(0.4),
    };
    let made: { request: ServiceRequest; docs: string[] } | undefined;
    for (let attempt = 0; attempt < 40 && !made; attempt++) {
      const [min, max] = AGE_DAYS[target];
      const stretch = 1 + attempt * 0.5;
      const t0 = clock.citizenTime(
        random,
        Math.max(clock.startMs, clock.nowMs - max * stretch * DAY_MS),
        clock.nowMs - min * DAY_MS,
      );
      try {
        const built = withinCalendar(() => build(ctx, random, plan, t0));
        if (built && serviceRequestDueDate(built.request, clock.calendar, clock.timeZone).ok)
          made = built;
      } catch (error) {
        if (!(error instanceof TooLate)) throw error;
      }
    }
    // Too little covered history before now for this lifecycle (a calendar starting days ago).
    if (!made) continue;
    const { request, docs } = made;
    const sizes = new Map(
      docs.map((docId) => [
        docId,
        ctx.document(docId, `request:${request.id}`, Date.parse(request.createdAt)).bytes,
      ]),
    );
    requests.push({
      ...request,
      attachments: request.attachments.map((a) => ({
        ...a,
        sizeBytes: sizes.get(a.id) ?? a.sizeBytes,
      })),
    });
  }
  return numbered(ctx, requests, 'LYN');
}

const AGE_BANDS: readonly AgeBand[] = ['under-21', '21-30', '31-40', '41-50', '51-60', 'over-60'];

/** IKM questionnaires for a few services, each aiming at a different mutu. */
export function generateIkm(
  ctx: SeedContext,
  standards: readonly ServiceStandard[],
): IkmResponse[] {
  const random = ctx.random('ikm');
  const { clock } = ctx;
  const byId = new Map(standards.map((s) => [s.id, s]));
  const responses: IkmResponse[] = [];
  for (const [serviceId, p4, p3, p2] of IKM_PROFILES) {
    const standard = byId.get(serviceId);
    if (!standard) continue;
    for (let i = 0; i < ctx.count(IKM_PER_SERVICE_BASE); i++) {
      const day = clock.date(
        clock.startMs + random.next() * (clock.nowMs - clock.startMs - DAY_MS),
      );
      const ms = withinCalendar(() => clock.officeTime(random, clock.addWorkingDays(day, 0)));
      if (ms === undefined || ms > clock.nowMs) continue;
      const score = () => {
        const roll = random.next();
        return roll < p4 ? 4 : roll < p4 + p3 ? 3 : roll < p4 + p3 + p2 ? 2 : 1;
      };
      const scores = Object.fromEntries(IKM_ELEMENTS.map((e) => [e, score()])) as IkmScores;
      if (standard.fee.kind === 'free' && scores.biaya < 4 && random.chance(0.5)) scores.biaya += 1;
      responses.push({
        id: demoId(random, ms),
        serviceId,
        opdId: standard.opdId,
        date: clock.date(ms),
        scores,
        ...(random.chance(0.7) && {
          respondent: {
            ageBand: random.pick(AGE_BANDS),
            sex: random.chance(0.5) ? 'P' : 'L',
            education: random.pick(['sd', 'smp', 'sma', 'diploma', 's1'] as const),
            occupation: random.pick(['pns', 'swasta', 'wirausaha', 'lainnya'] as const),
          },
        }),
        ...(random.chance(0.2) && { comment: random.pick(IKM_COMMENTS) }),
        createdAt: clock.iso(ms),
      });
    }
  }
  return responses;
}

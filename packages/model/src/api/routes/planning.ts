import * as z from 'zod/mini';
import { Page } from '../../common/page.js';
import { PlanningSummary } from '../../planning/aggregations.js';
import { Opd, OpdCreate, OpdListQuery, OpdUpdate } from '../../planning/opd.js';
import { PlanningSchedule } from '../../planning/phases.js';
import { FiscalYearQuery, PlanningId } from '../../planning/primitives.js';
import {
  Proposal,
  ProposalCreate,
  ProposalListQuery,
  ProposalPublic,
  ProposalTransitionRequest,
  ProposalUpdate,
} from '../../planning/proposal.js';
import { ProposalTransitionRule } from '../../planning/proposal-lifecycle.js';
import {
  WorkPlanEntry,
  WorkPlanEntryCreate,
  WorkPlanProgressUpdate,
  WorkPlanQuery,
} from '../../planning/work-plan.js';
import { defineRoute } from '../route.js';
import {
  GET_ERRORS,
  PUBLIC,
  READ_ERRORS,
  STAFF_READ_ERRORS,
  STAFF_WRITE_ERRORS,
  staff,
} from './common.js';

const IdParams = z.object({ id: PlanningId });
const YearParams = z.object({ year: FiscalYearQuery });
const PROPOSERS = staff('desa', 'kecamatan', 'opd', 'bappeda', 'admin');
const PLANNERS = staff('opd', 'bappeda', 'admin');
const BAPPEDA = staff('bappeda', 'admin');

/** `opd.list` */
export const opdListRoute = defineRoute({
  method: 'GET',
  path: '/v1/opd',
  summary: "The regency's perangkat daerah",
  tag: 'opd',
  access: PUBLIC,
  query: OpdListQuery,
  response: Page(Opd),
  errors: READ_ERRORS,
});

/** `opd.get` */
export const opdGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/opd/{id}',
  summary: 'One perangkat daerah',
  tag: 'opd',
  access: PUBLIC,
  params: IdParams,
  response: Opd,
  errors: GET_ERRORS,
});

/** `opd.create` */
export const opdCreateRoute = defineRoute({
  method: 'POST',
  path: '/v1/opd',
  summary: 'Add a perangkat daerah',
  tag: 'opd',
  access: BAPPEDA,
  body: OpdCreate,
  response: Opd,
  successStatus: 201,
  errors: STAFF_WRITE_ERRORS,
});

/** `opd.update` */
export const opdUpdateRoute = defineRoute({
  method: 'PUT',
  path: '/v1/opd/{id}',
  summary: 'Replace a perangkat daerah’s details',
  tag: 'opd',
  access: BAPPEDA,
  params: IdParams,
  body: OpdUpdate,
  response: Opd,
  errors: STAFF_WRITE_ERRORS,
});

/** Perangkat daerah (OPD) and their bidang urusan. */
export const opdRoutes = {
  'opd.list': opdListRoute,
  'opd.get': opdGetRoute,
  'opd.create': opdCreateRoute,
  'opd.update': opdUpdateRoute,
} as const;

/** `planning.schedules.get` */
export const planningSchedulesGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/planning/schedules/{year}',
  summary: 'The Musrenbang and RKPD phases planning a fiscal year',
  tag: 'planning',
  access: PUBLIC,
  params: YearParams,
  response: PlanningSchedule,
  errors: GET_ERRORS,
});

/** `planning.schedules.put` */
export const planningSchedulesPutRoute = defineRoute({
  method: 'PUT',
  path: '/v1/planning/schedules/{year}',
  summary: 'Set the phases of a planning year',
  tag: 'planning',
  access: BAPPEDA,
  params: YearParams,
  body: PlanningSchedule,
  response: PlanningSchedule,
  errors: STAFF_WRITE_ERRORS,
});

/** `planning.proposals.list` */
export const planningProposalsListRoute = defineRoute({
  method: 'GET',
  path: '/v1/planning/proposals',
  summary: 'Musrenbang proposals (submitted and beyond), without contact persons',
  tag: 'planning',
  access: PUBLIC,
  query: ProposalListQuery,
  response: Page(ProposalPublic),
  errors: READ_ERRORS,
});

/** `planning.proposals.get` */
export const planningProposalsGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/planning/proposals/{id}',
  summary: 'One proposal and its public history',
  tag: 'planning',
  access: PUBLIC,
  params: IdParams,
  response: ProposalPublic,
  errors: GET_ERRORS,
});

/** `planning.proposals.rules` */
export const planningProposalsRulesRoute = defineRoute({
  method: 'GET',
  path: '/v1/planning/proposal-transitions',
  summary: 'Who may move a proposal from which status, by source',
  tag: 'planning',
  access: PUBLIC,
  response: z.array(ProposalTransitionRule),
  errors: READ_ERRORS,
});

/** `planning.proposals.staff.list` */
export const planningProposalsStaffListRoute = defineRoute({
  method: 'GET',
  path: '/v1/staff/planning/proposals',
  summary: 'Proposals in the caller’s scope, drafts and contact persons included',
  tag: 'planning',
  access: PROPOSERS,
  query: ProposalListQuery,
  response: Page(Proposal),
  errors: STAFF_READ_ERRORS,
  personalData: true,
});

/** `planning.proposals.staff.get` */
export const planningProposalsStaffGetRoute = defineRoute({
  method: 'GET',
  path: '/v1/staff/planning/proposals/{id}',
  summary: 'One proposal with its contact person',
  tag: 'planning',
  access: PROPOSERS,
  params: IdParams,
  response: Proposal,
  errors: STAFF_READ_ERRORS,
  personalData: true,
});

/** `planning.proposals.create` */
export const planningProposalsCreateRoute = defineRoute({
  method: 'POST',
  path: '/v1/planning/proposals',
  summary: 'Draft a proposal (desa/kelurahan operator, kecamatan, OPD or Bappeda)',
  tag: 'planning',
  access: PROPOSERS,
  body: ProposalCreate,
  response: Proposal,
  successStatus: 201,
  errors: STAFF_WRITE_ERRORS,
  idempotent: true,
  personalData: true,
});

/** `planning.proposals.update` */
export const planningProposalsUpdateRoute = defineRoute({
  method: 'PATCH',
  path: '/v1/planning/proposals/{id}',
  summary: 'Edit a draft or a proposal returned for revision',
  tag: 'planning',
  access: PROPOSERS,
  params: IdParams,
  body: ProposalUpdate,
  response: Proposal,
  errors: STAFF_WRITE_ERRORS,
  personalData: true,
});

/** `planning.proposals.transition` */
export const planningProposalsTransitionRoute = defineRoute({
  method: 'POST',
  path: '/v1/planning/proposals/{id}/transitions',
  summary: 'Submit, verify, accommodate, reject or return a proposal',
  description:
    'Applies the proposal lifecycle of @cerdas/model: who may do what at which stage, within the open phase.',
  tag: 'planning',
  access: PROPOSERS,
  params: IdParams,
  body: ProposalTransitionRequest,
  response: Proposal,
  errors: STAFF_WRITE_ERRORS,
  idempotent: true,
  personalData: true,
});

/** `planning.workPlan.list` */
export const planningWorkPlanListRoute = defineRoute({
  method: 'GET',
  path: '/v1/planning/work-plan',
  summary: 'Renja/RKPD rows: sub kegiatan, indicators, pagu and progress',
  tag: 'planning',
  access: PUBLIC,
  query: WorkPlanQuery,
  response: Page(WorkPlanEntry),
  errors: READ_ERRORS,
});

/** `planning.workPlan.create` */
export const planningWorkPlanCreateRoute = defineRoute({
  method: 'POST',
  path: '/v1/planning/work-plan',
  summary: 'Add a work plan row',
  tag: 'planning',
  access: PLANNERS,
  body: WorkPlanEntryCreate,
  response: WorkPlanEntry,
  successStatus: 201,
  errors: STAFF_WRITE_ERRORS,
  idempotent: true,
});

/** `planning.workPlan.progress` */
export const planningWorkPlanProgressRoute = defineRoute({
  method: 'PUT',
  path: '/v1/planning/work-plan/{id}/progress',
  summary: 'Report physical and financial progress of a row',
  tag: 'planning',
  access: PLANNERS,
  params: IdParams,
  body: WorkPlanProgressUpdate,
  response: WorkPlanEntry,
  errors: STAFF_WRITE_ERRORS,
});

/** `planning.summary` */
export const planningSummaryRoute = defineRoute({
  method: 'GET',
  path: '/v1/planning/summary',
  summary: 'Pagu by urusan, OPD and district, and the proposal funnel, for a year',
  tag: 'planning',
  access: PUBLIC,
  query: z.object({ year: FiscalYearQuery }),
  response: PlanningSummary,
  errors: READ_ERRORS,
});

/** E-Planning: the Musrenbang calendar, proposals, the work plan and its dashboards. */
export const planningRoutes = {
  'planning.schedules.get': planningSchedulesGetRoute,
  'planning.schedules.put': planningSchedulesPutRoute,
  'planning.proposals.list': planningProposalsListRoute,
  'planning.proposals.get': planningProposalsGetRoute,
  'planning.proposals.rules': planningProposalsRulesRoute,
  'planning.proposals.staff.list': planningProposalsStaffListRoute,
  'planning.proposals.staff.get': planningProposalsStaffGetRoute,
  'planning.proposals.create': planningProposalsCreateRoute,
  'planning.proposals.update': planningProposalsUpdateRoute,
  'planning.proposals.transition': planningProposalsTransitionRoute,
  'planning.workPlan.list': planningWorkPlanListRoute,
  'planning.workPlan.create': planningWorkPlanCreateRoute,
  'planning.workPlan.progress': planningWorkPlanProgressRoute,
  'planning.summary': planningSummaryRoute,
} as const;

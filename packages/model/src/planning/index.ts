export * from './aggregations.js';
export * from './nomenclature.js';
export * from './opd.js';
export * from './phases.js';
export {
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
  FiscalYear,
  FiscalYearQuery,
  PlanningId,
} from './primitives.js';
export * from './proposal.js';
export * from './proposal-lifecycle.js';
export * from './urusan-bidang.js';
export * from './work-plan.js';

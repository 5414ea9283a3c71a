import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Page } from '../common/page.js';
import { PERSONAL_DATA } from '../common/personal.js';
import * as planning from './index.js';

/** Bodies and queries the API reads: their input JSON Schema feeds the OpenAPI document. */
const REQUESTS = {
  OpdCreate: planning.OpdCreate,
  OpdUpdate: planning.OpdUpdate,
  OpdListQuery: planning.OpdListQuery,
  ProposalCreate: planning.ProposalCreate,
  ProposalUpdate: planning.ProposalUpdate,
  ProposalTransitionRequest: planning.ProposalTransitionRequest,
  ProposalListQuery: planning.ProposalListQuery,
  PlanningSchedule: planning.PlanningSchedule,
  NomenclatureCodeSet: planning.NomenclatureCodeSet,
  WorkPlanEntryCreate: planning.WorkPlanEntryCreate,
  WorkPlanProgressUpdate: planning.WorkPlanProgressUpdate,
  WorkPlanQuery: planning.WorkPlanQuery,
};

/** Responses anyone may read: they must never reach personal data. */
const PUBLIC_RESPONSES = {
  Opd: planning.Opd,
  ProposalPublic: planning.ProposalPublic,
  ProposalPublicPage: Page(planning.ProposalPublic),
  WorkPlanEntry: planning.WorkPlanEntry,
  WorkPlanEntryPage: Page(planning.WorkPlanEntry),
  PlanningSchedule: planning.PlanningSchedule,
  PlanningSummary: planning.PlanningSummary,
  ProposalTransitionRule: planning.ProposalTransitionRule,
  NomenclatureCodeSet: planning.NomenclatureCodeSet,
};

/** Responses for staff only. */
const STAFF_RESPONSES = {
  Proposal: planning.Proposal,
  ProposalPage: Page(planning.Proposal),
};

const PERSONAL_NAMES = /^(nik|phone|email|whatsapp|address|contactPerson)$/i;

/** Every place in a JSON Schema that marks personal data or names a personal field. */
function personalSpots(node: unknown, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => personalSpots(item, `${path}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const spots: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === PERSONAL_DATA && value === true) spots.push(path);
    if (key === 'properties' && value && typeof value === 'object') {
      for (const name of Object.keys(value)) {
        if (PERSONAL_NAMES.test(name)) spots.push(`${path}/properties/${name}`);
      }
    }
    spots.push(...personalSpots(value, `${path}/${key}`));
  }
  return spots;
}

describe('JSON Schema of the planning contract', () => {
  it.each(Object.entries(REQUESTS))('%s has an input JSON Schema', (_, schema) => {
    expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
  });

  it.each(Object.entries({ ...PUBLIC_RESPONSES, ...STAFF_RESPONSES }))(
    '%s has an output JSON Schema',
    (_, schema) => {
      expect(() => z.toJSONSchema(schema, { io: 'output' })).not.toThrow();
    },
  );

  it.each(Object.entries(PUBLIC_RESPONSES))('public %s carries no personal data', (_, schema) => {
    expect(personalSpots(z.toJSONSchema(schema, { io: 'output' }))).toEqual([]);
  });

  it('finds the contact person in the staff proposal, so the walk above can fail', () => {
    expect(personalSpots(z.toJSONSchema(planning.Proposal, { io: 'output' }))).toContain(
      '#/properties/contactPerson',
    );
  });

  it('spells out what a transition request needs per action', () => {
    const schema = z.toJSONSchema(planning.ProposalTransitionRequest, {
      io: 'input',
    }) as unknown as {
      oneOf: { properties: { action: { const: string } }; required: string[] }[];
    };
    const required = Object.fromEntries(
      schema.oneOf.map((option) => [option.properties.action.const, option.required.sort()]),
    );
    expect(required).toEqual({
      submit: ['action'],
      verify: ['action'],
      accommodate: ['action', 'pagu', 'subKegiatan'],
      reject: ['action', 'reason'],
      return: ['action', 'note'],
    });
  });
});

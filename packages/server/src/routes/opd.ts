import { HttpProblem, MESSAGES } from '../errors.js';
import type { HandlerGroup } from '../handler.js';
import { found, pageOf } from './shared.js';

const UNKNOWN_OPD = { id: 'Perangkat daerah tidak ditemukan.', en: 'No such perangkat daerah.' };

export const opdHandlers: HandlerGroup<'opd.list' | 'opd.get' | 'opd.create' | 'opd.update'> = {
  'opd.list': async ({ query }, ctx) => {
    const { limit: _l, cursor: _c, ...filter } = query;
    return ctx.db.opds.list(filter, pageOf(query));
  },
  'opd.get': async ({ params }, ctx) => found(await ctx.db.opds.get(params.id), UNKNOWN_OPD),
  'opd.create': async ({ body }, ctx) => {
    if (await ctx.db.opds.get(body.id)) throw new HttpProblem(409, MESSAGES.duplicate);
    await ctx.db.opds.insert(body);
    return body;
  },
  'opd.update': async ({ params, body }, ctx) => {
    found(await ctx.db.opds.get(params.id), UNKNOWN_OPD);
    const opd = { ...body, id: params.id };
    await ctx.db.opds.update(opd);
    return opd;
  },
};

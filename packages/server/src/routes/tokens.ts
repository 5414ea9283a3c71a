import { HttpProblem } from '../errors.js';
import type { HandlerGroup } from '../handler.js';
import { issueToken } from '../tokens.js';
import { found, staffActor } from './shared.js';

const OUTSIDE_REGENCY = {
  id: 'regionCode: wilayah token harus berada di dalam kabupaten/kota ini.',
  en: "regionCode: the token's region must lie inside this regency.",
};
const UNKNOWN_OPD = {
  id: 'opdId: perangkat daerah ini tidak terdaftar.',
  en: 'opdId: this perangkat daerah is not registered.',
};
const UNKNOWN_TOKEN = { id: 'Token tidak ditemukan.', en: 'No such token.' };

export const tokenHandlers: HandlerGroup<
  'tokens.me' | 'tokens.list' | 'tokens.create' | 'tokens.revoke'
> = {
  'tokens.me': async (_, ctx) => found(await ctx.db.tokens.get(staffActor(ctx).id)),
  'tokens.list': async (_, ctx) => ctx.db.tokens.list(),
  'tokens.create': async ({ body }, ctx) => {
    if (body.regionCode && !body.regionCode.startsWith(`${ctx.config.regionCode}.`)) {
      throw new HttpProblem(422, OUTSIDE_REGENCY);
    }
    if (body.opdId && !(await ctx.db.opds.get(body.opdId))) throw new HttpProblem(422, UNKNOWN_OPD);
    const { secret, token } = await issueToken(ctx.db, body, ctx.now);
    return { secret, token };
  },
  'tokens.revoke': async ({ params }, ctx) => {
    if (!(await ctx.db.tokens.revoke(params.id, ctx.now)))
      throw new HttpProblem(404, UNKNOWN_TOKEN);
    return undefined;
  },
};

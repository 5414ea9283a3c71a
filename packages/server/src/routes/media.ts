import { isComplaintContentPublic } from '@cerdas/model';
import type { Context } from 'hono';
import { HttpProblem, MESSAGES } from '../errors.js';
import type { HandlerGroup } from '../handler.js';
import { isMediaError, type MediaStore, mediaResponseHeaders } from '../media/index.js';
import type { Storage, UploadRecord } from '../storage/types.js';

/** A media failure (too large, wrong type, broken image) as the problem the citizen sees. */
export function mediaError(error: unknown): never {
  if (isMediaError(error)) throw new HttpProblem(error.status, error.text);
  throw error;
}

/**
 * Whether a stored file may be shown to anyone: UMKM and proposal photos are public;
 * a complaint photo only while the complaint's content is public; documents never.
 */
async function isPublic(upload: UploadRecord, storage: Storage): Promise<boolean> {
  const [kind, id] = (upload.owner ?? '').split(':');
  if (!id) return false;
  if (kind === 'business') return true;
  if (kind === 'proposal') return upload.purpose === 'proposal-photo';
  if (kind === 'complaint' && upload.purpose === 'complaint-photo') {
    const complaint = await storage.complaints.get(id);
    return complaint !== undefined && isComplaintContentPublic(complaint.record);
  }
  return false;
}

/** `GET /media/<path>`: a public photo with safe headers, or 404 for anything else. */
export async function serveMedia(
  c: Context,
  storage: Storage,
  media: MediaStore,
): Promise<Response> {
  const path = decodeURIComponent(new URL(c.req.url).pathname.slice('/media/'.length));
  const upload = await storage.uploads.getByPath(path);
  const bytes =
    upload && (await isPublic(upload, storage)) ? await media.read(upload.path) : undefined;
  if (!upload || !bytes) {
    return new Response(JSON.stringify(new HttpProblem(404, MESSAGES.notFound).toProblem('id')), {
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
    });
  }
  return new Response(bytes, { status: 200, headers: mediaResponseHeaders(upload) });
}

export const uploadHandlers: HandlerGroup<'uploads.create'> = {
  'uploads.create': async ({ body }, ctx) => {
    const bytes = new Uint8Array(await body.file.arrayBuffer());
    const saved = await ctx.media.save(bytes, { purpose: body.purpose }).catch(mediaError);
    const upload: UploadRecord = {
      ...saved,
      purpose: body.purpose,
      ...(body.alt ? { alt: body.alt } : {}),
      createdAt: ctx.now,
    };
    await ctx.db.uploads.insert(upload);
    return {
      id: upload.id,
      purpose: body.purpose,
      mime: upload.mime as 'image/jpeg',
      bytes: upload.bytes,
      ...(upload.width ? { width: upload.width, height: upload.height } : {}),
    };
  },
};

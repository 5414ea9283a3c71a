import {
  type ComplaintCreate,
  type FieldError,
  type Language,
  type LocalizedText,
  Open311PostRequest,
  open311PostToComplaintCreate,
  open311ServiceCodeToComplaintCategory,
  readOpen311Form,
  validate,
} from '@cerdas/model';
import { listChildren } from '@cerdas/wilayah';
import type { ServerConfig } from '../config.js';
import { HttpProblem, MESSAGES } from '../errors.js';

const TEXT = {
  contentType: {
    id: 'Kirim laporan sebagai application/x-www-form-urlencoded atau multipart/form-data.',
    en: 'Send the report as application/x-www-form-urlencoded or multipart/form-data.',
  },
  unreadable: {
    id: 'Isi formulir tidak dapat dibaca.',
    en: 'The form body cannot be read.',
  },
  outside: {
    id: 'address_id: lokasi laporan berada di luar wilayah portal ini.',
    en: 'address_id: the place of the report lies outside the area this portal serves.',
  },
  photo: {
    id: 'photoIds: foto ini tidak ada, sudah dipakai, atau bukan foto pengaduan.',
    en: 'photoIds: this photo does not exist, is already used, or is not a complaint photo.',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The fields of a `POST requests` body, form-urlencoded or multipart, in their order (the
 * order matters for `attribute[CODE][]` lists). Files in a multipart body are not kept:
 * GeoReport v2 sends media as `media_url`.
 */
export async function readFormEntries(
  request: Request,
  config: ServerConfig,
): Promise<[string, string][]> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const length = Number(request.headers.get('content-length') ?? '0');
  if (type.startsWith('application/x-www-form-urlencoded')) {
    if (length > config.maxJsonBytes) throw new HttpProblem(413, MESSAGES.tooLarge);
    const text = await request.text();
    if (Buffer.byteLength(text) > config.maxJsonBytes) {
      throw new HttpProblem(413, MESSAGES.tooLarge);
    }
    return [...new URLSearchParams(text)];
  }
  if (type.startsWith('multipart/form-data')) {
    if (length > config.maxUploadBytes) throw new HttpProblem(413, MESSAGES.tooLarge);
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new HttpProblem(400, TEXT.unreadable);
    }
    return [...form.entries()].flatMap(([key, value]): [string, string][] =>
      typeof value === 'string' ? [[key, value]] : [],
    );
  }
  throw new HttpProblem(400, TEXT.contentType);
}

/** A validated `POST requests` body, or a 400 naming each wrong field. */
export function readOpen311Post(
  entries: Iterable<readonly [string, string]>,
  lang: Language,
): Open311PostRequest {
  const result = validate(Open311PostRequest, readOpen311Form(entries), lang);
  if (result.success) return result.data;
  throw new HttpProblem(400, undefined, result.errors as FieldError[]);
}

function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/**
 * Places a report by the one district of the regency its `address_string` names
 * ("Jl. Raya Gempol, Kec. Gempol" → Gempol); several or none: not placed. Coordinates alone
 * cannot be placed, since the server holds no region boundaries.
 */
export async function districtLocator(
  regencyCode: string,
): Promise<(post: Open311PostRequest) => string | undefined> {
  const districts = (await listChildren(regencyCode)).map((d) => ({
    code: d.code,
    name: words(d.name),
  }));
  return (post) => {
    if (!post.address_string) return undefined;
    const address = words(post.address_string);
    const named = districts.filter((d) => address.includes(d.name));
    return named.length === 1 ? named[0]?.code : undefined;
  };
}

/**
 * The body of a new complaint from an Open311 post, or the refusal: 404 for an unknown
 * `service_code` (as the specification lists it), 400 for anything else.
 */
export function complaintFromPost(
  post: Open311PostRequest,
  config: ServerConfig,
  locate: (post: Open311PostRequest) => string | undefined,
): ComplaintCreate {
  const mapped = open311PostToComplaintCreate(post, { regionCode: locate });
  if (!mapped.ok) {
    const known = open311ServiceCodeToComplaintCategory(post.service_code) !== undefined;
    throw new HttpProblem(known ? 400 : 404, mapped.reason);
  }
  if (!mapped.value.regionCode.startsWith(`${config.regionCode}.`)) {
    throw new HttpProblem(400, TEXT.outside);
  }
  return mapped.value;
}

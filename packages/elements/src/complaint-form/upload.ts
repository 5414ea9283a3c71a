import { CerdasHttpError, CerdasNetworkError } from '@cerdas/client';
import {
  type Language,
  uploadsCreateRoute as route,
  type UploadPurpose,
  type UploadReceipt,
} from '@cerdas/model';

/**
 * Uploads a file to `POST /v1/uploads` with XMLHttpRequest, which (unlike fetch) reports upload
 * progress. `key` is the Idempotency-Key: an upload retried with the same key and file is
 * stored once. Fails with the client's own errors, so the outbox treats it like any call.
 */
export function uploadFile(
  apiBase: string,
  file: Blob,
  name: string,
  options: {
    purpose: UploadPurpose;
    key: string;
    language: Language;
    onProgress?: (fraction: number) => void;
  },
): Promise<UploadReceipt> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiBase.trim().replace(/\/+$/, '') + route.path);
    xhr.timeout = 120_000;
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('accept-language', options.language);
    xhr.setRequestHeader('idempotency-key', options.key);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = xhr.ontimeout = () => reject(new CerdasNetworkError('uploads.create'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      const parsed = route.response.safeParse(body);
      if (xhr.status === 201 && parsed.success) {
        options.onProgress?.(1);
        resolve(parsed.data);
        return;
      }
      const problem = {
        type: 'about:blank',
        title: xhr.statusText || `HTTP ${xhr.status}`,
        status: xhr.status,
        ...(typeof body === 'object' ? body : {}),
      };
      reject(
        xhr.status >= 400
          ? new CerdasHttpError('uploads.create', xhr.status, problem)
          : new CerdasNetworkError('uploads.create'),
      );
    };
    const form = new FormData();
    form.set('file', file, name);
    form.set('purpose', options.purpose);
    xhr.send(form);
  });
}

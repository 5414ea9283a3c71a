import { createClientFor } from '@cerdas/client';
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_DESCRIPTION_MAX,
  COMPLAINT_KIND_LABELS,
  ComplaintCreate,
  type ComplaintPrivacy,
  type ComplaintReceipt,
  complaintsSubmitRoute,
  type FieldError,
  PHOTO_MAX_BYTES,
  PHOTO_MIME_TYPES,
  type RouteBody,
  validate,
} from '@cerdas/model';
import { listChildren, type Region } from '@cerdas/wilayah';
import { html, nothing, type PropertyValues } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import { localeOf } from '../base/i18n.js';
import {
  clearDraft,
  loadDraft,
  newKey,
  Outbox,
  type OutboxEvent,
  type OutboxItem,
  type OutboxProblem,
  type OutboxWatch,
  saveDraft,
} from '../base/outbox.js';
import { baseStyles } from '../base/styles.js';
import { type ComplaintFormMessages, messages } from './complaint-form.messages.js';
import { styles } from './complaint-form.styles.js';
import { uploadFile } from './upload.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const ROUTES = { 'complaints.submit': complaintsSubmitRoute } as const;

type ComplaintBody = RouteBody<typeof complaintsSubmitRoute>;
type Point = { lat: number; lng: number };

/** What the form holds; kept as a draft across reloads. */
interface Draft {
  kind: string;
  category: string;
  title: string;
  description: string;
  district: string;
  village: string;
  place: string;
  location?: Point | undefined;
  privacy: ComplaintPrivacy;
  name: string;
  phone: string;
  email: string;
}

/** A chosen photo: uploaded (`id`), uploading, or waiting to go with the report (`file`). */
interface Photo {
  key: string;
  name: string;
  id?: string | undefined;
  file?: Blob | undefined;
  progress?: number;
  failed?: boolean;
  refused?: string | undefined;
  pending?: Promise<void>;
}

/** An outbox item: the body to send, and the form as it was, to fix a refused report. */
interface Submission {
  complaint: Omit<ComplaintBody, 'photoIds'>;
  photos: Pick<Photo, 'key' | 'name' | 'id' | 'file'>[];
  draft: Draft;
}

const EMPTY: Draft = {
  kind: 'pengaduan',
  category: '',
  title: '',
  description: '',
  district: '',
  village: '',
  place: '',
  privacy: 'public',
  name: '',
  phone: '',
  email: '',
};
const DRAFT = 'complaint-form';
const MAX_PHOTOS = 5;
/** The form's controls in page order: the first with an error gets the focus. */
const FIELDS = [
  'kind',
  'category',
  'title',
  'description',
  'district',
  'village',
  'place',
  'location',
  'photos',
  'privacy',
  'name',
  'phone',
  'email',
];
const FIELD_OF_PATH: Record<string, string> = {
  regionCode: 'district',
  locationDescription: 'place',
  photoIds: 'photos',
  reporter: 'phone',
};

/** The control that shows an error at `path` (`reporter.email` → `email`). */
function fieldOf(path: string): string {
  const [head = '', sub] = path.split(/[.[]/);
  const field = head === 'reporter' && sub ? sub : (FIELD_OF_PATH[head] ?? head);
  return FIELDS.includes(field) ? field : 'form';
}

const blankToUndefined = (text: string) => text.trim() || undefined;

/**
 * A citizen's complaint, aspiration or request for information (SP4N-LAPOR!): category, kind,
 * title, description, place (district → village, optional device location), photos with upload
 * progress, and who may see it (public, confidential, anonymous). Checked with the model's own
 * schema and messages. On success it shows the tracking number, large and copyable, and the
 * receipt code.
 *
 * Nothing typed is lost: the form is kept as a draft across reloads, and a report sent offline
 * or on a dropped connection waits in the outbox (IndexedDB) and is sent with its idempotency
 * key when the network returns, so exactly one complaint arrives.
 *
 * @tagname cerdas-complaint-form
 * @summary Complaint form with offline outbox, photo upload and a copyable tracking number.
 *
 * @csspart form - The form.
 * @csspart field - Each field (label, control, hint, error).
 * @csspart input - Text inputs, selects and the text area.
 * @csspart error - A field's error message.
 * @csspart button - Secondary buttons.
 * @csspart submit - The submit button.
 * @csspart progress - A photo's upload progress bar.
 * @csspart status - The live region with the latest announcement.
 * @csspart notice - The offline notice.
 * @csspart receipt - The receipt after a successful submission.
 * @csspart tracking-number - The tracking number on the receipt.
 * @csspart outbox - The list of reports waiting to be sent.
 *
 * @cssprop [--cerdas-color-primary=#0b6e4f] - Submit button and progress bar.
 * @cssprop [--cerdas-color-danger=#b3261e] - Error messages and invalid fields.
 * @cssprop [--cerdas-color-border=#c4cdd5] - Borders of controls and panels.
 * @cssprop [--cerdas-color-surface-raised=#fff] - Background of controls and panels.
 * @cssprop [--cerdas-color-warning=#b45309] - Edge of the offline notice.
 * @cssprop [--cerdas-font-size-tracking=1.75rem] - Size of the tracking number.
 *
 * @fires cerdas-submitted - A report was filed; `detail.trackingNumber` is its tracking number.
 */
export class CerdasComplaintForm extends CerdasElement<ComplaintFormMessages> {
  static override properties = {
    ...CerdasElement.properties,
    region: {},
    draft: { state: true },
    photos: { state: true },
    errors: { state: true },
    districts: { state: true },
    villages: { state: true },
    items: { state: true },
    receipts: { state: true },
    busy: { state: true },
    locating: { state: true },
    online: { state: true },
    announcement: { state: true },
  };
  static override styles = [baseStyles, styles];

  /** The regency whose districts and villages are offered (Kemendagri code). */
  declare region: string;
  declare draft: Draft;
  declare photos: Photo[];
  /** Error messages by field (`form` for those without a field). */
  declare errors: Record<string, string>;
  declare districts: readonly Region[];
  declare villages: readonly Region[];
  declare items: OutboxItem<Submission>[];
  declare receipts: ComplaintReceipt[];
  declare busy: boolean;
  declare locating: boolean;
  declare online: boolean;
  declare announcement: string;

  protected readonly messages = messages;
  private readonly outbox = new Outbox<Submission, ComplaintReceipt>('complaints.submit');
  private watcher: OutboxWatch | undefined;

  constructor() {
    super();
    this.region = '35.14';
    this.draft = { ...EMPTY, ...loadDraft<Draft>(DRAFT) };
    this.photos = (loadDraft<Photo[]>(`${DRAFT}/photos`) ?? []).map((p) => ({ ...p, progress: 1 }));
    this.errors = {};
    this.districts = [];
    this.villages = [];
    this.items = [];
    this.receipts = [];
    this.busy = false;
    this.locating = false;
    this.online = typeof navigator === 'undefined' || navigator.onLine;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watcher = this.outbox.watch(this.send, this.onOutbox, this.onConnectivity);
    void this.refreshOutbox();
    if (loadDraft(DRAFT)) this.announcement = this.msg('restored');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watcher?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) {
      void listChildren(this.region).then((districts) => {
        this.districts = districts;
      });
      void this.loadVillages();
    }
  }

  private onConnectivity = () => {
    this.online = navigator.onLine;
  };

  /** Sends one stored report: photos not yet uploaded first (each with its own key), then the report with its key. */
  private send = async (item: OutboxItem<Submission>): Promise<ComplaintReceipt> => {
    const photoIds: string[] = [];
    for (const photo of item.body.photos) {
      photoIds.push(
        photo.id ??
          (
            await uploadFile(this.apiBase, photo.file as Blob, photo.name, {
              purpose: 'complaint-photo',
              key: photo.key,
              language: this.language,
            })
          ).id,
      );
    }
    const api = createClientFor(ROUTES, {
      baseUrl: this.apiBase,
      language: this.language,
      retry: 1,
    });
    return api.complaints.submit(
      { ...item.body.complaint, photoIds },
      { idempotencyKey: item.idempotencyKey },
    );
  };

  private onOutbox = (event: OutboxEvent<Submission, ComplaintReceipt>) => {
    if (event.type === 'sent') {
      this.receipts = [event.result, ...this.receipts];
      this.announcement = this.msg('receipt');
      this.dispatchEvent(
        new CustomEvent('cerdas-submitted', {
          detail: { trackingNumber: event.result.trackingNumber },
          bubbles: true,
          composed: true,
        }),
      );
      if (this.busy) {
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('#receipt-0')?.focus(),
        );
      }
    }
    void this.refreshOutbox();
  };

  private async refreshOutbox(): Promise<void> {
    this.items = await this.outbox.list();
  }

  private async loadVillages(): Promise<void> {
    const district = this.draft.district;
    const villages = district ? await listChildren(district) : [];
    if (district === this.draft.district) this.villages = villages;
  }

  private keepDraft(): void {
    saveDraft(DRAFT, this.draft);
    saveDraft(
      `${DRAFT}/photos`,
      this.photos.filter((p) => p.id).map(({ key, name, id }) => ({ key, name, id })),
    );
  }

  private set(changes: Partial<Draft>, field?: string): void {
    this.draft = { ...this.draft, ...changes };
    if (field && this.errors[field]) {
      const { [field]: _, ...rest } = this.errors;
      this.errors = rest;
    }
    this.keepDraft();
  }

  private onInput(event: Event): void {
    const { name, value } = event.target as HTMLInputElement;
    if (name === 'district') {
      this.set({ district: value, village: '' }, name);
      void this.loadVillages();
    } else {
      this.set({ [name]: value }, name);
    }
  }

  private locate(): void {
    if (!navigator.geolocation) {
      this.errors = { ...this.errors, location: this.msg('locationUnavailable') };
      return;
    }
    this.locating = true;
    this.announcement = this.msg('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = false;
        const round = (n: number) => Math.round(n * 1e6) / 1e6;
        this.set(
          { location: { lat: round(coords.latitude), lng: round(coords.longitude) } },
          'location',
        );
        this.announcement = this.locationText();
      },
      (error) => {
        this.locating = false;
        const text = this.msg(
          error.code === error.PERMISSION_DENIED ? 'locationDenied' : 'locationUnavailable',
        );
        this.errors = { ...this.errors, location: text };
        this.announcement = text;
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  private locationText(): string {
    const { location } = this.draft;
    if (!location) return '';
    const format = new Intl.NumberFormat(localeOf(this.language), { maximumFractionDigits: 5 });
    return this.msg('located')(format.format(location.lat), format.format(location.lng));
  }

  private addPhotos(event: Event): void {
    const input = event.target as HTMLInputElement;
    let refused = false;
    for (const file of input.files ?? []) {
      if (this.photos.length >= MAX_PHOTOS) break;
      if (
        !(PHOTO_MIME_TYPES as readonly string[]).includes(file.type) ||
        file.size > PHOTO_MAX_BYTES
      ) {
        refused = true;
        continue;
      }
      const photo: Photo = { key: newKey(), name: file.name, file };
      this.photos = [...this.photos, photo];
      this.upload(photo);
    }
    input.value = '';
    this.errors = { ...this.errors, photos: refused ? this.msg('photosHint') : '' };
  }

  private upload(photo: Photo): void {
    photo.failed = false;
    photo.progress = 0;
    photo.pending = uploadFile(this.apiBase, photo.file as Blob, photo.name, {
      purpose: 'complaint-photo',
      key: photo.key,
      language: this.language,
      onProgress: (fraction) => {
        photo.progress = fraction;
        this.requestUpdate();
      },
    })
      .then(
        (receipt) => {
          photo.id = receipt.id;
          this.keepDraft();
        },
        (error: { status?: number; problem?: OutboxProblem }) => {
          if (error.status && error.status < 500) {
            photo.refused = error.problem?.detail ?? error.problem?.title;
          } else {
            photo.failed = true;
          }
        },
      )
      .finally(() => this.requestUpdate());
    this.requestUpdate();
  }

  private removePhoto(photo: Photo): void {
    this.photos = this.photos.filter((p) => p !== photo);
    this.keepDraft();
  }

  /** The request body as the form stands (without the photos). */
  private body(): Omit<ComplaintBody, 'photoIds'> {
    const d = this.draft;
    return {
      kind: blankToUndefined(d.kind),
      category: blankToUndefined(d.category),
      title: blankToUndefined(d.title),
      description: blankToUndefined(d.description),
      regionCode: blankToUndefined(d.village) ?? blankToUndefined(d.district),
      location: d.location,
      locationDescription: blankToUndefined(d.place),
      privacy: d.privacy,
      reporter:
        d.privacy === 'anonymous'
          ? undefined
          : {
              name: blankToUndefined(d.name),
              phone: blankToUndefined(d.phone),
              email: blankToUndefined(d.email),
            },
    } as Omit<ComplaintBody, 'photoIds'>;
  }

  private async showErrors(
    errors: readonly Pick<FieldError, 'path' | 'message'>[],
    problem?: OutboxProblem,
  ): Promise<void> {
    const byField: Record<string, string> = {};
    for (const { path, message } of errors) {
      const field = fieldOf(path);
      const text = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
      byField[field] = byField[field] ? `${byField[field]} ${text}` : text;
    }
    if (!errors.length && problem) byField.form = problem.detail ?? problem.title;
    this.errors = byField;
    this.announcement = this.msg('invalid')(Object.keys(byField).length);
    await this.updateComplete;
    const first = FIELDS.find((field) => byField[field]) ?? 'form-error';
    this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    try {
      await Promise.all(this.photos.map((photo) => photo.pending));
      const complaint = this.body();
      const photos = this.photos
        .filter((p) => !p.refused)
        .map(({ key, name, id, file }) => ({ key, name, id, file }));
      const checked = validate(
        ComplaintCreate,
        { ...complaint, photoIds: photos.flatMap((p) => (p.id ? [p.id] : [])) },
        this.language,
      );
      if (!checked.success) {
        await this.showErrors(checked.errors);
        return;
      }
      const item = await this.outbox.enqueue({ complaint, photos, draft: this.draft });
      // The outbox holds it now: the form starts afresh, and a reload must not offer it twice.
      clearDraft(DRAFT);
      clearDraft(`${DRAFT}/photos`);
      this.draft = { ...EMPTY };
      this.photos = [];
      this.errors = {};
      await this.watcher?.flush();
      // Offline, the outbox sends nothing and fires no event: show the waiting report now.
      await this.refreshOutbox();
      const left = this.items.find((candidate) => candidate.id === item.id);
      if (left?.failed) await this.fix(left);
      else if (left) this.announcement = this.msg('waiting');
    } finally {
      this.busy = false;
    }
  }

  /** Takes a refused report back into the form, with the server's messages at its fields. */
  private async fix(item: OutboxItem<Submission>): Promise<void> {
    await this.outbox.discard(item.id);
    this.receipts = [];
    this.draft = item.body.draft;
    this.photos = item.body.photos.map((photo) => ({ ...photo, progress: photo.id ? 1 : 0 }));
    this.keepDraft();
    void this.loadVillages();
    void this.refreshOutbox();
    await this.showErrors(item.lastError?.errors ?? [], item.lastError);
    this.announcement = this.msg('refused');
  }

  private async discard(item: OutboxItem<Submission>): Promise<void> {
    await this.outbox.discard(item.id);
    await this.refreshOutbox();
  }

  private async copy(text: string, event: Event): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = this.msg('copied');
    } catch {
      const number = (event.target as HTMLElement).closest('dd')?.querySelector('.tracking');
      if (number) getSelection()?.selectAllChildren(number);
      this.announcement = this.msg('copyFailed');
    }
  }

  private another(): void {
    this.receipts = [];
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#kind')?.focus(),
    );
  }

  /** `aria-describedby` of a control: its hints, and its error when it has one. */
  private describedBy(field: string, ...hints: string[]) {
    const ids = [...hints, this.errors[field] ? `${field}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private invalid(field: string) {
    return this.errors[field] ? 'true' : 'false';
  }

  private error(field: string) {
    const text = this.errors[field];
    return text ? html`<p id="${field}-error" class="error" part="error">${text}</p>` : nothing;
  }

  override render() {
    return html`
      <p class="status" role="status" part="status">${this.announcement}</p>
      ${this.online ? nothing : html`<p class="notice" part="notice">${this.msg('offline')}</p>`}
      ${this.receipts.length ? this.renderReceipts() : this.renderForm()} ${this.renderOutbox()}
    `;
  }

  /** A labelled control with its hint and error message. */
  private field(id: string, label: string, control: unknown, hint?: string) {
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label> ${control}
      ${hint ? html`<p id="${id}-hint" class="hint muted">${hint}</p>` : nothing} ${this.error(id)}
    </div>`;
  }

  private input(
    id: 'title' | 'place' | 'name' | 'phone' | 'email',
    label: string,
    hint?: string,
    type = 'text',
  ) {
    return this.field(
      id,
      label,
      html`<input id=${id} name=${id} part="input" type=${type} maxlength=${id === 'title' ? 150 : 300}
        autocomplete=${id === 'phone' ? 'tel' : id === 'title' || id === 'place' ? 'off' : id}
        .value=${this.draft[id]} aria-invalid=${this.invalid(id)}
        aria-describedby=${this.describedBy(id, hint ? `${id}-hint` : '')} @input=${this.onInput} />`,
      hint,
    );
  }

  private select(
    id: 'kind' | 'category' | 'district' | 'village',
    label: string,
    options: [value: string, label: string][],
    empty?: string,
  ) {
    const value = this.draft[id];
    return this.field(
      id,
      label,
      html`<select id=${id} name=${id} part="input" ?disabled=${id === 'village' && !this.draft.district}
        aria-invalid=${this.invalid(id)} aria-describedby=${this.describedBy(id)} @input=${this.onInput}>
        ${empty === undefined ? nothing : html`<option value="" ?selected=${!value}>${empty}</option>`}
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
      </select>`,
    );
  }

  private renderForm() {
    const d = this.draft;
    const lang = this.language;
    const count = new Intl.NumberFormat(localeOf(lang));
    const labels = (table: Record<string, { id: string; en: string }>) =>
      Object.entries(table).map(([value, label]): [string, string] => [value, label[lang]]);
    const regions = (list: readonly Region[]) =>
      list.map((region): [string, string] => [region.code, region.name]);
    return html`
      <form part="form" aria-busy=${this.busy} novalidate @submit=${this.submit}>
        ${
          this.errors.form
            ? html`<p id="form-error" class="error" part="error" tabindex="-1">${this.errors.form}</p>`
            : nothing
        }
        ${this.select('kind', this.msg('kind'), labels(COMPLAINT_KIND_LABELS))}
        ${this.select('category', this.msg('category'), labels(COMPLAINT_CATEGORY_LABELS), this.msg('chooseCategory'))}
        ${this.input('title', this.msg('title'), this.msg('titleHint'))}
        ${this.field(
          'description',
          this.msg('description'),
          html`<textarea id="description" name="description" part="input" rows="6"
            maxlength=${COMPLAINT_DESCRIPTION_MAX} .value=${d.description}
            aria-invalid=${this.invalid('description')}
            aria-describedby=${this.describedBy('description', 'description-hint')}
            @input=${this.onInput}></textarea>`,
          this.msg('counter')(
            count.format(d.description.length),
            count.format(COMPLAINT_DESCRIPTION_MAX),
          ),
        )}
        <fieldset part="field">
          <legend>${this.msg('place')}</legend>
          ${this.select('district', this.msg('district'), regions(this.districts), this.msg('chooseDistrict'))}
          ${this.select('village', this.msg('village'), regions(this.villages), this.msg('wholeDistrict'))}
          ${this.input('place', this.msg('placeDescription'), this.msg('placeDescriptionHint'))}
          <div class="field">
            ${
              d.location
                ? html`<p id="location-value">${this.locationText()}</p>
                    <button id="location" type="button" part="button"
                      aria-describedby=${this.describedBy('location', 'location-value')}
                      @click=${() => this.set({ location: undefined }, 'location')}>
                      ${this.msg('removeLocation')}
                    </button>`
                : html`<button id="location" type="button" part="button" aria-disabled=${this.locating}
                    aria-describedby=${this.describedBy('location')}
                    @click=${() => this.locating || this.locate()}>
                    ${this.locating ? this.msg('locating') : this.msg('useLocation')}
                  </button>`
            }
            ${this.error('location')}
          </div>
        </fieldset>
        ${this.renderPhotos()} ${this.renderPrivacy()}
        <button class="primary" type="submit" part="submit">
          ${this.msg('submit')}
        </button>
      </form>
    `;
  }

  private renderPhotos() {
    return html`
      <div class="field" part="field">
        <label for="photos">${this.msg('photos')}</label>
        <input id="photos" type="file" part="input" multiple accept=${PHOTO_MIME_TYPES.join(',')}
          ?disabled=${this.photos.length >= MAX_PHOTOS} aria-invalid=${this.invalid('photos')}
          aria-describedby=${this.describedBy('photos', 'photos-hint')} @change=${this.addPhotos} />
        <p id="photos-hint" class="hint muted">${this.msg('photosHint')}</p>
        ${this.error('photos')}
        <ul class="photos">
          ${this.photos.map(
            (photo) => html`
              <li>
                <span class="name">${photo.name}</span>
                <progress part="progress" max="100" value=${Math.round((photo.progress ?? 0) * 100)}
                  aria-label=${this.msg('uploading')(photo.name)}></progress>
                <span class=${photo.refused ? 'error' : 'muted'}>
                  ${
                    photo.refused ??
                    (photo.id ? this.msg('uploaded') : photo.failed ? this.msg('uploadFailed') : '')
                  }
                </span>
                ${
                  photo.failed
                    ? html`<button type="button" part="button" @click=${() => this.upload(photo)}>
                        ${this.msg('retryUpload')}
                      </button>`
                    : nothing
                }
                <button type="button" part="button" @click=${() => this.removePhoto(photo)}>
                  ${this.msg('removePhoto')(photo.name)}
                </button>
              </li>
            `,
          )}
        </ul>
      </div>
    `;
  }

  private renderPrivacy() {
    const d = this.draft;
    const choices: ComplaintPrivacy[] = ['public', 'confidential', 'anonymous'];
    return html`
      <fieldset part="field">
        <legend>${this.msg('privacy')}</legend>
        ${choices.map(
          (choice, index) => html`
            <div class="choice">
              <input type="radio" name="privacy" id=${index ? `privacy-${choice}` : 'privacy'}
                value=${choice} .checked=${d.privacy === choice}
                aria-describedby="privacy-${choice}-hint" @input=${this.onInput} />
              <label for=${index ? `privacy-${choice}` : 'privacy'}>${this.msg(choice)}</label>
              <p id="privacy-${choice}-hint" class="hint muted">${this.msg(`${choice}Hint` as const)}</p>
            </div>
          `,
        )}
        ${this.error('privacy')}
      </fieldset>
      ${
        d.privacy === 'anonymous'
          ? nothing
          : html`
              <fieldset part="field" aria-describedby="reporter-hint">
                <legend>${this.msg('reporter')}</legend>
                <p id="reporter-hint" class="hint muted">${this.msg('reporterHint')}</p>
                ${this.input('name', this.msg('name'))}
                ${this.input('phone', this.msg('phone'), undefined, 'tel')}
                ${this.input('email', this.msg('email'), undefined, 'email')}
              </fieldset>
            `
      }
    `;
  }

  private renderReceipts() {
    return html`
      ${this.receipts.map(
        (receipt, index) => html`
          <section class="receipt" part="receipt" aria-labelledby="receipt-${index}">
            <h2 id="receipt-${index}" tabindex="-1">${this.msg('receipt')}</h2>
            <dl>
              <dt>${this.msg('trackingNumber')}</dt>
              <dd>
                <span class="tracking" part="tracking-number">${receipt.trackingNumber}</span>
                <button type="button" part="button"
                  @click=${(event: Event) => this.copy(receipt.trackingNumber, event)}>
                  ${this.msg('copy')}
                </button>
              </dd>
              <dt>${this.msg('receiptCode')}</dt>
              <dd><code class="code">${receipt.receiptCode}</code></dd>
            </dl>
            <p>${this.msg('receiptNote')}</p>
          </section>
        `,
      )}
      <button type="button" part="button" @click=${this.another}>${this.msg('another')}</button>
    `;
  }

  private renderOutbox() {
    if (!this.items.length) return nothing;
    return html`
      <section class="outbox" part="outbox" aria-labelledby="outbox-heading">
        <h2 id="outbox-heading">${this.msg('outbox')}</h2>
        <ul>
          ${this.items.map(
            (item) => html`
              <li>
                <strong>${item.body.complaint.title}</strong>
                ${
                  item.failed
                    ? html`<p class="error">${this.msg('refused')}</p>
                        <p>${item.lastError?.detail ?? item.lastError?.title}</p>
                        <ul>
                          ${(item.lastError?.errors ?? []).map((e) => html`<li>${e.message}</li>`)}
                        </ul>
                        <button type="button" part="button" @click=${() => this.fix(item)}>
                          ${this.msg('fix')}
                        </button>
                        <button type="button" part="button" @click=${() => this.discard(item)}>
                          ${this.msg('discard')}
                        </button>`
                    : html`<p class="muted">${this.msg('waiting')}</p>
                        <button type="button" part="button" @click=${() => this.watcher?.flush()}>
                          ${this.msg('sendNow')}
                        </button>`
                }
              </li>
            `,
          )}
        </ul>
      </section>
    `;
  }
}

import {
  allowedComplaintActions,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUS_LABELS,
  type ComplaintStaffView,
  ComplaintStatus,
  ComplaintTransitionRequest,
  formatTimestamp,
  type Opd,
  REJECTION_GROUNDS_LABELS,
  RejectionGrounds,
  type ServicesActor,
  timeZoneOf,
  validate,
} from '@cerdas/model';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { language, messages } from '../browser/shell.js';
import {
  fieldMessages,
  isConflict,
  isTokenRefused,
  nextOpen,
  problemText,
  type StaffDesk,
} from './api.js';
import { loadPlaces, placeName } from './places.js';

type Action = ComplaintTransitionRequest['action'];
/** The inputs the staff area knows how to ask for; other fields of a body are left out. */
type Field = 'reason' | 'grounds' | 'opdId' | 'publicNote' | 'privacy';

const m = messages.staff;
const PAGE = 20;
const KNOWN: readonly string[] = ['reason', 'grounds', 'opdId', 'publicNote', 'privacy'];

/**
 * The fields of each action's request body, read from the model's `ComplaintTransitionRequest`
 * (one object per action), with whether each is required.
 */
const FIELDS: ReadonlyMap<string, readonly { name: Field; required: boolean }[]> = new Map(
  ComplaintTransitionRequest._zod.def.options.map((option) => [
    String(option.shape.action._zod.def.values[0]),
    Object.entries(option.shape)
      .filter(([name]) => KNOWN.includes(name))
      .map(([name, schema]) => ({
        name: name as Field,
        required: (schema as { _zod: { optin?: string } })._zod.optin !== 'optional',
      })),
  ]),
);

function label(field: string): string {
  const labels: Record<Field, string> = {
    reason: m.reason,
    grounds: m.grounds,
    opdId: m.opd,
    publicNote: m.publicNote,
    privacy: m.makeConfidential,
  };
  return labels[field as Field] ?? field;
}

interface OpenForm {
  readonly id: string;
  readonly action: Action;
  errors: Record<string, string>;
}

/**
 * Complaints the caller can move (SP4N-LAPOR!): the admin verifies, asks, rejects, dispatches
 * and closes; the assigned OPD starts, responds, resolves or hands back. The statuses on offer
 * and each complaint's buttons come from the model's `allowedComplaintActions`.
 */
export class ComplaintDesk {
  private readonly actor: ServicesActor;
  private readonly statuses: ComplaintStatus[];
  private status: ComplaintStatus | undefined;
  private items: ComplaintStaffView[] = [];
  private cursor: string | null = null;
  private phase: 'loading' | 'ready' | 'failed' = 'loading';
  private opds: readonly Opd[] = [];
  private form: OpenForm | undefined;
  private busy: string | undefined;
  private readonly refusals = new Map<string, string>();
  /** Items moved out of the chosen status: they stay in place, as the sentence saying so. */
  private readonly done = new Map<string, string>();
  private request = 0;

  constructor(private readonly desk: StaffDesk) {
    const { id, role, opdId } = desk.me;
    this.actor = { id, role, ...(opdId ? { opdId } : {}) };
    // An OPD's list holds only the complaints dispatched to it: ask as if assigned.
    this.statuses = ComplaintStatus.options.filter(
      (status) => allowedComplaintActions({ status, opdId }, this.actor).length > 0,
    );
    this.status = this.statuses[0];
  }

  async start(): Promise<void> {
    if (!this.status) return;
    try {
      this.opds = await this.desk.opds();
    } catch {
      // Without the OPD list the codes are shown instead of the names.
    }
    await this.load(false);
  }

  private opdName(id: string): string {
    return this.opds.find((opd) => opd.id === id)?.name ?? id;
  }

  private async load(more: boolean): Promise<void> {
    const status = this.status;
    if (!status) return;
    const mine = ++this.request;
    this.phase = 'loading';
    if (!more) {
      this.items = [];
      this.cursor = null;
      this.form = undefined;
      this.refusals.clear();
      this.done.clear();
    }
    this.desk.redraw();
    try {
      const page = await this.desk.api.complaints.staff.list({
        status,
        limit: PAGE,
        ...(more && this.cursor ? { cursor: this.cursor } : {}),
      });
      await loadPlaces(page.items.map((c) => c.regionCode));
      if (mine !== this.request) return;
      this.items = [...this.items, ...page.items];
      this.cursor = page.nextCursor;
      this.phase = 'ready';
      this.desk.redraw();
    } catch (error) {
      if (mine !== this.request) return;
      if (isTokenRefused(error)) this.desk.tokenRefused();
      else {
        this.phase = 'failed';
        this.desk.redraw();
      }
    }
  }

  /** The fields this action's form shows for this complaint. */
  private fieldsOf(action: Action, complaint: ComplaintStaffView) {
    // Only a public report can be made confidential; an anonymous one stays anonymous.
    return (FIELDS.get(action) ?? []).filter(
      (field) => field.name !== 'privacy' || complaint.privacy === 'public',
    );
  }

  private choose(action: Action, complaint: ComplaintStaffView): void {
    if (this.busy) return;
    const fields = this.fieldsOf(action, complaint);
    if (fields.length === 0) {
      void this.check(complaint, { action });
      return;
    }
    this.form = { id: complaint.id, action, errors: {} };
    this.refusals.delete(complaint.id);
    this.desk.redraw();
    document.getElementById(`${fields[0]?.name}-${complaint.id}`)?.focus();
  }

  private cancel(complaint: ComplaintStaffView): void {
    const action = this.form?.action;
    this.form = undefined;
    this.desk.redraw();
    document.querySelector<HTMLElement>(`[data-action="${action}-${complaint.id}"]`)?.focus();
  }

  private submit(event: SubmitEvent, complaint: ComplaintStaffView): void {
    event.preventDefault();
    const form = this.form;
    if (!form || this.busy) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const body: Record<string, unknown> = { action: form.action };
    for (const field of this.fieldsOf(form.action, complaint)) {
      const value = String(data.get(field.name) ?? '').trim();
      if (value) body[field.name] = value;
    }
    void this.check(complaint, body);
  }

  /** Validates the body with the model's schema, then sends it, or shows what is wrong. */
  private async check(complaint: ComplaintStaffView, body: Record<string, unknown>) {
    const checked = validate(ComplaintTransitionRequest, body, language);
    if (checked.success) {
      await this.send(complaint, checked.data);
      return;
    }
    const errors = fieldMessages(checked.errors, label);
    const first = Object.keys(errors)[0] ?? '';
    if (this.form?.id === complaint.id) this.form.errors = errors;
    else this.refusals.set(complaint.id, errors[first] ?? '');
    this.desk.announce(errors[first] ?? '');
    this.desk.redraw();
    document.getElementById(`${first}-${complaint.id}`)?.focus();
  }

  private async send(complaint: ComplaintStaffView, body: ComplaintTransitionRequest) {
    this.busy = complaint.id;
    this.refusals.delete(complaint.id);
    this.desk.announce(m.sending);
    this.desk.redraw();
    try {
      const updated = await this.desk.api.complaints.transition(complaint.id, body);
      this.busy = undefined;
      this.form = undefined;
      const index = this.items.findIndex((item) => item.id === updated.id);
      const text = m.complaintDone(
        updated.trackingNumber,
        COMPLAINT_STATUS_LABELS[updated.status][language],
      );
      this.items[index] = updated;
      // Still in the chosen status (a response, a new dispatch): it stays and keeps focus.
      if (updated.status !== this.status) this.done.set(updated.id, text);
      const focus = this.done.has(updated.id) ? nextOpen(this.items, index, this.done) : updated.id;
      this.desk.announce(text);
      this.desk.redraw();
      const target = focus && document.getElementById(`c-${focus}`);
      if (target) target.focus();
      else this.desk.focusStatus();
    } catch (error) {
      this.busy = undefined;
      if (isTokenRefused(error)) {
        this.desk.tokenRefused();
        return;
      }
      const detail = problemText(error);
      const message = detail ? m.refused(detail) : m.networkFailed;
      if (isConflict(error)) {
        // Someone moved it meanwhile: show it as it is now, with the moves left.
        const fresh = await this.desk.api.complaints.staff.get(complaint.id).catch(() => undefined);
        const index = this.items.findIndex((item) => item.id === complaint.id);
        if (fresh && index >= 0) this.items[index] = fresh;
        this.form = undefined;
      }
      this.refusals.set(complaint.id, message);
      this.desk.announce(message);
      this.desk.redraw();
    }
  }

  view() {
    if (!this.status) return nothing;
    const count =
      this.phase === 'loading'
        ? m.loading
        : this.phase === 'failed'
          ? m.failed
          : m.shown(this.items.length - this.done.size);
    return html`<section class="staff-section" aria-labelledby="staff-complaints">
      <h2 id="staff-complaints">${m.complaintsHeading}</h2>
      <div class="field">
        <label for="complaint-status">${m.statusFilter}</label>
        <select
          id="complaint-status"
          @change=${(event: Event) => {
            this.status = (event.target as HTMLSelectElement).value as ComplaintStatus;
            void this.load(false);
          }}
        >
          ${this.statuses.map(
            (s) =>
              html`<option value=${s} ?selected=${s === this.status}>
                ${COMPLAINT_STATUS_LABELS[s][language]}
              </option>`,
          )}
        </select>
      </div>
      <p class="meta" role="status" data-complaints-count>${count}</p>
      ${
        this.phase === 'failed'
          ? html`<button type="button" class="portal-button" @click=${() => this.load(this.items.length > 0)}>
              ${m.retry}
            </button>`
          : nothing
      }
      ${this.phase === 'ready' && this.items.length === 0 ? html`<p>${m.complaintsEmpty}</p>` : nothing}
      <ul class="staff-list" role="list">
        ${repeat(
          this.items,
          (c) => c.id,
          (c) => this.item(c),
        )}
      </ul>
      ${
        this.phase === 'ready' && this.cursor
          ? html`<button type="button" class="portal-button secondary" @click=${() => this.load(true)}>
              ${m.loadMore}
            </button>`
          : nothing
      }
    </section>`;
  }

  private reporter(c: ComplaintStaffView) {
    if (c.privacy === 'anonymous') return m.anonymous;
    const r = c.reporter;
    return html`${r?.name ?? ''}
      ${r?.phone ? html`<a class="staff-contact" href=${`tel:${r.phone}`}>${r.phone}</a>` : nothing}
      ${r?.email ? html`<a class="staff-contact" href=${`mailto:${r.email}`}>${r.email}</a>` : nothing}
      ${c.privacy === 'confidential' ? html`<span class="meta">${m.confidential}</span>` : nothing}`;
  }

  private item(c: ComplaintStaffView) {
    const done = this.done.get(c.id);
    if (done) {
      return html`<li class="staff-item staff-done" data-complaint=${c.id} data-done><p>${done}</p></li>`;
    }
    const actions = allowedComplaintActions(c, this.actor);
    const zone = timeZoneOf(c.regionCode);
    const refusal = this.refusals.get(c.id);
    const form = this.form?.id === c.id ? this.form : undefined;
    return html`<li class="staff-item" data-complaint=${c.id} aria-busy=${this.busy === c.id ? 'true' : 'false'}>
      <h3 id=${`c-${c.id}`} tabindex="-1">${c.title}</h3>
      <p class="meta">${c.trackingNumber} · ${COMPLAINT_KIND_LABELS[c.kind][language]}</p>
      <dl class="staff-facts">
        <div><dt>${m.category}</dt><dd>${COMPLAINT_CATEGORY_LABELS[c.category][language]}</dd></div>
        <div>
          <dt>${m.place}</dt>
          <dd>${placeName(c.regionCode)}${c.locationDescription ? html`, ${c.locationDescription}` : nothing}</dd>
        </div>
        <div>
          <dt>${m.receivedAt}</dt>
          <dd>${formatTimestamp(c.createdAt, language, zone.ok ? zone.value.iana : 'Asia/Jakarta')}</dd>
        </div>
        <div><dt>${m.status}</dt><dd data-status>${COMPLAINT_STATUS_LABELS[c.status][language]}</dd></div>
        ${c.opdId ? html`<div><dt>${m.assignedOpd}</dt><dd>${this.opdName(c.opdId)}</dd></div>` : nothing}
        <div><dt>${m.reporter}</dt><dd class="staff-reporter">${this.reporter(c)}</dd></div>
      </dl>
      <details>
        <summary>${m.description}</summary>
        <p class="staff-text">${c.description}</p>
      </details>
      ${
        actions.length
          ? html`<div class="staff-actions">
              ${actions.map((action) => {
                const needsForm = this.fieldsOf(action, c).length > 0;
                return html`<button
                  type="button"
                  class=${needsForm ? 'portal-button secondary' : 'portal-button'}
                  data-action=${`${action}-${c.id}`}
                  aria-describedby=${`c-${c.id}`}
                  aria-expanded=${needsForm ? String(form?.action === action) : nothing}
                  @click=${() => this.choose(action, c)}
                >
                  ${m.complaintActions[action]}
                </button>`;
              })}
            </div>`
          : nothing
      }
      ${refusal ? html`<p class="field-error" data-refusal>${refusal}</p>` : nothing}
      ${form ? this.formView(c, form) : nothing}
    </li>`;
  }

  private formView(c: ComplaintStaffView, form: OpenForm) {
    const control = (field: { name: Field; required: boolean }) => {
      const id = `${field.name}-${c.id}`;
      const error = form.errors[field.name];
      const errorView = error
        ? html`<p id=${`${id}-error`} class="field-error">${error}</p>`
        : nothing;
      const common = {
        invalid: error ? 'true' : 'false',
        required: field.required ? 'true' : 'false',
      };
      switch (field.name) {
        case 'privacy':
          return html`<div class="field staff-check">
            <input type="checkbox" id=${id} name="privacy" value="confidential" />
            <label for=${id}>${m.makeConfidential}</label>
          </div>`;
        case 'grounds':
          return html`<div class="field">
            <label for=${id}>${m.grounds}</label>
            <select id=${id} name="grounds" aria-required=${common.required} aria-invalid=${common.invalid}
              aria-describedby=${error ? `${id}-error` : nothing}>
              <option value="">${m.chooseGrounds}</option>
              ${RejectionGrounds.options.map(
                (g) => html`<option value=${g}>${REJECTION_GROUNDS_LABELS[g][language]}</option>`,
              )}
            </select>
            ${errorView}
          </div>`;
        case 'opdId':
          return html`<div class="field">
            <label for=${id}>${m.opd}</label>
            <select id=${id} name="opdId" aria-required=${common.required} aria-invalid=${common.invalid}
              aria-describedby=${error ? `${id}-error` : nothing}>
              <option value="">${m.chooseOpd}</option>
              ${this.opds
                .filter((opd) => opd.id !== c.opdId)
                .map(
                  (opd) => html`<option value=${opd.id}>${opd.shortName} · ${opd.name}</option>`,
                )}
            </select>
            ${errorView}
          </div>`;
        default: {
          const hint = field.name === 'publicNote' ? m.publicNoteHint : '';
          const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
            .filter(Boolean)
            .join(' ');
          return html`<div class="field">
            <label for=${id}>${label(field.name)}</label>
            <textarea id=${id} name=${field.name} rows="3" maxlength="2000"
              aria-required=${common.required} aria-invalid=${common.invalid}
              aria-describedby=${described || nothing}></textarea>
            ${hint ? html`<p id=${`${id}-hint`} class="meta">${hint}</p>` : nothing}
            ${errorView}
          </div>`;
        }
      }
    };
    return html`<form
      class="staff-form"
      novalidate
      aria-label=${`${m.complaintActions[form.action]}: ${c.trackingNumber}`}
      @submit=${(event: SubmitEvent) => this.submit(event, c)}
      @input=${(event: Event) => {
        const { name } = event.target as HTMLInputElement;
        if (form.errors[name]) {
          delete form.errors[name];
          this.desk.redraw();
        }
      }}
    >
      ${this.fieldsOf(form.action, c).map(control)}
      <div class="staff-actions">
        <button class="portal-button">${m.send}</button>
        <button type="button" class="portal-button secondary" @click=${() => this.cancel(c)}>
          ${m.cancel}
        </button>
      </div>
    </form>`;
  }
}

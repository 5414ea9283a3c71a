import {
  allowedComplaintActions,
  COMPLAINT_ACTION_LABELS,
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
import { language, messages } from '../browser/shell.js';
import { fieldMessages, type StaffDesk } from './api.js';
import { placeName } from './places.js';
import { StaffQueue } from './queue.js';

type Action = ComplaintTransitionRequest['action'];
/** The inputs the staff area knows how to ask for; other fields of a body are left out. */
type Field = 'reason' | 'grounds' | 'opdId' | 'publicNote' | 'privacy';

const m = messages.staff;
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
export class ComplaintDesk extends StaffQueue<
  ComplaintStatus,
  ComplaintStaffView,
  ComplaintTransitionRequest,
  OpenForm
> {
  private readonly actor: ServicesActor;
  private opds: readonly Opd[] = [];
  protected readonly words = {
    heading: m.complaintsHeading,
    empty: m.complaintsEmpty,
    status: (status: ComplaintStatus) => COMPLAINT_STATUS_LABELS[status][language],
  };

  constructor(desk: StaffDesk) {
    super(desk, 'complaint');
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

  protected listPage(query: { status: ComplaintStatus; limit: number; cursor?: string }) {
    return this.desk.api.complaints.staff.list(query);
  }

  protected fetchOne(id: string) {
    return this.desk.api.complaints.staff.get(id);
  }

  protected transition(id: string, body: ComplaintTransitionRequest) {
    return this.desk.api.complaints.transition(id, body);
  }

  protected doneText(updated: ComplaintStaffView): string {
    return m.complaintDone(
      updated.trackingNumber,
      COMPLAINT_STATUS_LABELS[updated.status][language],
    );
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
    this.open({ id: complaint.id, action, errors: {} }, fields[0]?.name);
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
    this.refuseBody(complaint, errors, Object.keys(errors)[0] ?? '');
  }

  view() {
    if (!this.status) return nothing;
    return this.listView();
  }

  private reporter(c: ComplaintStaffView) {
    if (c.privacy === 'anonymous') return m.anonymous;
    const r = c.reporter;
    return html`${r?.name ?? ''}
      ${r?.phone ? html`<a class="staff-contact" href=${`tel:${r.phone}`}>${r.phone}</a>` : nothing}
      ${r?.email ? html`<a class="staff-contact" href=${`mailto:${r.email}`}>${r.email}</a>` : nothing}
      ${c.privacy === 'confidential' ? html`<span class="meta">${m.confidential}</span>` : nothing}`;
  }

  protected itemView(c: ComplaintStaffView, headingId: string) {
    const actions = allowedComplaintActions(c, this.actor);
    const zone = timeZoneOf(c.regionCode);
    const form = this.form?.id === c.id ? this.form : undefined;
    return html`<h3 id=${headingId} tabindex="-1">${c.title}</h3>
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
                  aria-describedby=${headingId}
                  aria-expanded=${needsForm ? String(form?.action === action) : nothing}
                  @click=${() => this.choose(action, c)}
                >
                  ${COMPLAINT_ACTION_LABELS[action][language]}
                </button>`;
              })}
            </div>`
          : nothing
      }`;
  }

  protected formView(c: ComplaintStaffView, form: OpenForm) {
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
      aria-label=${`${COMPLAINT_ACTION_LABELS[form.action][language]}: ${c.trackingNumber}`}
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
        <button
          type="button"
          class="portal-button secondary"
          @click=${() => this.cancel(c, form.action)}
        >
          ${m.cancel}
        </button>
      </div>
    </form>`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { messages } from '../browser/shell.js';
import { isConflict, isTokenRefused, nextOpen, problemText, type StaffDesk } from './api.js';
import { loadPlaces } from './places.js';

const m = messages.staff;
const PAGE = 20;

/** A record the staff area moves through its lifecycle. */
export interface QueueItem<S extends string> {
  readonly id: string;
  readonly regionCode: string;
  readonly status: S;
}

/** An action's inline form, open on one item. */
export interface QueueForm {
  readonly id: string;
  errors: Record<string, string>;
}

/** What the list of a queue says, in the page's language. */
export interface QueueWords<S extends string> {
  readonly heading: string;
  readonly empty: string;
  /** A status's name. */
  status(status: S): string;
}

/**
 * One status's worth of records a staff member can move, page by page: the status filter, the
 * list with its count, retry and "load more", the send of a transition (a refused token signs
 * out; a 409 shows the record as it is now), and focus moving on once an item is dealt with.
 * Proposals and complaints differ only in their routes, their rules and how an item looks.
 */
export abstract class StaffQueue<S extends string, T extends QueueItem<S>, B, F extends QueueForm> {
  protected statuses: S[] = [];
  protected status: S | undefined;
  protected items: T[] = [];
  protected form: F | undefined;
  protected busy: string | undefined;
  protected readonly refusals = new Map<string, string>();
  private cursor: string | null = null;
  protected phase: 'loading' | 'ready' | 'failed' = 'loading';
  /** Items moved out of the chosen status: they stay in place, as the sentence saying so. */
  private readonly done = new Map<string, string>();
  private request = 0;

  constructor(
    protected readonly desk: StaffDesk,
    /** Prefix of each item's heading id (`p-…`, `c-…`) and the name of its data attribute. */
    private readonly kind: 'proposal' | 'complaint',
  ) {}

  protected abstract listPage(query: {
    status: S;
    limit: number;
    cursor?: string;
  }): Promise<{ items: T[]; nextCursor: string | null }>;
  protected abstract fetchOne(id: string): Promise<T>;
  protected abstract transition(id: string, body: B): Promise<T>;
  /** The sentence that replaces an item moved out of the chosen status. */
  protected abstract doneText(updated: T): string;
  protected abstract readonly words: QueueWords<S>;
  /** The item's own content: heading, facts, action buttons. */
  protected abstract itemView(item: T, headingId: string): TemplateResult;
  /** The open action form of an item. */
  protected abstract formView(item: T, form: F): TemplateResult;
  /** Called by the retry button; loads the list again by default. */
  protected retry(): Promise<void> {
    return this.load(this.items.length > 0);
  }

  protected headingId(id: string): string {
    return `${this.kind[0]}-${id}`;
  }

  protected fail(error: unknown): void {
    if (isTokenRefused(error)) this.desk.tokenRefused();
    else {
      this.phase = 'failed';
      this.desk.redraw();
    }
  }

  protected async load(more: boolean): Promise<void> {
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
      const page = await this.listPage({
        status,
        limit: PAGE,
        ...(more && this.cursor ? { cursor: this.cursor } : {}),
      });
      await loadPlaces(page.items.map((item) => item.regionCode));
      if (mine !== this.request) return;
      this.items = [...this.items, ...page.items];
      this.cursor = page.nextCursor;
      this.phase = 'ready';
      this.desk.redraw();
    } catch (error) {
      if (mine === this.request) this.fail(error);
    }
  }

  /** Opens an action's form on an item, focusing its first field. */
  protected open(form: F, firstField: string | undefined): void {
    this.form = form;
    this.refusals.delete(form.id);
    this.desk.redraw();
    document.getElementById(`${firstField}-${form.id}`)?.focus();
  }

  /** Closes the form and gives focus back to the button that opened it. */
  protected cancel(item: T, action: string | undefined): void {
    this.form = undefined;
    this.desk.redraw();
    document.querySelector<HTMLElement>(`[data-action="${action}-${item.id}"]`)?.focus();
  }

  /** Shows the model's messages for a body that failed validation, at their fields. */
  protected refuseBody(item: T, errors: Record<string, string>, first: string): void {
    if (this.form?.id === item.id) this.form.errors = errors;
    else this.refusals.set(item.id, errors[first] ?? '');
    this.desk.announce(errors[first] ?? '');
    this.desk.redraw();
    document.getElementById(`${first}-${item.id}`)?.focus();
  }

  protected async send(item: T, body: B): Promise<void> {
    this.busy = item.id;
    this.refusals.delete(item.id);
    this.desk.announce(m.sending);
    this.desk.redraw();
    try {
      const updated = await this.transition(item.id, body);
      this.busy = undefined;
      this.form = undefined;
      const index = this.items.findIndex((candidate) => candidate.id === updated.id);
      const text = this.doneText(updated);
      this.items[index] = updated;
      // Still in the chosen status (a response, a new dispatch): it stays and keeps focus.
      if (updated.status !== this.status) this.done.set(updated.id, text);
      const focus = this.done.has(updated.id) ? nextOpen(this.items, index, this.done) : updated.id;
      this.desk.announce(text);
      this.desk.redraw();
      const target = focus && document.getElementById(this.headingId(focus));
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
        const fresh = await this.fetchOne(item.id).catch(() => undefined);
        const index = this.items.findIndex((candidate) => candidate.id === item.id);
        if (fresh && index >= 0) this.items[index] = fresh;
        this.form = undefined;
      }
      this.refusals.set(item.id, message);
      this.desk.announce(message);
      this.desk.redraw();
    }
  }

  /** The section: status filter, count, retry, the items and "load more". */
  protected listView(): TemplateResult {
    const words = this.words;
    const count =
      this.phase === 'loading'
        ? m.loading
        : this.phase === 'failed'
          ? m.failed
          : m.shown(this.items.length - this.done.size);
    const sectionId = `staff-${this.kind}s`;
    const filterId = `${this.kind}-status`;
    return html`<section class="staff-section" aria-labelledby=${sectionId}>
      <h2 id=${sectionId}>${words.heading}</h2>
      ${
        this.statuses.length > 1
          ? html`<div class="field">
              <label for=${filterId}>${m.statusFilter}</label>
              <select
                id=${filterId}
                @change=${(event: Event) => {
                  this.status = (event.target as HTMLSelectElement).value as S;
                  void this.load(false);
                }}
              >
                ${this.statuses.map(
                  (s) =>
                    html`<option value=${s} ?selected=${s === this.status}>${words.status(s)}</option>`,
                )}
              </select>
            </div>`
          : this.status
            ? html`<p>${m.statusFilter}: ${words.status(this.status)}</p>`
            : nothing
      }
      <p class="meta" role="status" data-count=${this.kind}>${count}</p>
      ${
        this.phase === 'failed'
          ? html`<button type="button" class="portal-button" @click=${() => this.retry()}>
              ${m.retry}
            </button>`
          : nothing
      }
      ${this.phase === 'ready' && this.items.length === 0 ? html`<p>${words.empty}</p>` : nothing}
      <ul class="staff-list" role="list">
        ${repeat(
          this.items,
          (item) => item.id,
          (item) => this.itemShell(item),
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

  private itemShell(item: T): TemplateResult {
    const done = this.done.get(item.id);
    if (done) {
      return html`<li class="staff-item staff-done" data-kind=${this.kind} data-item=${item.id} data-done>
        <p>${done}</p>
      </li>`;
    }
    const refusal = this.refusals.get(item.id);
    const form = this.form?.id === item.id ? this.form : undefined;
    return html`<li
      class="staff-item"
      data-kind=${this.kind}
      data-item=${item.id}
      aria-busy=${this.busy === item.id ? 'true' : 'false'}
    >
      ${this.itemView(item, this.headingId(item.id))}
      ${refusal ? html`<p class="field-error" data-refusal>${refusal}</p>` : nothing}
      ${form ? this.formView(item, form) : nothing}
    </li>`;
  }
}

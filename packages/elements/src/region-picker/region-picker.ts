import { parseRegionCode } from '@cerdas/model/common';
import { listChildren, type Region, type RegionLevel, searchRegions } from '@cerdas/wilayah';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import {
  disabledByForm,
  FormAssociated,
  internals,
  validationAnchor,
  validationShown,
  valueMissingMessage,
} from '../base/form-associated.js';
import { baseStyles } from '../base/styles.js';
import { type RegionPickerMessages, regionPickerMessages } from './region-picker.messages.js';
import { regionPickerStyles } from './region-picker.styles.js';

const LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

/** One list of the cascade: the regions below `parent`, and which one is chosen. */
interface Step {
  readonly level: RegionLevel;
  /** Code of the region above, `undefined` for the provinces; `''` while it is not chosen. */
  readonly parent: string | undefined;
  readonly regions: readonly Region[];
  /** The filter's matches, best first; `undefined` when the filter is empty. */
  readonly matches: readonly Region[] | undefined;
  readonly filter: string;
  readonly selected: string;
  readonly status: 'waiting' | 'loading' | 'ready' | 'error';
}

/**
 * Where the picker reads regions from: `@cerdas/wilayah` by default. A page may pass another
 * (a newer village list, or one behind its own API) through the `source` property.
 */
export interface RegionSource {
  listChildren(code?: string): Promise<readonly Region[]>;
  searchRegions(
    text: string,
    options: { level?: RegionLevel; within?: string; limit?: number },
  ): Promise<readonly Region[]>;
}

const WILAYAH: RegionSource = { listChildren, searchRegions };

/** Detail of `cerdas-change`. */
export interface RegionPickerChange {
  /** The chosen region's code, `''` when the choice was cleared. */
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
}

/** The widget's base with its messages' type, named so declarations can refer to it. */
abstract class RegionPickerElement extends CerdasElement<RegionPickerMessages> {}

/** The code of the region at `level` that contains `code` (or is it). */
function codeAt(code: string, level: RegionLevel): string {
  return code
    .split('.')
    .slice(0, LEVELS.indexOf(level) + 1)
    .join('.');
}

/**
 * Chooses a region of Indonesia by cascading lists: inside a regency (`within="35.14"`) the
 * kecamatan, then the desa/kelurahan; without `within` the province first. `level` says how
 * deep to go. The chosen code is the element's form value, submitted with a plain `<form>`
 * under its `name`; `required` blocks the submit until the last list is chosen.
 *
 * Each step is a native `<select>` with a filter field above it, not an ARIA combobox: the
 * phone's own picker is what cheap Android phones and their screen readers handle best, and
 * the filter (accent- and case-insensitive, `kec`, `ds`, `kel` understood) narrows a long
 * list; Enter in the filter chooses its best match and moves on to the next step. Region data
 * comes from `@cerdas/wilayah` in the browser (one province's data loaded on demand), with no
 * API call; a list that fails to load offers a retry and reloads when the device is back online.
 *
 * @tagname cerdas-region-picker
 * @summary Cascading province → regency → district → village picker that takes part in forms.
 *
 * @attr name - The field name the chosen code is submitted under.
 * @attr value - The initial code (also what `form.reset()` returns to), e.g. `35.14.01.2001`.
 * @attr required - A submit is blocked until the last list is chosen.
 * @attr disabled - Not editable and not submitted (a disabled `<fieldset>` does the same).
 *
 * @csspart step - One level of the cascade (label, filter, list and status).
 * @csspart label - The visible label of a list.
 * @csspart filter - The filter field of a list.
 * @csspart select - The native list.
 * @csspart status - The line under a list: matches, loading, empty or failure.
 * @csspart retry - The button that reloads a list that failed to load.
 * @csspart error - The validation message after a blocked submit.
 *
 * @cssprop --cerdas-color-text - Text colour.
 * @cssprop --cerdas-color-text-muted - Status lines.
 * @cssprop --cerdas-color-border - Borders of the fields.
 * @cssprop --cerdas-color-surface-raised - Background of the fields.
 * @cssprop --cerdas-color-danger - The validation message and invalid borders.
 * @cssprop --cerdas-color-focus - Focus ring.
 * @cssprop --cerdas-space-2 - Gap inside a step.
 * @cssprop --cerdas-space-4 - Gap between steps.
 * @cssprop --cerdas-radius - Corner radius of the fields.
 *
 * @fires change - The value (form value) changed by the user's choice.
 * @fires cerdas-change - Same moment as `change`; `detail: { code, name, level }` of the chosen region (`code: ''` when cleared).
 */
export class CerdasRegionPicker extends FormAssociated(RegionPickerElement) {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override properties = {
    ...CerdasElement.properties,
    within: {},
    level: {},
    source: { attribute: false },
    steps: { state: true, attribute: false },
  };

  static override styles = [baseStyles, regionPickerStyles];

  /** Code of the region to choose inside (`35.14` for Kabupaten Pasuruan); empty: all of Indonesia. */
  declare within: string;
  /**
   * The level of the chosen value: `province`, `regency`, `district` or `village` (default). A
   * level at or above `within` is raised to the one just below it.
   */
  declare level: RegionLevel;
  /** The region data; `@cerdas/wilayah` (bundled, one province loaded at a time) by default. */
  declare source: RegionSource;
  /** @internal */
  declare protected steps: readonly Step[];

  protected readonly messages = regionPickerMessages;
  readonly #pending = new Set<Promise<unknown>>();
  #generation = 0;

  constructor() {
    super();
    this.within = '';
    this.level = 'village';
    this.source = WILAYAH;
    this.steps = [];
    this[internals].role = 'group';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#retryFailed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#retryFailed);
  }

  /** Back online: load again the lists that failed. */
  readonly #retryFailed = (): void => {
    this.steps.forEach((step, index) => {
      if (step.status === 'error') this.#load(index);
    });
  };

  /** Resolves once the element has rendered and every list it is loading has arrived. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size > 0) {
      await Promise.allSettled([...this.#pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('within') || changed.has('level') || changed.has('source')) {
      this.#restore(this.value);
    } else if (changed.has('value') && this.value !== this.#chosenCode()) {
      this.#restore(this.value);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Select the chosen option after the options have rendered (a `.value` binding would run first).
    this.steps.forEach((step, index) => {
      const select = this.#select(index);
      if (select && select.value !== step.selected) select.value = step.selected;
    });
    super.updated(changed);
  }

  override render() {
    const levels = this.#levels();
    if (!levels) {
      return html`<p class="error" part="status" role="status">${this.msg('badScope')(this.within)}</p>`;
    }
    const disabled = this[disabledByForm];
    const invalidAt = this[validationShown] ? this.#firstEmptyStep() : -1;
    return html`
      <div class="steps">${this.steps.map((step, index) => this.#renderStep(step, index, disabled, invalidAt === index))}</div>
      ${
        this[validationShown]
          ? html`<p id="error" class="error" part="error">${this.validationMessage}</p>`
          : nothing
      }
    `;
  }

  #renderStep(step: Step, index: number, disabled: boolean, invalid: boolean) {
    const label = this.msg('label')(step.level);
    const off = disabled || step.status !== 'ready' || step.regions.length === 0;
    const shown = step.matches ?? step.regions;
    const selected = step.regions.find((region) => region.code === step.selected);
    // Keep the chosen region in the list even when the filter hides it.
    const options = selected && !shown.includes(selected) ? [selected, ...shown] : shown;
    return html`
      <div class="step" part="step" aria-busy=${step.status === 'loading' ? 'true' : 'false'}>
        <label part="label" for="select-${index}">${label}</label>
        <input
          id="filter-${index}"
          part="filter"
          type="search"
          autocomplete="off"
          enterkeyhint="done"
          aria-label=${this.msg('filterLabel')(step.level)}
          aria-describedby="status-${index}"
          aria-controls="select-${index}"
          placeholder=${this.msg('filterPlaceholder')}
          .value=${step.filter}
          ?disabled=${off}
          @input=${(event: Event) => this.#filter(index, (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => this.#filterKey(index, event)}
        />
        <select
          id="select-${index}"
          part="select"
          aria-required=${this.required ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? `status-${index} error` : `status-${index}`}
          ?disabled=${off}
          @change=${(event: Event) => this.#choose(index, (event.target as HTMLSelectElement).value)}
        >
          <option value="">${this.msg('choose')(step.level)}</option>
          ${options.map((region) => html`<option value=${region.code}>${region.name}</option>`)}
        </select>
        <p id="status-${index}" class="status" part="status" role="status">${this.#statusOf(step)}</p>
        ${
          step.status === 'error'
            ? html`<button type="button" part="retry" @click=${() => this.#load(index)}>
                ${this.msg('retry')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  #statusOf(step: Step): string {
    switch (step.status) {
      case 'loading':
        return this.msg('loading');
      case 'error':
        return navigator.onLine === false ? this.msg('offline') : this.msg('loadError');
      case 'ready':
        if (step.regions.length === 0) return this.msg('empty')(step.level);
        return step.matches ? this.msg('matches')(step.matches.length, step.level) : '';
      default:
        return '';
    }
  }

  /** @internal */
  override [validationAnchor](): HTMLElement | undefined {
    const index = this.#firstEmptyStep();
    return this.#select(index < 0 ? this.steps.length - 1 : index) ?? undefined;
  }

  /** @internal */
  override [valueMissingMessage](): string {
    const step = this.steps[this.#firstEmptyStep()] ?? this.steps[this.steps.length - 1];
    return this.msg('required')(step?.level ?? this.level);
  }

  /** The levels of the lists, from the one below `within` to `level`; `undefined` for a bad `within`. */
  #levels(): readonly RegionLevel[] | undefined {
    let first = 0;
    if (this.within) {
      const parsed = parseRegionCode(this.within);
      if (!parsed.ok || parsed.value.level === 'village') return undefined;
      first = LEVELS.indexOf(parsed.value.level) + 1;
    }
    const last = Math.max(first, LEVELS.indexOf(this.level) < 0 ? 3 : LEVELS.indexOf(this.level));
    return LEVELS.slice(first, last + 1);
  }

  #firstEmptyStep(): number {
    return this.steps.findIndex((step) => step.selected === '');
  }

  #chosenCode(): string {
    const last = this.steps[this.steps.length - 1];
    return last && this.steps.every((step) => step.selected !== '') ? last.selected : '';
  }

  #select(index: number): HTMLSelectElement | null {
    return this.renderRoot?.querySelector<HTMLSelectElement>(`#select-${index}`) ?? null;
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    promise.finally(() => this.#pending.delete(promise)).catch(() => {});
    return promise;
  }

  #patch(index: number, patch: Partial<Step>): void {
    this.steps = this.steps.map((step, i) => (i === index ? { ...step, ...patch } : step));
  }

  /** Fresh lists for the current `within` and `level`, then the chain of `code` chosen in them. */
  #restore(code: string): void {
    const generation = ++this.#generation;
    const levels = this.#levels() ?? [];
    const scope = this.within || undefined;
    const fits =
      code !== '' &&
      parseRegionCode(code).ok &&
      codeAt(code, levels[levels.length - 1] ?? 'village') === code &&
      (scope === undefined || code.startsWith(`${scope}.`));
    this.steps = levels.map((level, index) => ({
      level,
      parent:
        index === 0 ? scope : fits ? codeAt(code, LEVELS[LEVELS.indexOf(level) - 1] ?? level) : '',
      regions: [],
      matches: undefined,
      filter: '',
      selected: fits ? codeAt(code, level) : '',
      status: index === 0 || fits ? 'loading' : 'waiting',
    }));
    if (code !== '' && !fits) this.value = '';
    const loads = this.steps.map((step, index) =>
      step.status === 'loading' ? this.#load(index, generation) : Promise.resolve(true),
    );
    if (fits) {
      this.#track(
        Promise.all(loads).then((found) => {
          // A code that names no region (a typo in the `value` attribute) is not submitted.
          if (generation !== this.#generation || !found.includes(false)) return;
          this.#restore('');
          this.value = '';
        }),
      );
    }
  }

  /** Loads the regions of step `index`; resolves to whether its chosen code is among them. */
  #load(index: number, generation = this.#generation): Promise<boolean> {
    const step = this.steps[index];
    if (!step || step.parent === '') return Promise.resolve(false);
    const { parent } = step;
    this.#patch(index, { status: 'loading' });
    return this.#track(
      this.source.listChildren(parent).then(
        (regions) => {
          if (generation !== this.#generation || this.steps[index]?.parent !== parent) return true;
          this.#patch(index, { regions, status: 'ready' });
          const chosen = this.steps[index]?.selected ?? '';
          return chosen === '' || regions.some((region) => region.code === chosen);
        },
        () => {
          if (generation === this.#generation) this.#patch(index, { status: 'error' });
          return true;
        },
      ),
    );
  }

  async #filter(index: number, text: string): Promise<void> {
    const step = this.steps[index];
    if (!step) return;
    if (text.trim() === '') {
      this.#patch(index, { filter: text, matches: undefined });
      return;
    }
    this.#patch(index, { filter: text });
    const matches = await this.#track(
      this.source
        .searchRegions(text, {
          level: step.level,
          limit: Math.max(step.regions.length, 1),
          ...(step.parent ? { within: step.parent } : {}),
        })
        .catch(() => []),
    );
    const current = this.steps[index];
    if (current && current.parent === step.parent && current.filter === text)
      this.#patch(index, { matches });
  }

  #filterKey(index: number, event: KeyboardEvent): void {
    const step = this.steps[index];
    if (!step) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const best = step.matches?.[0];
      if (best) {
        this.#choose(index, best.code);
        this.#focusNext(index);
      }
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.#select(index)?.focus();
    } else if (event.key === 'Escape' && step.filter !== '') {
      event.preventDefault();
      this.#filter(index, '');
    }
  }

  async #focusNext(index: number): Promise<void> {
    await this.updateComplete;
    const next = this.renderRoot.querySelector<HTMLElement>(`#filter-${index + 1}`);
    (next && !next.hasAttribute('disabled') ? next : this.#select(index))?.focus();
  }

  /** The user chose `code` (or `''`) in step `index`: clear the steps below and load the next. */
  #choose(index: number, code: string): void {
    const generation = ++this.#generation;
    this.steps = this.steps.map((step, i) => {
      if (i < index) return step;
      if (i === index) return { ...step, selected: code, filter: '', matches: undefined };
      const parent = i === index + 1 && code !== '' ? code : '';
      return {
        ...step,
        parent,
        regions: [],
        matches: undefined,
        filter: '',
        selected: '',
        status: parent ? 'loading' : 'waiting',
      };
    });
    if (index + 1 < this.steps.length && code !== '') this.#load(index + 1, generation);

    const value = this.#chosenCode();
    if (value === this.value) return;
    this.value = value;
    const last = this.steps[this.steps.length - 1] as Step;
    const region = last.regions.find((candidate) => candidate.code === value);
    const detail: RegionPickerChange = {
      code: value,
      name: region?.name ?? '',
      level: last.level,
    };
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.dispatchEvent(new CustomEvent('cerdas-change', { detail, bubbles: true, composed: true }));
  }
}

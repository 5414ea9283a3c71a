import type { PropertyValues } from 'lit';
import type { CerdasElement } from './cerdas-element.js';

// biome-ignore lint/suspicious/noExplicitAny: a mixin's base constructor takes any arguments.
type AbstractConstructor<T = object> = abstract new (...args: any[]) => T;

/** The control's `ElementInternals` (role, states, …), for the widget that uses the mixin. */
export const internals = Symbol('internals');
/** Hook: the element inside the shadow root the browser's validation bubble points at. */
export const validationAnchor = Symbol('validationAnchor');
/** Hook: the sentence shown when a required control is empty, in the current language. */
export const valueMissingMessage = Symbol('valueMissingMessage');
/** True while a `disabled` attribute or a disabled `<fieldset>` switches the control off. */
export const disabledByForm = Symbol('disabledByForm');
/**
 * True once the control should show why it is invalid: after a submit it blocked (the
 * `invalid` event) or a `reportValidity()`, until the value changes or the form resets.
 */
export const validationShown = Symbol('validationShown');
/** Re-reads the validity; call it when something the hooks depend on changes. */
export const updateValidity = Symbol('updateValidity');

/** What a form-associated Cerdas control adds to its element, the same names as `<input>`. */
export interface FormControl {
  /** The field name the value is submitted under. */
  name: string;
  /** The submitted value; `''` when nothing is chosen. */
  value: string;
  /** The value the control returns to on `form.reset()`: its `value` attribute. */
  readonly defaultValue: string;
  /** A submit is blocked while the value is empty. */
  required: boolean;
  /** Not editable, not submitted and not validated. */
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  [internals]: ElementInternals;
  [validationAnchor](): HTMLElement | undefined;
  [valueMissingMessage](): string;
  [updateValidity](): void;
  readonly [disabledByForm]: boolean;
  readonly [validationShown]: boolean;
  formDisabledCallback(disabled: boolean): void;
  formResetCallback(): void;
  formStateRestoreCallback(state: string | File | FormData | null, reason: string): void;
}

const VALUE_MISSING = {
  id: 'Isian ini wajib diisi.',
  en: 'Please fill in this field.',
} as const;

/**
 * Makes a Cerdas widget a form control through `ElementInternals`: its `value` is submitted
 * with a surrounding plain `<form>` under its `name`, `required` blocks the submit with a
 * sentence in the widget's language, `form.reset()` restores the `value` attribute, a disabled
 * `<fieldset>` switches it off, and the browser can restore it after back/forward navigation.
 *
 * The widget implements the hooks keyed by the exported symbols ({@link validationAnchor},
 * {@link valueMissingMessage}) and renders {@link validationShown} as a visible message.
 */
export function FormAssociated<T extends AbstractConstructor<CerdasElement>>(
  Base: T,
): T & AbstractConstructor<FormControl> {
  abstract class FormAssociatedElement extends Base implements FormControl {
    static formAssociated = true;

    static properties = {
      value: {},
      required: { type: Boolean, reflect: true },
      disabled: { type: Boolean, reflect: true },
      formDisabled: { state: true, attribute: false },
      invalidShown: { state: true, attribute: false },
    };

    declare required: boolean;
    declare disabled: boolean;
    /** @internal */
    declare formDisabled: boolean;
    /** @internal */
    declare invalidShown: boolean;

    /** @internal */
    readonly [internals]: ElementInternals;
    #value: string;
    #customMessage: string;

    // biome-ignore lint/suspicious/noExplicitAny: a mixin passes its arguments through.
    constructor(...args: any[]) {
      super(...args);
      this[internals] = this.attachInternals();
      this.required = false;
      this.disabled = false;
      this.formDisabled = false;
      this.invalidShown = false;
      this.#value = '';
      this.#customMessage = '';
      this.addEventListener('invalid', () => {
        this.invalidShown = true;
      });
    }

    /** The `name` attribute, which the form reads when it collects its data. */
    get name(): string {
      return this.getAttribute('name') ?? '';
    }

    set name(name: string) {
      this.setAttribute('name', name);
    }

    get value(): string {
      return this.#value;
    }

    set value(value: string) {
      this.#value = value == null ? '' : String(value);
      this.invalidShown = false;
      this[internals].setFormValue(this.#value, this.#value);
      this[updateValidity]();
    }

    get defaultValue(): string {
      return this.getAttribute('value') ?? '';
    }

    get form(): HTMLFormElement | null {
      return this[internals].form;
    }

    get labels(): NodeList {
      return this[internals].labels;
    }

    get validity(): ValidityState {
      return this[internals].validity;
    }

    get validationMessage(): string {
      return this[internals].validationMessage;
    }

    get willValidate(): boolean {
      return this[internals].willValidate;
    }

    /** @internal */
    get [disabledByForm](): boolean {
      return this.disabled || this.formDisabled;
    }

    /** @internal */
    get [validationShown](): boolean {
      return this.invalidShown && !this.validity.valid;
    }

    checkValidity(): boolean {
      this[updateValidity]();
      return this[internals].checkValidity();
    }

    reportValidity(): boolean {
      this[updateValidity]();
      return this[internals].reportValidity();
    }

    /** A message makes the control invalid (`validity.customError`); `''` clears it. */
    setCustomValidity(message: string): void {
      this.#customMessage = String(message ?? '');
      this[updateValidity]();
    }

    /** @internal */
    [validationAnchor](): HTMLElement | undefined {
      return undefined;
    }

    /** @internal */
    [valueMissingMessage](): string {
      return VALUE_MISSING[this.language];
    }

    /** @internal */
    [updateValidity](): void {
      const anchor = this[validationAnchor]();
      const at = anchor?.isConnected ? anchor : undefined;
      if (this.#customMessage) {
        this[internals].setValidity({ customError: true }, this.#customMessage, at);
      } else if (this.required && this.#value === '') {
        this[internals].setValidity({ valueMissing: true }, this[valueMissingMessage](), at);
      } else {
        this[internals].setValidity({});
      }
    }

    override connectedCallback(): void {
      super.connectedCallback();
      this[internals].setFormValue(this.#value, this.#value);
    }

    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      // After every render: the language, the requirement or the anchor may have changed.
      this[updateValidity]();
    }

    formDisabledCallback(disabled: boolean): void {
      this.formDisabled = disabled;
    }

    formResetCallback(): void {
      this.value = this.defaultValue;
      this.invalidShown = false;
    }

    formStateRestoreCallback(state: string | File | FormData | null): void {
      if (typeof state === 'string') this.value = state;
    }
  }
  return FormAssociatedElement;
}

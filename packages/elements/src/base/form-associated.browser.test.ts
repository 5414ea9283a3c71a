import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { holderOf, useHost } from '../../test/support/dom.js';
import { CerdasElement } from './cerdas-element.js';
import {
  FormAssociated,
  internals,
  validationShown,
  valueMissingMessage,
} from './form-associated.js';
import type { LocaleTable } from './i18n.js';

type Strings = { missing: string };
const MESSAGES: LocaleTable<Strings> = {
  id: { missing: 'Ketik kode pos.' },
  en: { missing: 'Type a postcode.' },
};

abstract class StringsElement extends CerdasElement<Strings> {}

/** The smallest control on the mixin: a text value with its own message. */
class PostcodeField extends FormAssociated(StringsElement) {
  protected readonly messages = MESSAGES;
  override [valueMissingMessage](): string {
    return this.msg('missing');
  }
  override render() {
    return html`<span>${this.value}</span>`;
  }
}
customElements.define('test-postcode-field', PostcodeField);

useHost();

function form(markup: string, lang = 'id'): { form: HTMLFormElement; field: PostcodeField } {
  const holder = holderOf(`<form>${markup}</form>`, lang);
  return {
    form: holder.querySelector('form') as HTMLFormElement,
    field: holder.querySelector('test-postcode-field') as PostcodeField,
  };
}

describe('FormAssociated', () => {
  it('submits its value under its name, and a renamed field under the new name', async () => {
    const { form: f, field } = form('<test-postcode-field name="pos"></test-postcode-field>');
    field.value = '67153';
    expect(new FormData(f).get('pos')).toBe('67153');
    field.name = 'kodepos';
    expect(field.getAttribute('name')).toBe('kodepos');
    expect(new FormData(f).get('kodepos')).toBe('67153');
    expect(field.form).toBe(f);
  });

  it('is invalid while required and empty, in the language of the page', async () => {
    const id = form('<test-postcode-field name="pos" required></test-postcode-field>');
    const en = form('<test-postcode-field name="pos" required></test-postcode-field>', 'en');
    await id.field.updateComplete;
    await en.field.updateComplete;
    expect(id.form.checkValidity()).toBe(false);
    expect(id.field.validationMessage).toBe('Ketik kode pos.');
    expect(en.field.validationMessage).toBe('Type a postcode.');
    id.field.value = '67153';
    expect(id.form.checkValidity()).toBe(true);
    id.field.required = false;
    id.field.value = '';
    await id.field.updateComplete;
    expect(id.field.checkValidity()).toBe(true);
  });

  it('shows its error only after a blocked submit, until the value changes', async () => {
    const { form: f, field } = form(
      '<test-postcode-field name="pos" required></test-postcode-field>',
    );
    await field.updateComplete;
    const shown = () => field[validationShown];
    expect(shown()).toBe(false);
    f.requestSubmit();
    expect(shown()).toBe(true);
    field.value = '67153';
    expect(shown()).toBe(false);
  });

  it('returns to its value attribute on reset', async () => {
    const { form: f, field } = form(
      '<test-postcode-field name="pos" value="67100"></test-postcode-field>',
    );
    expect(field.value).toBe('67100');
    field.value = '67153';
    f.reset();
    expect(field.value).toBe('67100');
    expect(new FormData(f).get('pos')).toBe('67100');
  });

  it('is left out and not validated when disabled, by itself or by its fieldset', async () => {
    const { form: f, field } = form(
      '<fieldset><test-postcode-field name="pos" value="1" required></test-postcode-field></fieldset>',
    );
    field.disabled = true;
    await field.updateComplete;
    expect(new FormData(f).has('pos')).toBe(false);
    field.disabled = false;
    await field.updateComplete;
    (f.querySelector('fieldset') as HTMLFieldSetElement).disabled = true;
    expect(new FormData(f).has('pos')).toBe(false);
    expect(field.willValidate).toBe(false);
    expect(field.matches(':disabled')).toBe(true);
  });

  it('takes a custom validity message and exposes its internals and labels', async () => {
    const { field } = form(
      '<label for="p">Kode pos</label><test-postcode-field id="p" name="pos"></test-postcode-field>',
    );
    field.setCustomValidity('Kode pos di luar Kabupaten Pasuruan.');
    expect(field.validity.customError).toBe(true);
    expect(field.validationMessage).toBe('Kode pos di luar Kabupaten Pasuruan.');
    field.setCustomValidity('');
    expect(field.validity.valid).toBe(true);
    expect([...field.labels].map((label) => label.textContent)).toEqual(['Kode pos']);
    expect(field[internals]).toBeInstanceOf(ElementInternals);
  });

  it('takes back a state the browser restores', async () => {
    const { form: f, field } = form('<test-postcode-field name="pos"></test-postcode-field>');
    field.formStateRestoreCallback('67153', 'restore');
    expect(new FormData(f).get('pos')).toBe('67153');
  });
});

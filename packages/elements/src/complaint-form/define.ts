import { defineElement } from '../base/define.js';
import { CerdasComplaintForm } from './complaint-form.js';

defineElement('cerdas-complaint-form', CerdasComplaintForm);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-complaint-form': CerdasComplaintForm;
  }
}

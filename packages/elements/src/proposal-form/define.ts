import { defineElement } from '../base/define.js';
import { CerdasProposalForm } from './proposal-form.js';

defineElement('cerdas-proposal-form', CerdasProposalForm);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-proposal-form': CerdasProposalForm;
  }
}

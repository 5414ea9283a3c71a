import { defineElement } from '../base/define.js';
import { CerdasRegionPicker } from './region-picker.js';

defineElement('cerdas-region-picker', CerdasRegionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-region-picker': CerdasRegionPicker;
  }
}

import { defineElement } from '../base/define.js';
import { CerdasTracker } from './tracker.js';

defineElement('cerdas-tracker', CerdasTracker);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-tracker': CerdasTracker;
  }
}

import { defineElement } from '../base/define.js';
import { CerdasIkmBadge } from './ikm-badge.js';

defineElement('cerdas-ikm-badge', CerdasIkmBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-ikm-badge': CerdasIkmBadge;
  }
}

import { defineElement } from '../base/define.js';
import { CerdasServiceDirectory } from './service-directory.js';

defineElement('cerdas-service-directory', CerdasServiceDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-service-directory': CerdasServiceDirectory;
  }
}

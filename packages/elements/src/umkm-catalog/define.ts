import { defineElement } from '../base/define.js';
import { CerdasUmkmCatalog } from './umkm-catalog.js';

defineElement('cerdas-umkm-catalog', CerdasUmkmCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-umkm-catalog': CerdasUmkmCatalog;
  }
}

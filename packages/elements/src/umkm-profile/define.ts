import { defineElement } from '../base/define.js';
import { CerdasUmkmProfile } from './umkm-profile.js';

defineElement('cerdas-umkm-profile', CerdasUmkmProfile);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-umkm-profile': CerdasUmkmProfile;
  }
}

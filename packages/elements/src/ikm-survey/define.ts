import { defineElement } from '../base/define.js';
import { CerdasIkmSurvey } from './ikm-survey.js';

defineElement('cerdas-ikm-survey', CerdasIkmSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-ikm-survey': CerdasIkmSurvey;
  }
}

import { defineElement } from '../base/define.js';
import { CerdasPlanningDashboard } from './planning-dashboard.js';

defineElement('cerdas-planning-dashboard', CerdasPlanningDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'cerdas-planning-dashboard': CerdasPlanningDashboard;
  }
}

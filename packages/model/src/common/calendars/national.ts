import type { WorkingDayCalendar } from '../working-days.js';
import { NATIONAL_DAYS_2025, NATIONAL_YEAR_2025 } from './national-2025.js';
import { NATIONAL_DAYS_2026, NATIONAL_YEAR_2026 } from './national-2026.js';

/**
 * Indonesia's national days off for 2025–2026 from the yearly SKB 3 Menteri (Menteri Agama,
 * Menteri Ketenagakerjaan, Menteri PANRB). 2027 is absent on purpose: its SKB could not be
 * found and verified yet, so counting in 2027 throws `CalendarUnavailableError` instead of
 * guessing. A regency adds its own days, or a new year once its SKB is out, with
 * `extendCalendar`.
 */
export const NATIONAL_CALENDAR: WorkingDayCalendar = {
  name: 'Nasional (SKB 3 Menteri)',
  years: [NATIONAL_YEAR_2025, NATIONAL_YEAR_2026],
  days: [...NATIONAL_DAYS_2025, ...NATIONAL_DAYS_2026],
};

import { css } from 'lit';

export const planningDashboardStyles = css`
  .dashboard {
    display: grid;
    gap: var(--cerdas-space-4, 1rem);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.0625em;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: var(--cerdas-space-3, 0.75rem);
    margin-block: var(--cerdas-space-3, 0.75rem) 0;
    margin-inline: 0;
  }
  .totals div:first-child {
    grid-column: 1 / -1;
  }
  .totals div {
    padding: var(--cerdas-space-3, 0.75rem);
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-surface-raised, #fff);
  }
  dt {
    font-size: 0.875em;
    color: var(--cerdas-color-text-muted, #52606d);
  }
  dd {
    margin: 0;
  }
  .big {
    display: block;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .full {
    display: block;
    font-size: 0.875em;
    color: var(--cerdas-color-text-muted, #52606d);
    overflow-wrap: anywhere;
  }
  section {
    display: grid;
    gap: var(--cerdas-space-3, 0.75rem);
    padding: var(--cerdas-space-3, 0.75rem);
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-surface-raised, #fff);
    min-inline-size: 0;
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--cerdas-space-2, 0.5rem);
  }
  .view {
    overflow-x: auto;
  }
  svg {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    font-size: 0.8125em;
  }
  svg text {
    fill: currentColor;
  }
  .bar {
    fill: var(--cerdas-chart-bar, var(--cerdas-color-primary, #0b6e4f));
  }
  .bar.grouped {
    fill: var(--cerdas-chart-bar-muted, var(--cerdas-color-text-muted, #52606d));
  }
  .figure {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--cerdas-space-2, 0.5rem);
  }
  th,
  td {
    padding-block: var(--cerdas-space-2, 0.5rem);
    padding-inline: var(--cerdas-space-1, 0.25rem);
    border-block-end: 1px solid var(--cerdas-color-border, #c4cdd5);
    text-align: start;
    vertical-align: top;
  }
  td {
    text-align: end;
    white-space: nowrap;
  }
  thead th:not(:first-child) {
    text-align: end;
  }
  tbody th {
    font-weight: 400;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  .note {
    margin: 0;
    font-size: 0.875em;
    color: var(--cerdas-color-text-muted, #52606d);
  }
  .message {
    margin: 0;
  }
  .message.error p {
    color: var(--cerdas-color-danger, #b3261e);
    font-weight: 600;
  }
  .skeleton {
    display: grid;
    gap: var(--cerdas-space-3, 0.75rem);
  }
  .bone {
    block-size: 1.25rem;
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-border, #c4cdd5);
    opacity: 0.5;
  }
  .bone:nth-child(2) {
    inline-size: 90%;
  }
  .bone:nth-child(3) {
    inline-size: 65%;
  }
  .bone:nth-child(4) {
    inline-size: 40%;
  }
  .bone.title {
    block-size: 2rem;
    inline-size: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.2;
    }
  }
`;

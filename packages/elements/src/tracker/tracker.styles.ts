import { css } from 'lit';

/** Mobile first: the field and its button share a row; the timeline is a line of markers. */
export const trackerStyles = css`
  .form {
    display: grid;
    gap: var(--cerdas-space-1, 0.25rem);
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cerdas-space-2, 0.5rem);
    margin-block-start: var(--cerdas-space-1, 0.25rem);
  }
  .row input {
    flex: 1 1 14rem;
    inline-size: auto;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  input[aria-invalid='true'] {
    border-color: var(--cerdas-color-danger, #b3261e);
    border-width: 2px;
  }
  .status {
    margin-block: var(--cerdas-space-3, 0.75rem);
  }
  .skeleton {
    min-block-size: 10rem;
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-border, #c4cdd5);
    opacity: 0.4;
  }
  .result {
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-surface-raised, #fff);
    padding-block: var(--cerdas-space-3, 0.75rem);
    padding-inline: var(--cerdas-space-4, 1rem);
    margin-block-start: var(--cerdas-space-3, 0.75rem);
  }
  .heading {
    margin-block: 0 var(--cerdas-space-3, 0.75rem);
    font-size: 1.125em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .subheading {
    margin-block: var(--cerdas-space-4, 1rem) var(--cerdas-space-2, 0.5rem);
    font-size: 1em;
    font-weight: 700;
  }
  dl {
    margin: 0;
    display: grid;
    gap: var(--cerdas-space-2, 0.5rem);
  }
  dt {
    font-size: 0.875em;
    color: var(--cerdas-color-text-muted, #52606d);
  }
  dd {
    margin: 0;
  }
  .current {
    font-weight: 700;
  }
  .title {
    font-weight: 600;
    margin-block: var(--cerdas-space-3, 0.75rem) 0;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .timeline li {
    position: relative;
    display: grid;
    gap: 0.125rem;
    padding-inline-start: var(--cerdas-space-6, 1.5rem);
    padding-block-end: var(--cerdas-space-3, 0.75rem);
    border-inline-start: 2px solid var(--cerdas-color-border, #c4cdd5);
    margin-inline-start: 0.4375rem;
  }
  .timeline li:last-child {
    border-inline-start-color: transparent;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.5rem;
    inset-block-start: 0.3rem;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border-radius: 50%;
    background: var(--cerdas-color-surface-raised, #fff);
    border: 2px solid var(--cerdas-color-primary, #0b6e4f);
  }
  .timeline li[aria-current='step']::before {
    background: var(--cerdas-color-primary, #0b6e4f);
  }
  .step-label {
    font-weight: 600;
  }
  .note {
    margin: 0;
  }
`;

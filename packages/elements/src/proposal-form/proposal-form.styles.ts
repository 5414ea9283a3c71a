import { css } from 'lit';

export const styles = css`
  form,
  section,
  .field {
    display: grid;
    gap: var(--cerdas-space-3, 0.75rem);
    max-inline-size: 40rem;
  }
  .field {
    gap: var(--cerdas-space-1, 0.25rem);
  }
  .pair {
    display: grid;
    gap: var(--cerdas-space-3, 0.75rem);
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    max-inline-size: 40rem;
  }
  section,
  .status,
  .notice {
    margin: 0 0 var(--cerdas-space-4, 1rem);
    padding: var(--cerdas-space-3, 0.75rem);
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-surface-raised, #fff);
  }
  .notice {
    border-inline-start: 4px solid var(--cerdas-color-warning, #b45309);
  }
  .status:empty {
    display: none;
  }
  label {
    font-weight: 600;
  }
  p,
  h2,
  ul {
    margin: 0;
  }
  [part='phase'] {
    margin-block-end: var(--cerdas-space-3, 0.75rem);
  }
  h2 {
    font-size: 1.25em;
  }
  .hint {
    font-size: 0.875em;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--cerdas-color-danger, #b3261e);
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cerdas-space-2, 0.5rem);
    align-items: center;
    padding-block: var(--cerdas-space-2, 0.5rem);
    overflow-wrap: anywhere;
  }
`;

import { css } from 'lit';

export const styles = css`
  form,
  fieldset,
  section,
  .field {
    display: grid;
    gap: var(--cerdas-space-3, 0.75rem);
    max-inline-size: 40rem;
  }
  .field {
    gap: var(--cerdas-space-1, 0.25rem);
  }
  fieldset,
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
  legend,
  label,
  dt {
    font-weight: 600;
  }
  p,
  h2,
  dl,
  dd,
  ul {
    margin: 0;
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
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--cerdas-space-2, 0.5rem);
    align-items: center;
  }
  .choice input {
    inline-size: 1.5rem;
    min-block-size: 1.5rem;
    margin: 0;
  }
  .choice p {
    grid-column: 2;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  li,
  dd {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cerdas-space-2, 0.5rem);
    align-items: center;
    padding-block: var(--cerdas-space-2, 0.5rem);
    overflow-wrap: anywhere;
  }
  progress {
    inline-size: 8rem;
    accent-color: var(--cerdas-color-primary, #0b6e4f);
  }
  .tracking {
    font-size: var(--cerdas-font-size-tracking, 1.75em);
    font-weight: 700;
    letter-spacing: 0.04em;
  }
  .tracking,
  code {
    user-select: all;
  }
`;

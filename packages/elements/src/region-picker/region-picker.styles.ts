import { css } from 'lit';

export const regionPickerStyles = css`
  .steps {
    display: grid;
    gap: var(--cerdas-space-4, 1rem);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: var(--cerdas-space-2, 0.5rem);
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  select {
    appearance: auto;
  }
  select:disabled,
  input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  select[aria-invalid='true'] {
    border-color: var(--cerdas-color-danger, #b3261e);
    border-width: 2px;
  }
  .status {
    margin: 0;
    min-block-size: 1.5em;
    font-size: 0.875em;
    color: var(--cerdas-color-text-muted, #52606d);
  }
  .status:empty {
    min-block-size: 0;
  }
  button {
    align-self: start;
  }
  .error {
    margin-block: var(--cerdas-space-2, 0.5rem) 0;
    margin-inline: 0;
    font-weight: 600;
    color: var(--cerdas-color-danger, #b3261e);
  }
`;

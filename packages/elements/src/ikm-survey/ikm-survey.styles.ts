import { css } from 'lit';

/** Mobile first: answers stack as large targets; from 40rem they sit four in a row. */
export const ikmSurveyStyles = css`
  .form {
    display: grid;
    gap: var(--cerdas-space-4, 1rem);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0;
  }
  .form > p {
    margin: 0;
  }
  .questions {
    margin: 0;
    padding-inline-start: var(--cerdas-space-6, 1.5rem);
    display: grid;
    gap: var(--cerdas-space-4, 1rem);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    display: grid;
    gap: 0.125rem;
    margin-block-end: var(--cerdas-space-2, 0.5rem);
  }
  .element {
    font-weight: 700;
  }
  .question.invalid {
    border-inline-start: 4px solid var(--cerdas-color-danger, #b3261e);
    padding-inline-start: var(--cerdas-space-3, 0.75rem);
  }
  .question .error {
    margin-block: 0 var(--cerdas-space-2, 0.5rem);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: var(--cerdas-space-2, 0.5rem);
  }
  @media (min-width: 40rem) {
    .options {
      grid-template-columns: repeat(4, 1fr);
    }
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--cerdas-space-2, 0.5rem);
    min-block-size: 44px;
    padding-block: var(--cerdas-space-2, 0.5rem);
    padding-inline: var(--cerdas-space-3, 0.75rem);
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-surface-raised, #fff);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--cerdas-color-primary, #0b6e4f);
    box-shadow: inset 0 0 0 1px var(--cerdas-color-primary, #0b6e4f);
    font-weight: 600;
  }
  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
    margin: 0;
    flex: none;
    accent-color: var(--cerdas-color-primary, #0b6e4f);
  }
  .profile {
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    padding: var(--cerdas-space-3, 0.75rem) var(--cerdas-space-4, 1rem);
  }
  .profile legend {
    font-weight: 700;
    padding-inline: var(--cerdas-space-1, 0.25rem);
  }
  .profile .hint {
    margin-block: 0 var(--cerdas-space-3, 0.75rem);
  }
  .profile-fields {
    display: grid;
    gap: var(--cerdas-space-3, 0.75rem);
  }
  @media (min-width: 40rem) {
    .profile-fields {
      grid-template-columns: 1fr 1fr;
    }
  }
  .field {
    display: grid;
    gap: var(--cerdas-space-1, 0.25rem);
  }
  label[for] {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
  }
  textarea {
    resize: vertical;
  }
  .status {
    margin: 0;
    font-weight: 600;
  }
  .submit {
    justify-self: start;
    min-inline-size: 12rem;
  }
  [aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .thanks {
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-surface-raised, #fff);
    padding: var(--cerdas-space-4, 1rem);
  }
`;

import { css } from 'lit';

/**
 * Design tokens every widget reads. Each is a CSS custom property a page can set
 * (`--cerdas-color-primary: #0b5`), with a default that looks right on a white page; the
 * themes in `themes/*.css` set them all. Logical properties only, so nothing breaks in
 * other writing directions.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--cerdas-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--cerdas-font-size, 1rem);
    line-height: 1.5;
    color: var(--cerdas-color-text, #1f2933);
    background: var(--cerdas-color-surface, transparent);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--cerdas-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    min-block-size: 44px;
    padding-block: var(--cerdas-space-2, 0.5rem);
    padding-inline: var(--cerdas-space-4, 1rem);
    border-radius: var(--cerdas-radius, 0.5rem);
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    background: var(--cerdas-color-surface-raised, #fff);
  }
  button.primary {
    background: var(--cerdas-color-primary, #0b6e4f);
    border-color: var(--cerdas-color-primary, #0b6e4f);
    color: var(--cerdas-color-on-primary, #fff);
  }
  input,
  select,
  textarea {
    min-block-size: 44px;
    padding-block: var(--cerdas-space-2, 0.5rem);
    padding-inline: var(--cerdas-space-3, 0.75rem);
    border-radius: var(--cerdas-radius, 0.5rem);
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    background: var(--cerdas-color-surface-raised, #fff);
    inline-size: 100%;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    color: var(--cerdas-color-danger, #b3261e);
  }
  .muted {
    color: var(--cerdas-color-text-muted, #52606d);
  }
`;

import { css } from 'lit';

/** Mobile first: one column of cards; the search fields sit side by side from 40rem. */
export const serviceDirectoryStyles = css`
  .search {
    display: grid;
    gap: var(--cerdas-space-3, 0.75rem);
    margin-block-end: var(--cerdas-space-4, 1rem);
  }
  @media (min-width: 40rem) {
    .search {
      grid-template-columns: 2fr 1fr auto;
      align-items: end;
    }
  }
  .field {
    display: grid;
    gap: var(--cerdas-space-1, 0.25rem);
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-size: 0.875em;
  }
  .status {
    margin-block: var(--cerdas-space-2, 0.5rem);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--cerdas-space-3, 0.75rem);
  }
  .card {
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-surface-raised, #fff);
  }
  .skeleton {
    min-block-size: 4.5rem;
    background: linear-gradient(
      90deg,
      var(--cerdas-color-surface-raised, #fff),
      var(--cerdas-color-border, #c4cdd5),
      var(--cerdas-color-surface-raised, #fff)
    );
    background-size: 200% 100%;
    animation: shimmer 1.5s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  .heading {
    margin: 0;
    font-size: 1.0625em;
  }
  .toggle {
    display: grid;
    gap: var(--cerdas-space-1, 0.25rem);
    inline-size: 100%;
    text-align: start;
    border: 0;
    background: transparent;
    padding-block: var(--cerdas-space-3, 0.75rem);
    padding-inline: var(--cerdas-space-4, 1rem);
    font-weight: 600;
  }
  .toggle::after {
    content: '';
    justify-self: end;
    grid-row: 1;
    grid-column: 2;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    align-self: center;
  }
  .toggle[aria-expanded='true']::after {
    transform: rotate(-135deg);
  }
  .name {
    grid-column: 1;
  }
  .facts {
    grid-column: 1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--cerdas-space-3, 0.75rem);
    font-weight: 400;
    font-size: 0.9375em;
  }
  .details {
    padding-inline: var(--cerdas-space-4, 1rem);
    padding-block-end: var(--cerdas-space-4, 1rem);
  }
  .details p,
  .details ul,
  .details ol {
    margin-block: var(--cerdas-space-1, 0.25rem) var(--cerdas-space-3, 0.75rem);
  }
  .details ul,
  .details ol {
    padding-inline-start: var(--cerdas-space-6, 1.5rem);
  }
  .section {
    font-weight: 700;
    margin-block-start: var(--cerdas-space-3, 0.75rem);
  }
  .steps li,
  .places li {
    display: grid;
    gap: 0.125rem;
    margin-block-end: var(--cerdas-space-2, 0.5rem);
  }
  .performer {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--cerdas-color-text-muted, #52606d);
  }
  .place-name {
    font-weight: 600;
  }
  .notice {
    padding: var(--cerdas-space-2, 0.5rem) var(--cerdas-space-3, 0.75rem);
    border-inline-start: 4px solid var(--cerdas-color-danger, #b3261e);
    background: var(--cerdas-color-surface, transparent);
  }
  a {
    color: var(--cerdas-color-primary, #0b6e4f);
  }
  .apply {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    font-weight: 600;
  }
  .more {
    margin-block-start: var(--cerdas-space-4, 1rem);
    inline-size: 100%;
  }
  [aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
`;

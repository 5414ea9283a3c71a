import { css } from 'lit';
import { baseStyles } from '../base/styles.js';

export const catalogStyles = [
  baseStyles,
  css`
    .filters {
      display: grid;
      gap: var(--cerdas-space-3, 0.75rem);
      margin-block-end: var(--cerdas-space-4, 1rem);
    }
    @media (min-width: 40rem) {
      .filters {
        grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
        align-items: end;
      }
      .filters .search {
        grid-column: 1 / -1;
      }
    }
    .field {
      display: grid;
      gap: var(--cerdas-space-1, 0.25rem);
    }
    label {
      font-weight: 600;
    }
    .check {
      display: flex;
      align-items: center;
      gap: var(--cerdas-space-2, 0.5rem);
      min-block-size: 44px;
      font-weight: 400;
    }
    .check input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      min-block-size: 0;
      margin: 0;
      accent-color: var(--cerdas-color-primary, #0b6e4f);
    }
    .count,
    .offline {
      margin-block: 0 var(--cerdas-space-3, 0.75rem);
    }
    .offline {
      padding: var(--cerdas-space-3, 0.75rem);
      border-radius: var(--cerdas-radius, 0.5rem);
      border: 1px solid var(--cerdas-color-border, #c4cdd5);
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--cerdas-catalog-card-min-width, 16em)), 1fr)
      );
      grid-auto-rows: var(--cerdas-catalog-card-height, 23em);
      gap: var(--cerdas-space-4, 1rem);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--cerdas-space-1, 0.25rem);
      block-size: var(--cerdas-catalog-card-height, 23em);
      overflow: hidden;
      border: 1px solid var(--cerdas-color-border, #c4cdd5);
      border-radius: var(--cerdas-radius, 0.5rem);
      background: var(--cerdas-color-surface-raised, #fff);
      padding-block-end: var(--cerdas-space-3, 0.75rem);
    }
    .card:has(.open:focus-visible) {
      outline: 3px solid var(--cerdas-color-focus, #1a73e8);
      outline-offset: 2px;
    }
    .card > :not(.thumb) {
      margin-block: 0;
      margin-inline: var(--cerdas-space-3, 0.75rem);
    }
    .skeleton .card {
      background: var(--cerdas-color-border, #c4cdd5);
      opacity: 0.35;
    }
    .thumb {
      flex: none;
      block-size: 9em;
      background: color-mix(in srgb, var(--cerdas-color-primary, #0b6e4f) 12%, transparent);
    }
    .thumb img {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .name {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      flex: none;
      font-size: 1.0625em;
      font-weight: 700;
      line-height: 1.4;
      margin-block: var(--cerdas-space-2, 0.5rem) 1em;
    }
    .open {
      min-block-size: 24px;
      padding: 0;
      border: 0;
      background: none;
      font: inherit;
      font-weight: 700;
      text-align: start;
      color: var(--cerdas-color-primary, #0b6e4f);
      text-decoration: none;
    }
    .open:hover {
      text-decoration: underline;
    }
    .open:focus-visible {
      outline: none;
    }
    /* The whole card is the link's target, for thumbs and pointers alike. */
    .open::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .district {
      font-size: 0.875em;
    }
    .desc {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
      font-size: 0.9375em;
    }
    .price {
      margin-block-start: auto;
      font-weight: 600;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cerdas-space-1, 0.25rem);
      min-block-size: 1.5rem;
    }
    .badge {
      font-size: 0.8125em;
      padding-inline: var(--cerdas-space-2, 0.5rem);
      border-radius: 999px;
      border: 1px solid currentColor;
    }
    .badge.verified {
      color: var(--cerdas-color-primary, #0b6e4f);
    }
    .message,
    .more {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cerdas-space-3, 0.75rem);
      margin-block: var(--cerdas-space-4, 1rem);
    }
    .message p {
      margin: 0;
      flex-basis: 100%;
    }
    button[aria-disabled='true'] {
      cursor: progress;
    }
  `,
];

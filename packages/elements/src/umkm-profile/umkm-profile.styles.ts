import { css } from 'lit';
import { baseStyles } from '../base/styles.js';

export const profileStyles = [
  baseStyles,
  css`
    article {
      display: grid;
      gap: var(--cerdas-space-4, 1rem);
    }
    h2,
    h3,
    h4,
    p {
      margin: 0;
    }
    h2 {
      font-size: 1.5em;
      line-height: 1.25;
    }
    h3 {
      font-size: 1.125em;
      margin-block-end: var(--cerdas-space-2, 0.5rem);
    }
    h4 {
      font-size: 1em;
    }
    header {
      display: grid;
      gap: var(--cerdas-space-2, 0.5rem);
    }
    .badges,
    .tags,
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cerdas-space-2, 0.5rem);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .badge,
    .availability {
      font-size: 0.875em;
      padding-inline: var(--cerdas-space-2, 0.5rem);
      border-radius: 999px;
      border: 1px solid currentColor;
    }
    .verified {
      color: var(--cerdas-color-primary, #0b6e4f);
    }
    .availability.out-of-stock {
      color: var(--cerdas-color-danger, #b3261e);
    }
    .photos {
      display: flex;
      gap: var(--cerdas-space-2, 0.5rem);
      overflow-x: auto;
      scroll-snap-type: inline mandatory;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .photos li {
      flex: 0 0 min(85%, 24rem);
      scroll-snap-align: start;
    }
    .photos img,
    .product img {
      display: block;
      inline-size: 100%;
      block-size: auto;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      border-radius: var(--cerdas-radius, 0.5rem);
      background: var(--cerdas-color-border, #c4cdd5);
    }
    .description,
    .note {
      white-space: pre-line;
      max-inline-size: 70ch;
    }
    .hours,
    .address {
      max-inline-size: 28rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cerdas-space-2, 0.5rem);
    }
    .button {
      display: inline-flex;
      align-items: center;
      gap: var(--cerdas-space-1, 0.25rem);
      min-block-size: 44px;
      padding-block: var(--cerdas-space-2, 0.5rem);
      padding-inline: var(--cerdas-space-4, 1rem);
      border-radius: var(--cerdas-radius, 0.5rem);
      border: 1px solid var(--cerdas-color-border, #c4cdd5);
      background: var(--cerdas-color-surface-raised, #fff);
      color: var(--cerdas-color-primary, #0b6e4f);
      font-weight: 600;
      text-decoration: none;
    }
    a.button.primary {
      background: var(--cerdas-color-whatsapp, var(--cerdas-color-primary, #0b6e4f));
      border-color: var(--cerdas-color-whatsapp, var(--cerdas-color-primary, #0b6e4f));
      color: var(--cerdas-color-on-primary, #fff);
    }
    .copy {
      display: grid;
      gap: var(--cerdas-space-1, 0.25rem);
    }
    .hours,
    .products,
    .certificates {
      display: grid;
      gap: var(--cerdas-space-2, 0.5rem);
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .hours li {
      display: flex;
      justify-content: space-between;
      gap: var(--cerdas-space-3, 0.75rem);
      padding-block: var(--cerdas-space-1, 0.25rem);
      padding-inline: var(--cerdas-space-2, 0.5rem);
      border-radius: var(--cerdas-radius, 0.5rem);
    }
    .hours .today {
      background: var(
        --cerdas-color-highlight,
        color-mix(in srgb, var(--cerdas-color-primary, #0b6e4f) 15%, transparent)
      );
      font-weight: 700;
    }
    .open-now {
      font-weight: 600;
      margin-block-end: var(--cerdas-space-2, 0.5rem);
    }
    @media (min-width: 40rem) {
      .products {
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      }
    }
    .product {
      display: grid;
      gap: var(--cerdas-space-1, 0.25rem);
      align-content: start;
      padding: var(--cerdas-space-3, 0.75rem);
      border: 1px solid var(--cerdas-color-border, #c4cdd5);
      border-radius: var(--cerdas-radius, 0.5rem);
      background: var(--cerdas-color-surface-raised, #fff);
    }
    .price {
      font-weight: 600;
    }
    .certificates li {
      display: grid;
    }
    .inline li:not(:last-child)::after {
      content: ' ·';
    }
    .inline a {
      color: var(--cerdas-color-primary, #0b6e4f);
      display: inline-block;
      min-block-size: 24px;
    }
    .message {
      display: grid;
      gap: var(--cerdas-space-3, 0.75rem);
      justify-items: start;
    }
    .offline {
      padding: var(--cerdas-space-3, 0.75rem);
      border: 1px solid var(--cerdas-color-border, #c4cdd5);
      border-radius: var(--cerdas-radius, 0.5rem);
    }
    .skeleton {
      display: grid;
      gap: var(--cerdas-space-3, 0.75rem);
    }
    .bar {
      block-size: 1rem;
      border-radius: var(--cerdas-radius, 0.5rem);
      background: var(--cerdas-color-border, #c4cdd5);
      opacity: 0.5;
    }
    .bar.title {
      block-size: 2rem;
      inline-size: 60%;
    }
    .bar.short {
      inline-size: 40%;
    }
  `,
];

import { css } from 'lit';

/** A compact badge that fits a sidebar or a service card; it wraps on narrow screens. */
export const ikmBadgeStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
  }
  .status {
    margin: 0 0 var(--cerdas-space-2, 0.5rem);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--cerdas-space-3, 0.75rem);
    padding-block: var(--cerdas-space-2, 0.5rem);
    padding-inline: var(--cerdas-space-2, 0.5rem) var(--cerdas-space-4, 1rem);
    border: 1px solid var(--cerdas-color-border, #c4cdd5);
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-surface-raised, #fff);
    max-inline-size: 100%;
  }
  .letter {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: var(--cerdas-radius, 0.5rem);
    background: var(--cerdas-color-primary, #0b6e4f);
    color: var(--cerdas-color-on-primary, #fff);
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1;
  }
  .loading .letter {
    background: var(--cerdas-color-border, #c4cdd5);
  }
  .body {
    display: grid;
    gap: 0.0625rem;
    min-inline-size: 0;
  }
  .title {
    font-size: 0.8125em;
    color: var(--cerdas-color-text-muted, #52606d);
  }
  .figure {
    display: flex;
    align-items: baseline;
    gap: var(--cerdas-space-1, 0.25rem);
  }
  .abbr {
    font-weight: 600;
  }
  .index {
    font-size: 1.375em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .mutu {
    font-weight: 600;
  }
  .muted {
    font-size: 0.875em;
  }
  .none {
    font-weight: 600;
  }
`;

import { css } from 'lit';

/** Colours, type and buttons shared by every assent element; all themeable. */
export const sharedStyles = css`
  :host {
    --_bg: var(--assent-color-background, #fff);
    --_fg: var(--assent-color-text, #1d2125);
    --_muted: var(--assent-color-muted, #4a5056);
    --_primary: var(--assent-color-primary, #0f6cbf);
    --_on-primary: var(--assent-color-on-primary, #fff);
    --_border: var(--assent-color-border, #8f959e);
    --_focus: var(--assent-color-focus, #0a4c86);
    --_radius: var(--assent-radius, 0.5rem);
    font-family: var(--assent-font-family, inherit);
    font-size: var(--assent-font-size, 1rem);
    line-height: 1.5;
    color: var(--_fg);
  }
  [hidden] {
    display: none !important;
  }
  .button {
    box-sizing: border-box;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_primary);
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

import { css } from 'lit';

/*
 * No inline style attributes anywhere (strict CSP): the size arrives as the
 * custom properties --_ratio and --_width, set through the CSSOM on .frame.
 * The box's height is the ratio's, held up by .frame::before's percentage
 * padding rather than aspect-ratio, whose automatic minimum size WebKit
 * does not apply (a placeholder taller than the ratio spilled out of its
 * box, white text on the page). The placeholder fills .frame as a flex item.
 * Small boxes (the container query; Moodle's media filter writes 400 x 225)
 * are tighter, so that the placeholder keeps the size of the player that
 * replaces it and the page does not jump on load; the provider is named in
 * the text anyway. There the two buttons share one row and a long label
 * breaks inside its button: two rows of buttons were what pushed the longest
 * languages (ru, uk, el, fr…) out of the box. The text starts at the top
 * there, not in the middle: a message shown below the buttons (a minor
 * without the guardian's tick) then grows the box downwards instead of
 * moving the button the learner is on. .frame is not a scroll container
 * until the player is in (.loaded): a placeholder whose text does not fit in
 * a small box grows rather than hiding its buttons.
 * (Comments inside css`` ship to every learner.)
 */
export const embedStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
    margin-block: var(--assent-embed-margin, 0);
  }
  .frame {
    position: relative;
    box-sizing: border-box;
    inline-size: var(--assent-embed-width, var(--_width, 100%));
    max-inline-size: 100%;
    border-radius: var(--assent-embed-radius, 0);
    background: var(--assent-embed-background, #1d2125);
    color: var(--assent-embed-color, #fff);
    container-type: inline-size;
    display: flex;
  }
  .frame::before {
    content: '';
    padding-block-start: calc(100% / (var(--assent-embed-aspect-ratio, var(--_ratio, 16 / 9))));
  }
  .frame.loaded {
    overflow: hidden;
  }
  iframe {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  .placeholder {
    position: relative;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    justify-content: center;
    flex: 1;
    min-inline-size: 0;
    padding: clamp(0.75rem, 4cqi, 1.5rem);
    font-size: clamp(0.8125rem, 2.6cqi, 1rem);
  }
  .poster {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    opacity: 0.2;
  }
  .content {
    position: relative;
    max-inline-size: 40rem;
  }
  p {
    margin: 0 0 0.5em;
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .provider,
  .remember {
    color: var(--assent-embed-muted, #d8dbdf);
  }
  .remember {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .frame a {
    color: var(--assent-embed-link, #a8d1ff);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75em;
  }
  .button.secondary {
    background: transparent;
    border-color: currentColor;
    color: inherit;
  }
  .guardian-problem {
    color: inherit;
  }
  .error {
    border: 2px dashed var(--assent-embed-error-border, #f0a3a3);
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline-color: var(--assent-embed-focus, #fff);
  }
  @container (max-width: 30rem) {
    .placeholder {
      justify-content: flex-start;
      padding: 0.375rem 0.75rem;
      line-height: 1.25;
    }
    .provider {
      display: none;
    }
    p {
      margin-block-end: 0.375em;
    }
    .actions {
      flex-wrap: nowrap;
      margin-block-start: 0.375em;
    }
    .button {
      flex: 0 1 auto;
      min-height: 2rem;
      padding: 0.125rem 0.625rem;
      line-height: 1.2;
    }
    .remember {
      margin-block-start: 0.375em;
    }
  }
  @container (max-width: 18rem) {
    .actions {
      flex-wrap: wrap;
    }
  }
`;

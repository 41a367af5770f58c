import { css } from 'lit';

// The privacy link is an inline-block so that it stays one 24x24 px target
// (WCAG 2.2, 2.5.8) when the sentence wraps. On phones the buttons go two to a
// row and the padding shrinks, so the banner leaves more of the page in view.
// (No comments inside css``: they ship.)
export const bannerStyles = css`
  :host {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--assent-z-index, 2147483000);
    display: block;
    padding: 0 0.75rem 0.75rem;
    pointer-events: none;
  }
  :host([top]) {
    inset: 0 0 auto 0;
    padding: 0.75rem 0.75rem 0;
  }
  :host([hidden]) {
    display: none;
  }
  section {
    box-sizing: border-box;
    max-width: var(--assent-banner-max-width, 60rem);
    max-height: calc(100vh - 1.5rem);
    overflow: auto;
    margin: 0 auto;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 0.25rem 1.5rem rgb(0 0 0 / 25%);
    pointer-events: auto;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  p {
    margin: 0 0 1rem;
  }
  a {
    display: inline-block;
    min-height: 24px;
  }
  .buttons {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
    gap: 0.5rem;
  }
  @media (max-width: 30rem) {
    :host {
      padding: 0 0.5rem 0.5rem;
    }
    section {
      padding: 0.75rem 1rem;
    }
    p {
      margin-block-end: 0.75rem;
    }
  }
`;

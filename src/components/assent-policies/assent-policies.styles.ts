import { css } from 'lit';

// Agree and decline look the same until one is chosen; the chosen one gets a
// check mark, written as a CSS escape because the built script is plain ASCII.
// (No comments inside css``: they ship to every learner.)
export const policiesStyles = css`
  :host {
    display: block;
    --_error: var(--assent-color-error, #a4262c);
  }
  .base {
    max-width: 48rem;
    background: var(--_bg);
  }
  dialog {
    box-sizing: border-box;
    width: min(44rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    padding: 1rem 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 60%);
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.375rem;
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1.125rem;
  }
  .progress {
    display: block;
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .badge {
    font-weight: 600;
  }
  .answer,
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 1rem 0 0;
  }
  .choice,
  .secondary {
    flex: 1 1 12rem;
    background: var(--_bg);
    color: var(--_primary);
  }
  .nav .secondary {
    flex: 0 1 auto;
  }
  .choice[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .choice[aria-pressed='true']::before {
    content: '\\2713 ';
  }
  .guardian {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    margin: 1rem 0 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .guardian input,
  .age input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .age label {
    display: block;
    font-weight: 600;
  }
  .age input {
    box-sizing: border-box;
    width: 6rem;
    height: auto;
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }
  .age input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .problem {
    margin: 0.5rem 0 0;
    color: var(--_error);
    font-weight: 600;
  }
  .problem:empty {
    margin: 0;
  }
  .review,
  .agreements {
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .review li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0.5rem 0;
    border-block-end: 1px solid var(--_border);
  }
  .review .title {
    flex: 1 1 12rem;
    font-weight: 600;
  }
  .behalf,
  .note {
    color: var(--_muted);
  }
  .agreement {
    margin: 0 0 1rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .agreement p {
    margin: 0 0 0.5rem;
  }
  .state {
    font-weight: 600;
  }
  .announce:empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    .choice[aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
`;

import { css } from 'lit';

export const settingsStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(40rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  .header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1rem;
    padding: 1rem 1.25rem 0;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0.25rem 0 0;
    font-size: 1.25rem;
  }
  .close {
    flex: none;
    padding: 0.25rem 0.75rem;
    background: transparent;
    color: var(--_primary);
  }
  .body {
    padding: 0 1.25rem;
  }
  .category {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    overflow-wrap: anywhere;
  }
  .row label {
    font-weight: 600;
  }
  .description {
    margin: 0.5rem 0;
    color: var(--_muted);
  }
  input[role='switch'] {
    appearance: none;
    position: relative;
    flex: none;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border: 2px solid var(--_muted);
    border-radius: 1rem;
    background: var(--_bg);
    cursor: pointer;
  }
  input[role='switch']::after {
    content: '';
    position: absolute;
    inset-block-start: 0.1875rem;
    inset-inline-start: 0.1875rem;
    width: 1.125rem;
    height: 1.125rem;
    border-radius: 50%;
    background: var(--_muted);
    transition: inset-inline-start 0.15s;
  }
  input[role='switch']:checked {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  input[role='switch']:checked::after {
    inset-inline-start: 1.4375rem;
    background: var(--_on-primary);
  }
  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  .embeds {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .embeds li + li {
    margin-block-start: 0.5rem;
  }
  .secondary {
    background: transparent;
    color: var(--_primary);
  }
  .always {
    margin-inline-start: auto;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  details summary {
    cursor: pointer;
    color: var(--_primary);
    min-height: 1.5rem;
  }
  table {
    width: 100%;
    margin-block-start: 0.5rem;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 0.25rem 0;
    padding-inline-end: 0.5rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .status:empty {
    margin: 0;
  }
  .footer {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.5rem;
    padding: 1rem 1.25rem 1.25rem;
  }
  @media (forced-colors: active) {
    input[role='switch'] {
      border-color: CanvasText;
    }
    input[role='switch']::after {
      background: CanvasText;
    }
    input[role='switch']:checked {
      background: Highlight;
    }
    input[role='switch']:checked::after {
      background: HighlightText;
    }
  }
`;

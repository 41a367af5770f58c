import { css } from 'lit';

export const policyStyles = css`
  :host {
    display: block;
  }
  .header ::slotted(*) {
    margin: 0 0 0.25rem;
  }
  .updated {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .summary {
    margin: 0 0 0.75rem;
  }
  details {
    margin: 0 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  summary {
    box-sizing: border-box;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .full {
    padding: 0 1rem 0.75rem;
  }
  .link {
    margin: 0 0 0.75rem;
  }
  .link a {
    display: inline-block;
    min-height: 1.5rem;
    padding: 0.25rem 0;
  }
`;

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentManager } from '../../consent.js';

/** Re-renders its host whenever the decision or the banner's question changes. */
export class ConsentController implements ReactiveController {
  #host: ReactiveControllerHost;
  #manager: () => ConsentManager | null;
  #unsubscribe: (() => void)[] = [];

  constructor(host: ReactiveControllerHost, manager: () => ConsentManager | null) {
    this.#host = host;
    this.#manager = manager;
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostDisconnected(): void {
    for (const stop of this.#unsubscribe) stop();
    this.#unsubscribe = [];
  }

  /** Subscribes again, for when the host is handed a different manager. */
  subscribe(): void {
    this.hostDisconnected();
    const manager = this.#manager();
    if (!manager) return;
    const update = () => this.#host.requestUpdate();
    this.#unsubscribe = [manager.$decision.listen(update), manager.$needsAnswer.listen(update)];
    this.#host.requestUpdate();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentManager } from '../../state/consent-manager.js';
import { getManager, whenManager } from '../../state/runtime.js';

/** An element that may be handed a consent manager, and otherwise uses the booted one. */
export interface ConsentHost extends ReactiveControllerHost, HTMLElement {
  manager: ConsentManager | null;
}

/**
 * Finds the host's consent manager and re-renders the host whenever the
 * decision or the banner's question changes. Follows the host when it is
 * handed another manager, and an element that is in the page before boot
 * subscribes as soon as boot has made one.
 */
export class ConsentController implements ReactiveController {
  #host: ConsentHost;
  #subscribedTo: ConsentManager | null = null;
  #unsubscribe: (() => void)[] = [];

  constructor(host: ConsentHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The host's own manager, else the one `boot()` made, else null. */
  get manager(): ConsentManager | null {
    return this.#host.manager ?? getManager();
  }

  hostConnected(): void {
    this.#subscribe();
    if (!this.manager)
      whenManager(() => {
        if (this.#host.isConnected) this.#subscribe();
      });
  }

  hostDisconnected(): void {
    this.#stop();
  }

  hostUpdate(): void {
    // The host was handed another manager since the last render.
    if (this.manager !== this.#subscribedTo) this.#subscribe();
  }

  #subscribe(): void {
    this.#stop();
    const manager = this.manager;
    this.#subscribedTo = manager;
    if (!manager) return;
    const update = () => this.#host.requestUpdate();
    this.#unsubscribe = [manager.$decision.listen(update), manager.$needsAnswer.listen(update)];
    this.#host.requestUpdate();
  }

  #stop(): void {
    for (const stop of this.#unsubscribe) stop();
    this.#unsubscribe = [];
    this.#subscribedTo = null;
  }
}

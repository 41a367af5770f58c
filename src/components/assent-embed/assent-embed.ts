import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsentManager } from '../../state/consent-manager.js';
import { BEFORE_LOAD_EVENT, LOAD_EVENT, type EmbedLoadDetail } from '../../events/names.js';
import { LocalizeController } from '../../i18n/localize.js';
import { frameSize, posterUrl } from '../../providers/frame.js';
import { buildEmbedUrl, embedAspectRatio, parseEmbedUrl, type ParseResult } from '../../providers/parse.js';
import { $providers, allProviders, registerBuiltInProviders } from '../../providers/registry.js';
import type { EmbedProvider } from '../../providers/types.js';
import { AssentElement } from '../base/assent-element.js';
import { sharedStyles } from '../base/shared.styles.js';
import { ConsentController } from '../controllers/consent-controller.js';
import { GuardianController, guardianStyles } from '../controllers/guardian-controller.js';
import { embedStyles } from './assent-embed.styles.js';

/** The player of one update: what `assent-before-load` and `assent-load` tell, and the key that tells players apart. */
type Player = EmbedLoadDetail & { key: string };

/**
 * What the person did on this element, this page view: nothing yet (or it
 * was taken back), "Load video" (`clicked` while the player that click asked
 * for is still to be inserted: it autoplays and takes the focus), or a player
 * a listener of `assent-before-load` vetoed (not asked again until something changes).
 */
type EmbedLoad = { step: 'placeholder' } | { step: 'loading'; clicked: boolean } | { step: 'vetoed'; key: string };

/**
 * @tag assent-embed
 * @summary A click-to-load placeholder for a YouTube or Vimeo video, a Google
 * Map or any registered provider's content. Nothing is requested from the
 * provider before the person clicks "Load video" (this one, this page view)
 * or "Always allow PROVIDER" (stored in the cookie `assent_PROVIDER`, and
 * applied at once to every embed of that provider). The player then loads in
 * its privacy-enhanced form and gets the focus.
 *
 * @fires assent-before-load - A provider's iframe is about to be inserted; `detail` is `{provider, target, url, autoplay}` (bubbles, composed, cancelable).
 * @fires assent-load - A provider's iframe was inserted; same `detail` (bubbles, composed).
 *
 * @csspart frame - The box of the video's size that holds the placeholder, then the player.
 * @csspart placeholder - Everything shown before consent.
 * @csspart poster - The self-hosted poster image, when `poster` is set.
 * @csspart content - The text and buttons of the placeholder.
 * @csspart title - The content's title.
 * @csspart provider - "Embedded content from YouTube".
 * @csspart notice - What loading sends to the provider, with the privacy links.
 * @csspart privacy-link - The links to the provider's and the site's privacy policy.
 * @csspart actions - The row of buttons.
 * @csspart button - Each button.
 * @csspart load-button - "Load video".
 * @csspart allow-button - "Always allow PROVIDER".
 * @csspart remember - The note on how long "Always allow" is kept.
 * @csspart guardian - The "My parent or guardian agrees to this" checkbox row (minors only).
 * @csspart guardian-problem - The message shown when a minor loads without that tick.
 * @csspart error - The placeholder shown for a URL that cannot be embedded.
 * @csspart iframe - The provider's player, once loaded.
 *
 * @cssproperty --assent-embed-aspect-ratio - Aspect ratio of the box; by default from `width`/`height`, else the provider's (16 / 9).
 * @cssproperty --assent-embed-width - Width of the box; by default `width` in pixels, else the full line.
 * @cssproperty --assent-embed-background - Background of the placeholder.
 * @cssproperty --assent-embed-color - Text colour of the placeholder.
 * @cssproperty --assent-embed-muted - Colour of the secondary texts.
 * @cssproperty --assent-embed-link - Colour of the links.
 * @cssproperty --assent-embed-focus - Focus outline colour on the placeholder.
 * @cssproperty --assent-embed-error-border - Border colour of the error placeholder.
 * @cssproperty --assent-embed-radius - Corner radius of the box.
 * @cssproperty --assent-embed-margin - Block margin around the element.
 * @cssproperty --assent-color-primary - Colour of the "Load video" button.
 * @cssproperty --assent-color-on-primary - Its text colour.
 * @cssproperty --assent-radius - Corner radius of the buttons.
 * @cssproperty --assent-font-family - Font family (inherits the page's by default).
 * @cssproperty --assent-font-size - Base font size.
 */
export class AssentEmbed extends AssentElement {
  static override styles = [sharedStyles, guardianStyles, embedStyles];

  private readonly consent = new ConsentController(this);
  private readonly localize = new LocalizeController(this);
  private readonly guardian = new GuardianController(this);

  /** The box that holds the placeholder, then the player, once rendered. */
  private get frame(): HTMLDivElement | null {
    return this.rendered('.frame');
  }

  /** The content's URL at the provider, in any form the provider recognises (`https://youtu.be/ID?t=90`). */
  @property() src = '';
  /** The content's title, shown on the placeholder and given to the player; the `title` attribute. */
  @property({ attribute: 'title' }) contentTitle = '';
  /** Width in pixels (or a percentage), as on the iframe it replaces; with `height` it sets the aspect ratio. */
  @property() width: string | null = null;
  /** Height in pixels, as on the iframe it replaces. */
  @property() height: string | null = null;
  /** A self-hosted poster image (same origin, or a `data:image/...` URL); never the provider's thumbnail. */
  @property() poster = '';
  /** The consent manager to ask and tell; the booted one when not set. */
  @property({ attribute: false }) manager: ConsentManager | null = null;

  /** What the person did here, this page view (see `EmbedLoad`); a click asks for an update itself. */
  private loadState: EmbedLoad = { step: 'placeholder' };

  /** `src` as the providers read it, and for which `src` and providers. */
  private parsed: { src: string; providers: readonly EmbedProvider[] | null; result: ParseResult } = {
    src: '',
    providers: null,
    result: parseEmbedUrl('', []),
  };
  /** The player this update shows, decided in willUpdate(); null for a placeholder. */
  private player: Player | null = null;
  /** The player in the page, once inserted. */
  private shown: { key: string; iframe: HTMLIFrameElement } | null = null;
  /** Whether "Always allow" was in force at the last update: its withdrawal takes every player of the provider away. */
  private wasGranted = false;
  private warnedFor = '';
  private stopListening: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Used on its own (no boot), the element still knows the shipped providers.
    if (allProviders().length === 0) registerBuiltInProviders();
    this.stopListening = $providers.listen(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = null;
  }

  private handleLoad(): void {
    if (this.guardianAllows()) this.load();
  }

  private load(): void {
    // The tick was for this load; shown again (a withdrawal), the box starts unticked.
    this.guardian.reset();
    this.loadState = { step: 'loading', clicked: true };
    this.requestUpdate();
  }

  private get target(): ParseResult {
    return this.parsed.result;
  }

  private handleAlwaysAllow(): void {
    const manager = this.consent.manager;
    const options = this.guardianAllows();
    const target = this.target;
    if (!target.ok || !manager || !options) return;
    this.load();
    manager.set({ embeds: { [target.provider.id]: true } }, 'user', options);
  }

  /** For a minor: whether the guardian's box is ticked (else the message shows). Loading once is a grant too. */
  private guardianAllows() {
    const manager = this.consent.manager;
    const target = this.target;
    if (!manager || !target.ok) return {};
    return this.guardian.allow(manager, { embeds: { [target.provider.id]: true } });
  }

  protected override willUpdate(): void {
    const providers = allProviders();
    if (this.parsed.providers !== providers || this.parsed.src !== this.src) {
      // Consent given with "Load video" was for one video: a new `src` asks again.
      if (this.parsed.providers !== null && this.parsed.src !== this.src) {
        this.loadState = { step: 'placeholder' };
        this.guardian.reset();
      }
      this.parsed = { src: this.src, providers, result: parseEmbedUrl(this.src, providers) };
      this.warn();
    }
    const granted = this.isGranted();
    // Withdrawn in the settings dialog, or in another tab: every player of that provider goes.
    if (this.wasGranted && !granted) this.loadState = { step: 'placeholder' };
    this.wasGranted = granted;

    this.player = this.wanted();
    if (this.player && this.player.key !== this.shown?.key) {
      const { key, ...detail } = this.player;
      if (!this.emit(BEFORE_LOAD_EVENT, detail, true)) {
        this.loadState = { step: 'vetoed', key };
        this.player = null;
      }
    }
  }

  protected override updated(): void {
    this.syncFrame();
  }

  private isGranted(): boolean {
    const target = this.target;
    return target.ok && this.consent.manager?.$decision.get().embeds[target.provider.id] === true;
  }

  /** The player to show now, or null for the placeholder. */
  private wanted(): Player | null {
    const parsed = this.target;
    const state = this.loadState;
    if (!parsed.ok || !(state.step === 'loading' || this.isGranted())) return null;
    const { provider, target } = parsed;
    const key = JSON.stringify([this.src, target]);
    if (state.step === 'vetoed' && key === state.key) return null;
    const autoplay = state.step === 'loading' && state.clicked && provider.kind === 'video';
    const url = buildEmbedUrl(provider, target, { autoplay });
    return url ? { key, provider: provider.id, target, url, autoplay } : null;
  }

  /** Sizes the box and inserts or removes the player, by hand, like lite-youtube-embed. */
  private syncFrame(): void {
    const frame = this.frame;
    if (!frame) return;
    const parsed = this.target;
    const ratio = parsed.ok ? embedAspectRatio(parsed.provider, parsed.target) : undefined;
    const size = frameSize(this.width, this.height, ratio);
    // CSSOM, not a style attribute: allowed under a strict CSP.
    frame.style.setProperty('--_ratio', size.ratio);
    if (size.width) frame.style.setProperty('--_width', size.width);
    else frame.style.removeProperty('--_width');

    const wanted = this.player;
    if (wanted && this.shown?.iframe.isConnected && this.shown.key === wanted.key) return;
    this.shown?.iframe.remove();
    this.shown = null;
    frame.classList.remove('loaded');
    if (!wanted) return;

    const { key, ...detail } = wanted;
    const state = this.loadState;
    const clicked = state.step === 'loading' && state.clicked;
    // The click is spent: a player inserted again later (a new provider list, say) neither autoplays nor takes the focus.
    if (clicked) this.loadState = { step: 'loading', clicked: false };
    const iframe = this.createIframe(detail.url, clicked);
    frame.append(iframe);
    frame.classList.add('loaded');
    this.shown = { key, iframe };
    // The button that was clicked is gone: give the focus to the player, so
    // keyboard users land in it (as lite-youtube-embed does).
    if (clicked) iframe.focus();
    this.emit(LOAD_EVENT, detail);
  }

  private createIframe(url: string, clicked: boolean): HTMLIFrameElement {
    const { provider } = this.target as Extract<ParseResult, { ok: true }>;
    const iframe = document.createElement('iframe');
    iframe.setAttribute('part', 'iframe');
    iframe.title = this.contentTitle || this.localize.t.embedFrom(provider.label);
    if (provider.allow) iframe.allow = provider.allow;
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = 'strict-origin-when-cross-origin';
    // Players loaded by a stored "always allow" wait until they scroll near.
    if (!clicked) iframe.loading = 'lazy';
    iframe.src = url;
    return iframe;
  }

  private warn(): void {
    const parsed = this.target;
    if (parsed.ok || parsed.error === 'empty' || this.warnedFor === this.src) return;
    this.warnedFor = this.src;
    console.warn(`assent-embed: src ${JSON.stringify(this.src.slice(0, 200))} cannot be embedded: ${parsed.message}.`);
  }

  override render() {
    const { t, lang } = this.localize;
    const loaded = this.player !== null;
    const parsed = this.target;
    return html`<div part="frame" class="frame" lang=${lang} dir=${t.$dir}>${loaded ? nothing : parsed.ok ? this.renderPlaceholder(parsed.provider) : this.renderError(t)}</div>`;
  }

  private renderPlaceholder(provider: EmbedProvider) {
    const { t } = this.localize;
    const manager = this.consent.manager;
    const from = t.embedFrom(provider.label);
    const poster = posterUrl(this.poster, location.href);
    const load = provider.kind === 'video' ? t.embedLoadVideo : provider.kind === 'map' ? t.embedLoadMap : t.embedLoadContent;
    const sitePrivacy = manager?.config.privacyUrl;
    return html`
      <div part="placeholder" class="placeholder" role="group" aria-labelledby="title">
        ${poster ? html`<img part="poster" class="poster" src=${poster} alt="" decoding="async" />` : nothing}
        <div part="content" class="content">
          <p part="title" class="title" id="title">${this.contentTitle || from}</p>
          ${this.contentTitle ? html`<p part="provider" class="provider">${from}</p>` : nothing}
          <p part="notice" class="notice" id="notice">
            ${t.embedNotice(provider.label)}
            <a part="privacy-link" href=${provider.privacyUrl} target="_blank" rel="noopener noreferrer"
              >${t.embedProviderPrivacy(provider.label)}<span class="sr-only"> ${t.embedNewTab}</span></a
            >${sitePrivacy
              ? html` &middot; <a part="privacy-link" href=${sitePrivacy}>${t.embedSitePrivacy}</a>`
              : nothing}
          </p>
          ${this.guardian.box(manager, t)}
          <div part="actions" class="actions">
            <button type="button" part="button load-button" class="button" aria-describedby="title" @click=${this.handleLoad}>
              ${load}
            </button>
            ${manager
              ? html`<button type="button" part="button allow-button" class="button secondary" @click=${this.handleAlwaysAllow}>
                  ${t.embedAlwaysAllow(provider.label)}
                </button>`
              : nothing}
          </div>
          ${/* Below the buttons: shown, it must not push the one the learner pressed out of view. */ this.guardian.problem(manager, t)}
          ${manager
            ? html`<p part="remember" class="remember">${t.embedAllowNote(provider.label, manager.config.embedDays)}</p>`
            : nothing}
        </div>
      </div>
    `;
  }

  private renderError(t: LocalizeController['t']) {
    return html`
      <div part="placeholder error" class="placeholder error" role="group" aria-labelledby="title">
        <div part="content" class="content">
          <p part="title" class="title" id="title">${t.embedErrorTitle}</p>
          ${this.contentTitle ? html`<p part="provider" class="provider">${this.contentTitle}</p>` : nothing}
          <p part="notice" class="notice">${t.embedErrorText}</p>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-embed': AssentEmbed;
  }
}

/**
 * The embed-provider plug-in interface. A provider is plain data plus pure
 * functions: it never touches the DOM, never makes a request and never keeps
 * state, so it can be tested alone and registered by a site without touching
 * the core (`assent.registerProvider(provider)`).
 */

/** One recognised piece of third-party content, e.g. one YouTube video. */
export interface EmbedTarget {
  /** The id of the provider that recognised it (`youtube`). */
  provider: string;
  /** The content's id at the provider (`aqz-KE-bpKQ`); validated by the provider. */
  id: string;
  /** Validated extras the provider keeps (start time, playlist, unlisted hash, ...). */
  params: Record<string, string>;
}

/** What kind of content a provider serves; picks the button text ("Load video", "Load map"). */
export type EmbedKind = 'video' | 'map' | 'content';

export interface EmbedUrlOptions {
  /** True when a click loaded the player, so it should start playing at once. */
  autoplay: boolean;
}

/** A source of third-party embeds: YouTube, Vimeo, Google Maps, or one a site adds. */
export interface EmbedProvider {
  /**
   * Lower-case id, 1 to 32 characters of `a-z`, `0-9`, `_` and `-`, starting
   * with a letter. The "always allow" cookie is `assent_ID`.
   */
  id: string;
  /** The provider's name as people know it: `YouTube`. */
  label: string;
  /** Absolute https URL of the provider's privacy policy, linked from the placeholder. */
  privacyUrl: string;
  /** Picks the wording of the load button; `content` when left out. */
  kind?: EmbedKind;
  /**
   * Host names of the URLs this provider recognises (`www.youtube.com`). Used to
   * tell "a YouTube URL we cannot read" from "not a known provider" and by the
   * gate for raw iframes; optional.
   */
  hosts?: readonly string[];
  /** Value of the iframe's `allow` attribute once loaded. */
  allow?: string;
  /**
   * Recognises one of the provider's URLs (already parsed, http or https).
   * Returns null for anything it does not recognise or whose ids do not look
   * right. Must not throw; if it does, the URL counts as not recognised.
   */
  match(url: URL): EmbedTarget | null;
  /**
   * The https URL the iframe loads after consent, built only from the
   * validated target (privacy-enhanced where the provider offers it).
   */
  embedUrl(target: EmbedTarget, options: EmbedUrlOptions): string;
  /** CSS `aspect-ratio` of the content (`16 / 9`); the element's width/height win. */
  aspectRatio?(target: EmbedTarget): string;
}

/** The minimum a consent manager needs to know about a provider. */
export type ProviderInfo = Pick<EmbedProvider, 'id' | 'label'>;

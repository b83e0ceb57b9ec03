package dev.paydesk.application.access;

/**
 * Whether a presented shop API key is one of the configured ones. Implemented where the keys are
 * configured (the shop API); asked by every boundary that lets a shop backend in, the sandbox's
 * control API included.
 */
public interface ShopKeyCheck {

  /**
   * The key sandbox mode accepts when no keys are configured; published, so live mode refuses it.
   */
  String SANDBOX_KEY = "sandbox-shop-key";

  /** The setting that lists the shop API keys, comma-separated. */
  String KEYS = "paydesk.api.keys";

  /** Whether it is one of ours; takes the same time whichever key matches, or none. */
  boolean accepts(String presented);

  /**
   * The key of an {@code Authorization: Bearer <key>} header value; null when it is no bearer
   * token.
   */
  static String bearerOf(String authorization) {
    String bearer = "Bearer ";
    return authorization != null && authorization.regionMatches(true, 0, bearer, 0, bearer.length())
        ? authorization.substring(bearer.length()).trim()
        : null;
  }
}

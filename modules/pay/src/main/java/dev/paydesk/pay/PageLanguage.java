package dev.paydesk.pay;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the buyer's page and how one is chosen: {@code ?lang=} if it names one of them,
 * else the first of the browser's {@code Accept-Language} whose language we have (so {@code pt-PT}
 * reads Brazilian Portuguese rather than English), else English.
 *
 * @param tag the BCP 47 tag used in {@code ?lang=} and {@code <html lang>}
 * @param name the language's name in itself, for the switch
 */
public record PageLanguage(String tag, String name) {

  public static final List<PageLanguage> ALL =
      List.of(
          new PageLanguage("en", "English"),
          new PageLanguage("es", "Español"),
          new PageLanguage("pt-BR", "Português (Brasil)"),
          new PageLanguage("zh-CN", "简体中文"));

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  static PageLanguage choose(String requested, String acceptLanguage) {
    if (requested != null) {
      Optional<PageLanguage> asked = byTag(requested.strip());
      if (asked.isPresent()) {
        return asked.get();
      }
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          Optional<PageLanguage> found = byTag(range.getRange());
          if (found.isPresent()) {
            return found.get();
          }
        }
      } catch (IllegalArgumentException e) {
        // a malformed header asks for nothing
      }
    }
    return ALL.get(0);
  }

  /** The exact language, else one of the same language ("zh-TW" finds "zh-CN"), else none. */
  private static Optional<PageLanguage> byTag(String tag) {
    if (tag.isEmpty() || tag.startsWith("*")) {
      return Optional.empty();
    }
    Locale wanted = Locale.forLanguageTag(tag);
    return ALL.stream()
        .filter(l -> l.tag.equalsIgnoreCase(tag))
        .findFirst()
        .or(
            () ->
                ALL.stream()
                    .filter(l -> l.locale().getLanguage().equals(wanted.getLanguage()))
                    .findFirst());
  }
}

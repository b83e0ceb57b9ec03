package dev.paydesk.rest.problem;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a search's query parameters and collects every bad one, so that a single 400 problem names
 * them all (JAX-RS itself would answer a bad query parameter with 404).
 */
public final class QueryParameters {

  private final List<Problem.FieldError> errors = new ArrayList<>();

  /** An ISO-8601 instant such as {@code 2026-11-24T10:00:00Z}, or null when absent. */
  public Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(name, "must be an instant such as 2026-11-24T10:00:00Z"));
      return null;
    }
  }

  /** The constants named (in any case), each value possibly a comma-separated list. */
  public <E extends Enum<E>> Set<E> constants(String name, List<String> values, Class<E> type) {
    Set<E> found = EnumSet.noneOf(type);
    for (String value : values == null ? List.<String>of() : values) {
      for (String word : value.split(",")) {
        if (word.isBlank()) {
          continue;
        }
        try {
          found.add(Enum.valueOf(type, word.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          errors.add(
              new Problem.FieldError(
                  name, "'" + shorten(word) + "' is not one of " + EnumSet.allOf(type)));
        }
      }
    }
    return found;
  }

  /** A whole number within bounds, or {@code otherwise} when absent. */
  public int integer(String name, String value, int otherwise, int min, int max) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
    return otherwise;
  }

  /**
   * A page must end within the first {@code depth} rows: deeper ones are reached by narrowing the
   * search, never by an offset that has the database read and skip every row before them.
   */
  public void requireWithinDepth(int page, int size, int depth) {
    if ((long) (page + 1) * size > depth) {
      errors.add(
          new Problem.FieldError(
              "page",
              "page × size reaches at most "
                  + depth
                  + " rows (page "
                  + (depth / size - 1)
                  + " at size "
                  + size
                  + "); narrow the search instead (status, createdFrom/createdBefore)"));
    }
  }

  /** Adds a problem that only the caller can judge (such as a range the wrong way round). */
  public void reject(String name, String message) {
    errors.add(new Problem.FieldError(name, message));
  }

  /**
   * @throws ProblemException naming every bad parameter, if there is one
   */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ProblemException(
          new Problem(
              ProblemType.INVALID_QUERY.uri(),
              "Invalid query parameters",
              400,
              "Fix the parameters named in errors.",
              List.copyOf(errors),
              null,
              null));
    }
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}

package dev.paydesk.domain.order;

import java.util.List;

/** A checkout request that breaks a business rule; names each offending field. */
public class InvalidCheckoutException extends RuntimeException {

  /** One broken rule: the request field and what is wrong with it. */
  public record Violation(String field, String message) {}

  private final transient List<Violation> violations;

  public InvalidCheckoutException(List<Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid"));
    this.violations = List.copyOf(violations);
  }

  public InvalidCheckoutException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}

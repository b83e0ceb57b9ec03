package dev.paydesk.domain.user;

import java.util.Objects;

/**
 * A change to console users that is not allowed: nothing changed. Carries the {@link Refusal} the
 * console turns into its own words ({@link Refusal#messageKey}); the message is for logs and never
 * holds a password.
 */
public class UserRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why a change was refused. */
  public enum Refusal {
    /** Not 2 to 40 lowercase letters, digits, dots, dashes or underscores. */
    BAD_USERNAME,
    /** Shorter than the minimum. */
    WEAK_PASSWORD,
    /** Another user has the name. */
    USERNAME_TAKEN,
    /** The current password given is not the user's. */
    WRONG_PASSWORD,
    /** It would leave no enabled admin. */
    LAST_ADMIN,
    /** No user has the name. */
    UNKNOWN_USER,
    /**
     * A two-factor code that is not the user's current one (or a used or unknown recovery code).
     */
    WRONG_CODE;

    /** The key of its text in the console's bundle ({@code refused.user.WEAK_PASSWORD}). */
    public String messageKey() {
      return "refused.user." + name();
    }
  }

  private final Refusal refusal;

  public UserRefusedException(Refusal refusal, String message) {
    super(message);
    this.refusal = Objects.requireNonNull(refusal, "refusal");
  }

  public Refusal refusal() {
    return refusal;
  }
}

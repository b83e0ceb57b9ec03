package dev.paydesk.ccpayment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Faults armed for the next calls, for tests and for merchants trying out failure handling. Kept in
 * memory: they are a test instrument, not gateway state.
 */
@ApplicationScoped
class SandboxFaults {

  /** What goes wrong. */
  enum Kind {
    /**
     * The answer comes only after {@link SandboxSettings#slowAnswerDelay()}; the call takes effect.
     */
    TIMEOUT,
    /** HTTP 500, nothing done. */
    HTTP_500,
    /** HTTP 200 with a business error code, nothing done. */
    ERROR_CODE,
    /** The call takes effect, but the answer's signature is wrong. */
    BAD_SIGNATURE,
    /** A withdrawal is made and answered, and then ends {@code Failed} (withdrawal routes only). */
    WITHDRAWAL_FAILS
  }

  /**
   * An armed fault.
   *
   * @param endpoint the path it applies to: v1's (e.g. {@code bill/create}) or v2's with {@code
   *     v2/} before it ({@code v2/getAppDepositRecord}); null for any
   * @param remaining how many more calls it hits
   * @param code the error code for {@link Kind#ERROR_CODE}
   */
  record Fault(Kind kind, String endpoint, int remaining, int code) {}

  private final List<Fault> armed = new ArrayList<>();

  synchronized void arm(Fault fault) {
    armed.add(fault);
  }

  synchronized List<Fault> armed() {
    return List.copyOf(armed);
  }

  synchronized void clear() {
    armed.clear();
  }

  /** Takes one hit of the first fault armed for this endpoint. */
  synchronized Optional<Fault> take(String endpoint) {
    Iterator<Fault> it = armed.iterator();
    for (int i = 0; it.hasNext(); i++) {
      Fault fault = it.next();
      if (fault.endpoint() == null || fault.endpoint().equals(endpoint)) {
        if (fault.remaining() <= 1) {
          it.remove();
        } else {
          armed.set(
              i, new Fault(fault.kind(), fault.endpoint(), fault.remaining() - 1, fault.code()));
        }
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }

  /**
   * Takes one hit of the fault armed for this endpoint, says so in the log, and holds the answer
   * for {@code slow} when it is a {@link Kind#TIMEOUT}; the caller answers the other kinds.
   */
  Optional<Fault> strike(String endpoint, java.time.Duration slow) {
    Optional<Fault> fault = take(endpoint);
    fault.ifPresent(
        f -> {
          LOG.log(System.Logger.Level.INFO, "Sandbox fault {0} on {1}", f.kind(), endpoint);
          if (f.kind() == Kind.TIMEOUT) {
            hold(slow);
          }
        });
    return fault;
  }

  private static final System.Logger LOG = System.getLogger(SandboxFaults.class.getName());

  /** Holds a {@link Kind#TIMEOUT} answer for {@code delay}. */
  static void hold(java.time.Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The answer of an {@link Kind#HTTP_500} fault. */
  static jakarta.ws.rs.core.Response internalError() {
    return jakarta.ws.rs.core.Response.serverError()
        .type(jakarta.ws.rs.core.MediaType.TEXT_PLAIN)
        .entity("Internal Server Error")
        .build();
  }
}

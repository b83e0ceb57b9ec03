package dev.paydesk.client.event;

/**
 * A shop event that must not be acted on, and why. Answer Paydesk with a non-2xx status: it
 * delivers the event again later (a real event whose secret the shop has not set yet is not lost).
 */
public class ShopEventRefused extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an event was refused. */
  public enum Reason {
    /** Neither {@code webhook-signature} nor {@code Paydesk-Signature} is sent. */
    MISSING_HEADER,
    /** A header without a timestamp or without a signature, or not of the scheme. */
    MALFORMED_HEADER,
    /** No signature in the header is the body's with any of the shop's secrets. */
    BAD_SIGNATURE,
    /** Signed longer ago than the tolerance: a recorded event played again. */
    TOO_OLD,
    /** Signed further in the future than the tolerance (a clock far off, or a forgery). */
    TOO_NEW,
    /** Signed, but not an event's JSON. */
    MALFORMED_BODY
  }

  private final Reason reason;

  public ShopEventRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

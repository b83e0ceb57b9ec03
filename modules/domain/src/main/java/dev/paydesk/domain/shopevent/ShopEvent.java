package dev.paydesk.domain.shopevent;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event for the shop backend ({@code checkout.paid}, …), written in the same transaction as the
 * change that caused it and delivered until the shop answers 2xx, or given up after three days.
 */
public class ShopEvent {

  /** Where delivery stands. */
  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  /** How long delivery is tried before the event is marked failed. */
  public static final Duration GIVE_UP_AFTER = Duration.ofDays(3);

  private Long id;
  private long version;
  private String eventId;
  private String checkoutId;
  private String endpoint;
  private String type;
  private String payload;
  private Instant createdAt;
  private Status status;
  private int attempts;

  /** Failed attempts since the schedule (re)started: the backoff's exponent. */
  private int retryAttempts;

  /** When failing attempts stop: three days after the event, or after the last redelivery. */
  private Instant retryUntil;

  private Instant nextAttemptAt;
  private Instant deliveredAt;
  private Instant claimedUntil;
  private Integer lastStatus;
  private String lastError;

  protected ShopEvent() {
    // for the persistence mapping
  }

  private ShopEvent(
      String eventId,
      String checkoutId,
      String endpoint,
      String type,
      String payload,
      Instant now) {
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.checkoutId = Objects.requireNonNull(checkoutId, "checkoutId");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.type = Objects.requireNonNull(type, "type");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.createdAt = now;
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
    this.retryUntil = now.plus(GIVE_UP_AFTER);
  }

  /** A new, random event id ({@code evt_…}): one event, the same id at every endpoint. */
  public static String newEventId() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "");
  }

  /**
   * @param payload the body to deliver, complete (it carries the event id)
   */
  public static ShopEvent of(
      String eventId,
      String checkoutId,
      String endpoint,
      String type,
      String payload,
      Instant now) {
    return new ShopEvent(eventId, checkoutId, endpoint, type, payload, now);
  }

  /**
   * Takes the next attempt for one worker: refused while another worker's claim holds, or when the
   * attempt is not due.
   */
  public boolean claim(Instant now, Duration hold) {
    if (!dueAt(now)) {
      return false;
    }
    claimedUntil = now.plus(hold);
    return true;
  }

  /** Pending, its next attempt due, and no worker's claim holding it. */
  public boolean dueAt(Instant now) {
    return status == Status.PENDING
        && nextAttemptAt != null
        && !nextAttemptAt.isAfter(now)
        && (claimedUntil == null || !claimedUntil.isAfter(now));
  }

  public void delivered(int httpStatus, Instant now) {
    claimedUntil = null;
    attempts++;
    status = Status.DELIVERED;
    deliveredAt = now;
    lastStatus = httpStatus;
    lastError = null;
  }

  /**
   * An attempt failed: the next one waits twice as long as the one before (from {@code firstWait},
   * plus the given jitter), until three days have passed since the event (or since it was last sent
   * again by hand); then it is given up.
   */
  public void attemptFailed(
      Integer httpStatus, String error, Instant now, Duration firstWait, Duration jitter) {
    claimedUntil = null;
    attempts++;
    retryAttempts++;
    lastStatus = httpStatus;
    lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    Duration wait = firstWait.multipliedBy(1L << Math.min(retryAttempts - 1, 20)).plus(jitter);
    if (now.plus(wait).isAfter(retryUntil)) {
      status = Status.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = now.plus(wait);
    }
  }

  /**
   * Sends it again (from the console or the API), due now, on a fresh schedule: should that attempt
   * fail, retries start again from the first wait, for another three days.
   */
  public void redeliver(Instant now) {
    status = Status.PENDING;
    nextAttemptAt = now;
    retryAttempts = 0;
    retryUntil = now.plus(GIVE_UP_AFTER);
  }

  public Long id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public String checkoutId() {
    return checkoutId;
  }

  public String endpoint() {
    return endpoint;
  }

  public String type() {
    return type;
  }

  public String payload() {
    return payload;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Optional<Instant> nextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public Optional<Instant> deliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }

  public Optional<Integer> lastStatus() {
    return Optional.ofNullable(lastStatus);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}

package dev.paydesk.application.fake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by setting {@link #now}. */
public class MovingClock extends Clock {

  public Instant now = Instant.parse("2026-12-06T10:00:00Z");

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}

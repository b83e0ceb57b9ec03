package dev.paydesk.application.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Produces the UTC system clock, in whole milliseconds; every service takes time from an injected
 * {@link Clock}.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.tickMillis(ZoneOffset.UTC); // what the database keeps and the API shows
  }
}

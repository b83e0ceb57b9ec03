package dev.paydesk.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.fake.InMemoryNotificationLog;
import dev.paydesk.domain.webhook.ReceivedNotification;
import dev.paydesk.domain.webhook.ReceivedNotification.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationRetentionServiceTest {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  static ReceivedNotification settled(Instant at, Outcome outcome) {
    ReceivedNotification n =
        ReceivedNotification.verified(at, "127.0.0.1", "", "{}", 2, "rec", "success", "A-1");
    n.settle(outcome, null, null);
    return n;
  }

  @Test
  void whatChangedNothingGoesInBatchesOnceOldAndMoneyStays() {
    InMemoryNotificationLog log = new InMemoryNotificationLog();
    Instant old = NOW.minus(Duration.ofDays(91));
    for (int i = 0; i < 2300; i++) {
      log.add(settled(old, Outcome.DUPLICATE));
    }
    log.add(settled(old, Outcome.IGNORED));
    log.add(ReceivedNotification.rejected(old, "203.0.113.9", "", "x", 1, "bad sign"));
    ReceivedNotification applied = settled(old, Outcome.APPLIED);
    ReceivedNotification orphan = settled(old, Outcome.ORPHAN);
    ReceivedNotification recent = settled(NOW.minus(Duration.ofDays(89)), Outcome.DUPLICATE);
    log.add(applied);
    log.add(orphan);
    log.add(recent);
    NotificationRetentionService service =
        new NotificationRetentionService(log, new RetentionSettings(Duration.ofDays(90), null));

    List<Integer> batches = new ArrayList<>();
    int deleted;
    do {
      deleted = service.pruneBatch(NOW);
      batches.add(deleted);
    } while (NotificationRetentionService.more(deleted));

    assertThat(batches).containsExactly(1000, 1000, 302);
    var left = log.countByOutcome(Instant.EPOCH);
    assertThat(left.getOrDefault(Outcome.APPLIED, 0L)).isEqualTo(1);
    assertThat(left.getOrDefault(Outcome.ORPHAN, 0L)).isEqualTo(1);
    assertThat(left.getOrDefault(Outcome.DUPLICATE, 0L)).as("the recent one").isEqualTo(1);
    assertThat(left.getOrDefault(Outcome.IGNORED, 0L)).isZero();
    assertThat(left.getOrDefault(Outcome.REJECTED, 0L)).isZero();
  }
}

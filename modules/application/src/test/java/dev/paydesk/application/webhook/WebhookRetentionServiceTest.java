package dev.paydesk.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.fake.InMemoryWebhookLog;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookRetentionServiceTest {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  static ReceivedWebhook settled(Instant at, Outcome outcome) {
    ReceivedWebhook n =
        ReceivedWebhook.verified(at, "127.0.0.1", "", "{}", 2, "rec", "success", "A-1");
    n.settle(outcome, null, null);
    return n;
  }

  @Test
  void whatChangedNothingGoesInBatchesOnceOldAndMoneyStays() {
    InMemoryWebhookLog log = new InMemoryWebhookLog();
    Instant old = NOW.minus(Duration.ofDays(91));
    for (int i = 0; i < 2300; i++) {
      log.add(settled(old, Outcome.DUPLICATE));
    }
    log.add(settled(old, Outcome.IGNORED));
    log.add(ReceivedWebhook.rejected(old, "203.0.113.9", "", "x", 1, "bad sign"));
    ReceivedWebhook applied = settled(old, Outcome.APPLIED);
    ReceivedWebhook orphan = settled(old, Outcome.ORPHAN);
    ReceivedWebhook recent = settled(NOW.minus(Duration.ofDays(89)), Outcome.DUPLICATE);
    log.add(applied);
    log.add(orphan);
    log.add(recent);
    WebhookRetentionService service =
        new WebhookRetentionService(log, new RetentionSettings(Duration.ofDays(90), null));

    List<Integer> batches = new ArrayList<>();
    int deleted;
    do {
      deleted = service.pruneBatch(NOW);
      batches.add(deleted);
    } while (WebhookRetentionService.more(deleted));

    assertThat(batches).containsExactly(1000, 1000, 302);
    var left = log.countByOutcome(Instant.EPOCH);
    assertThat(left.getOrDefault(Outcome.APPLIED, 0L)).isEqualTo(1);
    assertThat(left.getOrDefault(Outcome.ORPHAN, 0L)).isEqualTo(1);
    assertThat(left.getOrDefault(Outcome.DUPLICATE, 0L)).as("the recent one").isEqualTo(1);
    assertThat(left.getOrDefault(Outcome.IGNORED, 0L)).isZero();
    assertThat(left.getOrDefault(Outcome.REJECTED, 0L)).isZero();
  }
}

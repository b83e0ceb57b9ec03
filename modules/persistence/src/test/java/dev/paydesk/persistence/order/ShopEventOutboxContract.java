package dev.paydesk.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.shopevent.ShopEvent;
import dev.paydesk.domain.shopevent.ShopEventAttempt;
import dev.paydesk.persistence.shopevent.JpaShopEventOutbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The shop-event outbox as the delivery workers use it: what is due, in order per checkout, and a
 * claim that only one of several workers (instances) gets.
 */
abstract class ShopEventOutboxContract extends PersistenceTestBase {

  static final Duration HOLD = Duration.ofMinutes(1);

  <T> T outbox(Function<JpaShopEventOutbox, T> work) {
    return withEntityManager(em -> work.apply(new JpaShopEventOutbox(em)));
  }

  ShopEvent add(String checkoutId, String endpoint, String type) {
    ShopEvent event = ShopEvent.of(ShopEvent.newEventId(), checkoutId, endpoint, type, "{}", NOW);
    return outbox(
        o -> {
          o.add(event);
          return event;
        });
  }

  List<Long> dueFor(String checkoutId, String... endpoints) {
    return outbox(
        o ->
            java.util.Arrays.stream(endpoints)
                .flatMap(endpoint -> o.due(NOW, endpoint, 1000).stream())
                .filter(e -> e.checkoutId().equals(checkoutId))
                .map(ShopEvent::id)
                .toList());
  }

  @Test
  void aCheckoutsLaterEventWaitsUntilTheEarlierOneIsDelivered() {
    String checkout = "chk_order_" + System.nanoTime();
    ShopEvent underpaid = add(checkout, "http://shop/a", "checkout.underpaid");
    ShopEvent paid = add(checkout, "http://shop/a", "checkout.paid");
    ShopEvent paidElsewhere = add(checkout, "http://shop/b", "checkout.paid");

    assertThat(dueFor(checkout, "http://shop/a", "http://shop/b"))
        .as("per endpoint, only the oldest pending event is due")
        .containsExactly(underpaid.id(), paidElsewhere.id());
    assertThat(dueFor(checkout, "http://shop/b"))
        .as("each endpoint is asked for its own")
        .containsExactly(paidElsewhere.id());
    List<String> endpoints = outbox(o -> o.endpointsDue(NOW));
    assertThat(endpoints).contains("http://shop/a", "http://shop/b");

    outbox(
        o -> {
          o.lock(underpaid.id()).orElseThrow().delivered(200, NOW);
          return null;
        });

    assertThat(dueFor(checkout, "http://shop/a", "http://shop/b"))
        .containsExactly(paid.id(), paidElsewhere.id());
  }

  @Test
  void eachEndpointIsTalliedAndTheEventsThatNeedALookAreListedNewestFirst() {
    String run = Long.toString(System.nanoTime());
    String healthy = "http://shop-" + run + "/ok";
    String down = "http://shop-" + run + "/down";
    ShopEvent delivered = add("chk_t1_" + run, healthy, "checkout.paid");
    ShopEvent waiting = add("chk_t2_" + run, healthy, "checkout.paid");
    ShopEvent retrying = add("chk_t1_" + run, down, "checkout.paid");
    ShopEvent givenUp = add("chk_t2_" + run, down, "checkout.paid");
    outbox(
        o -> {
          o.lock(delivered.id()).orElseThrow().delivered(200, NOW.plusSeconds(5));
          o.lock(retrying.id())
              .orElseThrow()
              .attemptFailed(503, null, NOW, Duration.ofSeconds(30), Duration.ZERO);
          // past the three days: the failure is the last one
          o.lock(givenUp.id())
              .orElseThrow()
              .attemptFailed(
                  null,
                  "connection refused",
                  NOW.plus(ShopEvent.GIVE_UP_AFTER),
                  HOLD,
                  Duration.ZERO);
          return null;
        });

    List<dev.paydesk.domain.shopevent.EndpointTally> tally =
        outbox(o -> o.tally()).stream().filter(t -> t.endpoint().contains(run)).toList();

    assertThat(tally)
        .containsExactly(
            new dev.paydesk.domain.shopevent.EndpointTally(down, 0, 1, 1, 1, null),
            new dev.paydesk.domain.shopevent.EndpointTally(
                healthy, 1, 1, 0, 0, NOW.plusSeconds(5)));
    assertThat(tally.get(0).isFailing()).isTrue();
    assertThat(tally.get(1).isFailing()).as("pending but never tried is not failing").isFalse();
    assertThat(
            outbox(o -> o.needingAttention(1000)).stream()
                .filter(e -> e.endpoint().contains(run))
                .map(ShopEvent::id))
        .containsExactly(givenUp.id(), retrying.id());
    assertThat(waiting.id()).isNotNull();
  }

  @Test
  void everyAttemptIsKeptInOrderWithItsAnswer() {
    ShopEvent event = add("chk_attempts_" + System.nanoTime(), "http://shop/a", "checkout.paid");
    outbox(
        o -> {
          o.addAttempt(
              new ShopEventAttempt(
                  event.id(), NOW, null, Duration.ofSeconds(10), false, "x".repeat(600)));
          o.addAttempt(
              new ShopEventAttempt(
                  event.id(), NOW.plusSeconds(30), 200, Duration.ofMillis(42), true, "ok"));
          return null;
        });

    List<ShopEventAttempt> kept = outbox(o -> o.attemptsOf(List.of(event.id())));

    assertThat(kept).hasSize(2);
    assertThat(kept.get(0).httpStatus()).isEmpty();
    assertThat(kept.get(0).excerpt()).hasValueSatisfying(e -> assertThat(e).hasSize(500));
    assertThat(kept.get(1).httpStatus()).hasValue(200);
    assertThat(kept.get(1).latency()).isEqualTo(Duration.ofMillis(42));
    assertThat(kept.get(1).delivered()).isTrue();
    assertThat(kept.get(1).attemptedAt()).isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void twoWorkersClaimingTheSameEventsAtOnceSendEachAttemptOnce() throws Exception {
    String checkout = "chk_claim_";
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // distinct checkouts, so all are due at once
      ids.add(add(checkout + i + "_" + System.nanoTime(), "http://shop/a", "checkout.paid").id());
    }
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<List<Long>> worker =
        () -> {
          start.await();
          List<Long> claimed = new ArrayList<>();
          for (long id : ids) {
            Optional<Long> mine =
                outbox(o -> o.lock(id).filter(e -> e.claim(NOW, HOLD)).map(ShopEvent::id));
            mine.ifPresent(claimed::add);
          }
          return claimed;
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Long>> first = pool.submit(worker);
      Future<List<Long>> second = pool.submit(worker);
      List<Long> all = new ArrayList<>(first.get());
      all.addAll(second.get());

      assertThat(all)
          .as("every event claimed exactly once")
          .containsExactlyInAnyOrderElementsOf(ids);
    } finally {
      pool.shutdownNow();
    }
    assertThat(outbox(o -> o.due(NOW, "http://shop/a", 1000)).stream().map(ShopEvent::id))
        .as("a claimed event is not due to anyone while the claim holds")
        .doesNotContainAnyElementsOf(ids);
    assertThat(
            outbox(o -> o.due(NOW.plus(HOLD), "http://shop/a", 1000)).stream().map(ShopEvent::id))
        .as("a claim whose worker died runs out, and the event is due again")
        .containsAll(ids);
  }
}

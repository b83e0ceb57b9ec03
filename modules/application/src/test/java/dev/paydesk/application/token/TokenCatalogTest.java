package dev.paydesk.application.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.application.fake.FakeGateway;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.OrderBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** However often it is asked, the catalogue asks CCPayment at most once per TTL or back-off. */
class TokenCatalogTest {

  final FakeGateway gateway = new FakeGateway();
  final AtomicReference<Instant> now = new AtomicReference<>(OrderBuilder.T0);
  final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  final TokenCatalog catalog =
      new TokenCatalog(gateway, clock, Duration.ofMinutes(5), Duration.ofSeconds(10));

  @Test
  void manyCallersAtOnceMakeOneCall() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Thread caller =
          new Thread(
              () -> {
                try {
                  start.await();
                  catalog.usable();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      caller.start();
      callers.add(caller);
    }
    start.countDown();
    for (Thread caller : callers) {
      caller.join();
    }
    assertThat(gateway.tokenCalls()).isEqualTo(1);
  }

  @Test
  void aFailureIsRememberedForTheBackOffNotAskedAgain() {
    gateway.goDown();
    for (int i = 0; i < 50; i++) {
      assertThatThrownBy(catalog::all).isInstanceOf(RuntimeException.class);
    }
    assertThat(gateway.tokenCalls()).isEqualTo(1);

    now.set(now.get().plusSeconds(11));
    gateway.recover();
    assertThat(catalog.usable()).isNotEmpty();
    assertThat(gateway.tokenCalls()).isEqualTo(2);
  }

  @Test
  void aReadinessCheckAsksOncePerIntervalAndSaysWhyWithoutTheGatewaysText() {
    for (int i = 0; i < 20; i++) {
      catalog.check(Duration.ofSeconds(30));
    }
    assertThat(gateway.tokenCalls()).isEqualTo(1);
    assertThat(catalog.lastAttempt()).get().satisfies(a -> assertThat(a.succeeded()).isTrue());
    assertThat(
            TokenCatalog.reasonOf(
                new GatewayUnavailableException(
                    GatewayUnavailableException.Reason.UNREACHABLE, "10.0.0.7:443 refused")))
        .isEqualTo("unreachable");
  }
}

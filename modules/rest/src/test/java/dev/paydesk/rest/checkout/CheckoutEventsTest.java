package dev.paydesk.rest.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.rest.problem.ProblemException;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Event streams are bounded per instance, per checkout and per client, and give places back. */
class CheckoutEventsTest {

  static final class Sink implements SseEventSink {
    boolean closed;

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static CheckoutEvents events(int total, int perCheckout, int perClient) {
    CheckoutEvents events = new CheckoutEvents();
    events.clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    events.maxStreams = total;
    events.maxPerCheckout = perCheckout;
    events.maxPerClient = perClient;
    return events;
  }

  static int status(ProblemException e) {
    return e.problem().status();
  }

  @Test
  void eachLimitRefusesWith429AndHoldsNothing() {
    CheckoutEvents events = events(5, 2, 3);
    List<CheckoutEvents.Stream> held = new ArrayList<>();
    held.add(events.admit("co_a", "1.1.1.1", new Sink()));
    held.add(events.admit("co_a", "1.1.1.2", new Sink()));
    assertThatThrownBy(() -> events.admit("co_a", "1.1.1.3", new Sink()))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(status(e)).isEqualTo(429))
        .hasMessageContaining("checkout");
    held.add(events.admit("co_b", "9.9.9.9", new Sink()));
    held.add(events.admit("co_c", "9.9.9.9", new Sink()));
    held.add(events.admit("co_d", "9.9.9.9", new Sink()));
    assertThatThrownBy(() -> events.admit("co_e", "8.8.8.8", new Sink()))
        .hasMessageContaining("server");
    assertThat(events.openStreams()).isEqualTo(5);

    held.get(0).end();
    held.get(0).end();
    assertThat(events.openStreams()).as("ended once, one place back").isEqualTo(4);
    assertThatThrownBy(() -> events.admit("co_e", "9.9.9.9", new Sink()))
        .hasMessageContaining("client");
    assertThat(events.openStreams()).isEqualTo(4);
    events.admit("co_a", "7.7.7.7", new Sink());
    assertThat(events.openStreams()).isEqualTo(5);
  }

  @Test
  void aCheckoutTheGatewayRefusedHoldsNoStream() {
    assertThat(CheckoutEvents.streamed(OrderStatus.AWAITING_PAYMENT)).isTrue();
    assertThat(CheckoutEvents.streamed(OrderStatus.CREATING)).isTrue();
    assertThat(CheckoutEvents.streamed(OrderStatus.GATEWAY_FAILED)).isFalse();
    assertThat(CheckoutEvents.streamed(OrderStatus.PAID)).isFalse();
    assertThat(CheckoutEvents.streamed(OrderStatus.CANCELLED)).isFalse();
  }
}

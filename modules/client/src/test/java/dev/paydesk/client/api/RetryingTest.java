package dev.paydesk.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How {@link PaydeskClients#create} waits out what Paydesk asks to retry later. */
class RetryingTest {

  final List<Duration> slept = new ArrayList<>();
  Retrying.Sleeper real;

  @BeforeEach
  void recordSleeps() {
    real = Retrying.sleeper;
    Retrying.sleeper = slept::add;
  }

  @AfterEach
  void restore() {
    Retrying.sleeper = real;
  }

  static PaydeskProblem problem(String type, int status, Integer retryAfterSeconds) {
    return new PaydeskProblem(
        type,
        "t",
        status,
        null,
        List.of(),
        null,
        null,
        retryAfterSeconds == null ? null : Duration.ofSeconds(retryAfterSeconds));
  }

  static Supplier<String> answering(Object... answers) {
    Iterator<Object> next = List.of(answers).iterator();
    return () -> {
      Object a = next.next();
      if (a instanceof PaydeskProblem p) {
        throw p;
      }
      return (String) a;
    };
  }

  @Test
  void anIdenticalRequestInProgressIsWaitedOutForAsLongAsRetryAfterSays() {
    String made =
        Retrying.call(
            answering(
                problem(PaydeskProblem.CHECKOUT_IN_PROGRESS, 409, 2),
                problem(PaydeskProblem.CHECKOUT_IN_PROGRESS, 409, 2),
                "co_1"),
            Duration.ofSeconds(30));

    assertThat(made).isEqualTo("co_1");
    assertThat(slept).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void ccpaymentUnavailableIsTriedAgainUnderTheSameKeyWhenItSaysWhen() {
    assertThat(
            Retrying.call(
                answering(problem(PaydeskProblem.GATEWAY_UNAVAILABLE, 503, 10), "co_2"),
                Duration.ofSeconds(30)))
        .isEqualTo("co_2");
    assertThat(slept).containsExactly(Duration.ofSeconds(10));
  }

  @Test
  void aRefusalIsThrownAtOnce() {
    PaydeskProblem invalid = problem(PaydeskProblem.INVALID_REQUEST, 422, null);
    PaydeskProblem taken = problem(PaydeskProblem.MERCHANT_ORDER_ID_TAKEN, 409, null);

    assertThatThrownBy(() -> Retrying.call(answering(invalid), Duration.ofSeconds(30)))
        .isSameAs(invalid);
    assertThatThrownBy(() -> Retrying.call(answering(taken), Duration.ofSeconds(30)))
        .isSameAs(taken);
    assertThat(slept).isEmpty();
  }

  @Test
  void pastItsPatienceTheLastProblemIsThrown() {
    PaydeskProblem first = problem(PaydeskProblem.CHECKOUT_IN_PROGRESS, 409, 2);
    PaydeskProblem tooLong = problem(PaydeskProblem.GATEWAY_UNAVAILABLE, 503, 10);

    assertThatThrownBy(
            () -> Retrying.call(answering(first, tooLong, "never"), Duration.ofSeconds(5)))
        .isSameAs(tooLong);
    assertThat(slept).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterIsReadInSecondsAndADateAsSoon() {
    assertThat(ProblemMapper.retryAfter("2")).isEqualTo(Duration.ofSeconds(2));
    assertThat(ProblemMapper.retryAfter(" 10 ")).isEqualTo(Duration.ofSeconds(10));
    assertThat(ProblemMapper.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT"))
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(ProblemMapper.retryAfter(null)).isNull();
  }
}

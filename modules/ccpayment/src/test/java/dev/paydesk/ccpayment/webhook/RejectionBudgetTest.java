package dev.paydesk.ccpayment.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RejectionBudgetTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void keepsTheFirstRejectionsOfAMinuteAndDropsTheRest() {
    RejectionBudget budget = new RejectionBudget(3);

    long kept =
        IntStream.range(0, 1000)
            .filter(i -> budget.take("203.0.113.9", NOW.plusMillis(i)).keep())
            .count();

    assertThat(kept).isEqualTo(3);
  }

  @Test
  void eachClientHasItsOwnBudget() {
    RejectionBudget budget = new RejectionBudget(1);
    budget.take("203.0.113.9", NOW);

    assertThat(budget.take("203.0.113.9", NOW).keep()).isFalse();
    assertThat(budget.take("198.51.100.7", NOW).keep()).isTrue();
  }

  @Test
  void theNextMinuteKeepsAgainAndSaysHowManyWereDropped() {
    RejectionBudget budget = new RejectionBudget(2);
    for (int i = 0; i < 10; i++) {
      budget.take("203.0.113.9", NOW.plusSeconds(i));
    }

    RejectionBudget.Allowance next = budget.take("203.0.113.9", NOW.plusSeconds(60));

    assertThat(next.keep()).isTrue();
    assertThat(next.droppedBefore()).isEqualTo(8);
  }

  @Test
  void manyClientsAtOnceShareOneBudgetBeyondTheLimit() {
    RejectionBudget budget = new RejectionBudget(1);
    for (int i = 0; i < RejectionBudget.MAX_CLIENTS; i++) {
      budget.take("client-" + i, NOW);
    }

    assertThat(budget.take("newcomer-1", NOW).keep()).isTrue();
    assertThat(budget.take("newcomer-2", NOW).keep())
        .as("the shared budget of 1 is spent")
        .isFalse();
  }
}

package dev.paydesk.application.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallPacerTest {

  long now = 1_000_000_000L;
  final List<Long> slept = new ArrayList<>();

  CallPacer pacer(int perSecond) {
    return new CallPacer(
        perSecond,
        () -> now,
        nanos -> {
          slept.add(nanos);
          now += nanos;
        });
  }

  @Test
  void callsInQuickSuccessionAreSpacedToTheRate() throws InterruptedException {
    CallPacer fifty = pacer(50);
    for (int i = 0; i < 5; i++) {
      fifty.awaitTurn();
      now += 2_000_000; // each call itself takes 2 ms
    }
    // 20 ms a slot: the first goes at once, each later one waits what is left of its slot
    assertThat(slept).containsExactly(18_000_000L, 18_000_000L, 18_000_000L, 18_000_000L);
  }

  @Test
  void aSlowCallLeavesNothingToWaitFor() throws InterruptedException {
    CallPacer fifty = pacer(50);
    fifty.awaitTurn();
    now += 30_000_000; // slower than the slot
    fifty.awaitTurn();
    assertThat(slept).isEmpty();
  }

  @Test
  void noRateMeansNoWaiting() throws InterruptedException {
    CallPacer unpaced = pacer(0);
    for (int i = 0; i < 3; i++) {
      unpaced.awaitTurn();
    }
    assertThat(slept).isEmpty();
  }
}

package dev.paydesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckoutIdTest {

  @Test
  void randomIdsAreWellFormedAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      CheckoutId id = CheckoutId.random();
      assertThat(CheckoutId.parse(id.value())).contains(id);
      seen.add(id.value());
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void junkIsNotAnId() {
    assertThat(CheckoutId.parse("co_short")).isEmpty();
    assertThat(CheckoutId.parse("../etc/passwd")).isEmpty();
    assertThat(CheckoutId.parse(null)).isEmpty();
  }
}

package dev.paydesk.console.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockExplorersTest {

  @Test
  void linksATransactionOnAKnownNetwork() {
    assertThat(BlockExplorers.transaction("trc20", "abc"))
        .isEqualTo("https://tronscan.org/#/transaction/abc");
    assertThat(BlockExplorers.transaction("BTC", "f00")).isEqualTo("https://mempool.space/tx/f00");
  }

  @Test
  void linksNothingWithoutATxidOrForAnUnknownNetwork() {
    assertThat(BlockExplorers.transaction("Lightning", "abc")).isNull();
    assertThat(BlockExplorers.transaction("TRC20", null)).isNull();
    assertThat(BlockExplorers.transaction(null, "abc")).isNull();
  }
}

package dev.paydesk.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockExplorersTest {

  @Test
  void linksATransactionOnAKnownNetwork() {
    assertThat(BlockExplorers.transaction("trc20", "abc12345"))
        .isEqualTo("https://tronscan.org/#/transaction/abc12345");
    assertThat(BlockExplorers.transaction("BTC", "f00dcafe"))
        .isEqualTo("https://mempool.space/tx/f00dcafe");
    assertThat(BlockExplorers.transaction("POLYGON", "0xabcdef12"))
        .isEqualTo("https://polygonscan.com/tx/0xabcdef12");
  }

  @Test
  void linksNothingWithoutATxidOrForAnUnknownNetwork() {
    assertThat(BlockExplorers.transaction("Lightning", "abc12345")).isNull();
    assertThat(BlockExplorers.transaction("TRC20", null)).isNull();
    assertThat(BlockExplorers.transaction(null, "abc12345")).isNull();
    assertThat(BlockExplorers.transaction("TRC20", "internal transfer")).isNull();
    assertThat(BlockExplorers.transaction("TRC20", "abc\"><script>")).isNull();
  }
}

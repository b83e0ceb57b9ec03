package dev.paydesk.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** "Open in wallet" links follow each chain's own standard, or there is none. */
class WalletUriTest {

  static BigDecimal amount(String text) {
    return new BigDecimal(text);
  }

  @Test
  void bitcoinIsBip21WithTheAmountInBitcoin() {
    assertThat(WalletUri.of("BTC", null, "bc1qxyz", amount("0.00150000"), null, 8))
        .contains("bitcoin:bc1qxyz?amount=0.0015");
    assertThat(WalletUri.of("BTC", "BTC", "bc1qxyz", amount("1"), null, 8))
        .as("v1 writes the coin's own symbol as its contract")
        .contains("bitcoin:bc1qxyz?amount=1");
  }

  @Test
  void etherIsEip681InWeiOnItsChain() {
    assertThat(WalletUri.of("ETH", null, "0xAbC", amount("0.05"), null, 18))
        .contains("ethereum:0xAbC@1?value=50000000000000000");
    assertThat(WalletUri.of("ETH", "ETH", "0xAbC", amount("0.05"), null, 18))
        .contains("ethereum:0xAbC@1?value=50000000000000000");
    // v2 marks a chain's own coin with a numeric "contract" (137 for POL on POLYGON)
    assertThat(WalletUri.of("POLYGON", "137", "0xAbC", amount("2"), null, 18))
        .contains("ethereum:0xAbC@137?value=2000000000000000000");
  }

  @Test
  void anErc20TokenIsAnEip681TransferInItsSmallestUnit() {
    assertThat(
            WalletUri.of(
                "ETH",
                "0xdAC17F958D2ee523a2206206994597C13D831ec7",
                "0xBuyerPaysHere",
                amount("12.5"),
                null,
                6))
        .contains(
            "ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1/transfer"
                + "?address=0xBuyerPaysHere&uint256=12500000");
    assertThat(
            WalletUri.of(
                "BSC", "0x55d398326f99059fF775485246999027B3197955", "0xA", amount("1"), null, 18))
        .contains(
            "ethereum:0x55d398326f99059fF775485246999027B3197955@56/transfer?address=0xA"
                + "&uint256=1000000000000000000");
    String usdt = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
    assertThat(WalletUri.of("ETH", usdt, "0xA", amount("1"), null, null))
        .as("without the token's decimals no amount can be written")
        .isEmpty();
    assertThat(WalletUri.of("ETH", usdt, "0xA", amount("1.0000001"), null, 6))
        .as("an amount finer than the token's unit")
        .isEmpty();
  }

  @Test
  void solanaIsSolanaPayWithTheMintForAToken() {
    assertThat(WalletUri.of("SOL", null, "So1Addr", amount("0.25"), null, 9))
        .contains("solana:So1Addr?amount=0.25");
    assertThat(
            WalletUri.of(
                "SOL",
                "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
                "So1Addr",
                amount("3"),
                null,
                6))
        .contains("solana:So1Addr?amount=3&spl-token=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
  }

  @Test
  void tonCarriesTheMemoAsItsComment() {
    assertThat(WalletUri.of("TON", null, "UQAbc", amount("1.5"), "428 771", 9))
        .contains("ton://transfer/UQAbc?amount=1500000000&text=428%20771");
  }

  @Test
  void chainsWithoutAStandardGetNoLink() {
    assertThat(
            WalletUri.of(
                "TRX", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "TAddr", amount("5"), null, 6))
        .isEmpty();
    assertThat(WalletUri.of("XRP", null, "rAddr", amount("5"), "123", 6)).isEmpty();
    assertThat(
            WalletUri.of(
                "TON",
                "EQCxE6mUtQJKFnGfaROTKOt1lZbDiiX1kCixRv7Nw2Id_sDs",
                "UQAbc",
                amount("5"),
                "1",
                6))
        .as("a jetton")
        .isEmpty();
    assertThat(WalletUri.of("BTC", null, "bc1q", BigDecimal.ZERO, null, 8)).isEmpty();
  }
}

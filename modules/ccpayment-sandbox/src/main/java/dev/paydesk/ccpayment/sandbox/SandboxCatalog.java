package dev.paydesk.ccpayment.sandbox;

import dev.paydesk.ccpayment.sandbox.SandboxToken.AddressFormat;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's tokens and rates: the coins merchants use most, several networks for the
 * stablecoins, memo chains, Lightning, and one network under maintenance. Rates are fixed so that
 * amounts are predictable in tests.
 */
final class SandboxCatalog {

  static final List<SandboxToken> TOKENS =
      List.of(
          token(
              "0912e09a-d8e2-41d7-a0bc-a25530892988",
              "1280",
              "USDT",
              "Tether USD",
              "TRC20",
              "TRX",
              "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
              6,
              "1.0000",
              false,
              1,
              AddressFormat.TRON),
          token(
              "264f9c1d-b6a4-4f3b-9a6c-6dbcf3c0f101",
              "1280",
              "USDT",
              "Tether USD",
              "ERC20",
              "ETH",
              "0xdac17f958d2ee523a2206206994597c13d831ec7",
              6,
              "1.0000",
              false,
              1,
              AddressFormat.EVM),
          token(
              "7a1f2b3c-4d5e-4f60-8a71-92b3c4d5e6f7",
              "1280",
              "USDT",
              "Tether USD",
              "BEP20",
              "BSC",
              "0x55d398326f99059ff775485246999027b3197955",
              6,
              "1.0000",
              false,
              1,
              AddressFormat.EVM),
          token(
              "f3c1a2b4-5d6e-4f70-8192-a3b4c5d6e7f8",
              "1280",
              "USDT",
              "Tether USD",
              "SOL",
              "SOL",
              "Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB",
              6,
              "1.0000",
              false,
              2,
              AddressFormat.SOLANA),
          token(
              "b8d9e0f1-2a3b-4c5d-8e6f-7081920a1b2c",
              "1329",
              "USDC",
              "USD Coin",
              "ERC20",
              "ETH",
              "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
              6,
              "1.0000",
              false,
              1,
              AddressFormat.EVM),
          token(
              "c2d3e4f5-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
              "1329",
              "USDC",
              "USD Coin",
              "SOL",
              "SOL",
              "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
              6,
              "1.0000",
              false,
              1,
              AddressFormat.SOLANA),
          token(
              "8e5cdb5a-1c2d-4e3f-9a4b-5c6d7e8f9a0b",
              "1155",
              "BTC",
              "Bitcoin",
              "BTC",
              "BTC",
              "BTC",
              8,
              "67250.00",
              false,
              1,
              AddressFormat.BITCOIN),
          token(
              "e8f64d3d-df5b-411d-897f-c6d8d30206b7",
              "1282",
              "ETH",
              "Ethereum",
              "ETH",
              "ETH",
              "ETH",
              8,
              "3520.40",
              false,
              1,
              AddressFormat.EVM),
          token(
              "3b2a1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9",
              "1287",
              "TRX",
              "TRON",
              "TRC20",
              "TRX",
              "TRX",
              6,
              "0.1650",
              false,
              1,
              AddressFormat.TRON),
          token(
              "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
              "1481",
              "XRP",
              "Ripple",
              "XRP",
              "XRP",
              "XRP",
              6,
              "0.6200",
              true,
              1,
              AddressFormat.XRP),
          token(
              "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
              "1900",
              "TON",
              "Toncoin",
              "TON",
              "TON",
              "TON",
              9,
              "5.4000",
              true,
              1,
              AddressFormat.TON),
          token(
              "1d2c3b4a-5e6f-4a7b-9c8d-0e1f2a3b4c5d",
              "2001",
              "SATS",
              "Satoshi",
              "Lightning",
              "LN",
              "SATS",
              0,
              "0.00067250",
              false,
              1,
              AddressFormat.LIGHTNING));

  /** Denominated currencies the sandbox prices in, with their USD value. */
  static final Map<String, BigDecimal> FIAT_RATES = fiatRates();

  private SandboxCatalog() {}

  static Optional<SandboxToken> token(String tokenId) {
    return TOKENS.stream().filter(t -> t.tokenId().equals(tokenId)).findFirst();
  }

  private static SandboxToken token(
      String id,
      String coinId,
      String crypto,
      String name,
      String network,
      String chain,
      String contract,
      int precision,
      String rate,
      boolean memo,
      int status,
      AddressFormat format) {
    return new SandboxToken(
        id,
        coinId,
        crypto,
        name,
        network,
        chain,
        contract,
        precision,
        new BigDecimal(rate),
        memo,
        status,
        format);
  }

  private static Map<String, BigDecimal> fiatRates() {
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    rates.put("USD", new BigDecimal("1"));
    rates.put("EUR", new BigDecimal("1.08"));
    rates.put("GBP", new BigDecimal("1.27"));
    rates.put("JPY", new BigDecimal("0.0067"));
    rates.put("CNY", new BigDecimal("0.14"));
    return Map.copyOf(rates);
  }
}

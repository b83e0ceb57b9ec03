package dev.paydesk.ccpayment.sandbox;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Pay addresses (and memos) that look like the real thing on each chain, derived from the order id
 * so that the same order always shows the same address. They are not spendable: no key stands
 * behind them.
 */
final class SandboxAddresses {

  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private SandboxAddresses() {}

  static String address(SandboxToken token, String orderId, java.math.BigDecimal amount) {
    byte[] seed = digest(orderId + "/" + token.chain());
    return switch (token.addressFormat()) {
      case TRON -> "T" + encode(seed, BASE58, 33);
      case EVM -> "0x" + HexFormat.of().formatHex(seed, 0, 20);
      case BITCOIN -> "bc1q" + encode(seed, BECH32, 38);
      case SOLANA -> encode(seed, BASE58, 44);
      case XRP -> "r" + encode(seed, BASE58, 33);
      case TON -> "UQ" + encode(seed, BASE64URL, 46);
      case LIGHTNING -> "lnbc" + amount.toBigInteger() + "0n1p" + encode(seed, BECH32, 180);
    };
  }

  /** XRP destination tags and TON comments: a number only this order uses; none on other chains. */
  static String memo(SandboxToken token, String orderId) {
    if (!token.memo()) {
      return "";
    }
    return new BigInteger(1, digest("memo/" + orderId))
        .mod(BigInteger.valueOf(4_000_000_000L))
        .add(BigInteger.valueOf(100_000_000L))
        .toString();
  }

  private static String encode(byte[] seed, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    byte[] block = seed;
    int counter = 0;
    while (out.length() < length) {
      BigInteger n = new BigInteger(1, block);
      BigInteger base = BigInteger.valueOf(alphabet.length());
      while (n.signum() > 0 && out.length() < length) {
        BigInteger[] qr = n.divideAndRemainder(base);
        out.append(alphabet.charAt(qr[1].intValue()));
        n = qr[0];
      }
      block = digest(HexFormat.of().formatHex(block) + (++counter));
    }
    return out.toString();
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

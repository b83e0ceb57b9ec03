package dev.paydesk.domain.refund;

import java.util.regex.Pattern;

/**
 * Where a refund goes: an address on the payment's chain (with a memo where the chain needs one),
 * or a Cwallet account.
 */
public sealed interface RefundDestination {

  Pattern ADDRESS = Pattern.compile("[A-Za-z0-9:._-]{10,128}");
  Pattern MEMO = Pattern.compile("[A-Za-z0-9 ._-]{1,64}");
  Pattern CWALLET = Pattern.compile("[A-Za-z0-9@._+-]{3,64}");

  /**
   * An address on a chain. Its shape is checked here; whether the chain knows it, by the gateway's
   * validity check before anything is sent.
   */
  record ChainAddress(String chain, String address, String memo) implements RefundDestination {
    public ChainAddress {
      if (chain == null || chain.isBlank()) {
        throw invalid("a chain is required");
      }
      address = address == null ? "" : address.strip();
      memo = memo == null || memo.isBlank() ? null : memo.strip();
      if (!ADDRESS.matcher(address).matches()) {
        throw invalid("an address is 10 to 128 letters, digits and . _ - :");
      }
      if (memo != null && !MEMO.matcher(memo).matches()) {
        throw invalid("a memo is 1 to 64 letters, digits, spaces and . _ -");
      }
    }
  }

  /** A Cwallet account by its id or e-mail address (no network fee; confirmed by polling). */
  record Cwallet(String user) implements RefundDestination {
    public Cwallet {
      user = user == null ? "" : user.strip();
      if (!CWALLET.matcher(user).matches()) {
        throw invalid("a Cwallet id or e-mail address is 3 to 64 characters");
      }
    }
  }

  private static RefundRefusedException invalid(String why) {
    return new RefundRefusedException(RefundRefusedException.Refusal.INVALID_DESTINATION, why);
  }
}

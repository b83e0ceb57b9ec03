package dev.paydesk.domain.order;

import dev.paydesk.domain.payment.ReportedAsset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a reported payment is in the asset an order asks for: the same crypto, chain and
 * contract, and the same amount due. What the report leaves out is not held against it.
 */
final class AssetCheck {

  private AssetCheck() {}

  /** The differences, written for a person; empty when nothing known disagrees. */
  static Optional<String> differences(
      ReportedAsset asset, String crypto, String chain, String contract, BigDecimal amountDue) {
    List<String> differences = new ArrayList<>();
    differ(differences, "crypto", asset.crypto(), crypto);
    differ(differences, "chain", asset.chain(), chain);
    String reportedContract = ReportedAsset.canonicalContract(asset.contract());
    if (reportedContract != null && contract != null && !reportedContract.equals(contract)) {
      differences.add("contract " + asset.contract() + " (the order's is " + contract + ")");
    }
    if (asset.orderAmount() != null
        && amountDue != null
        && !sameAmountDue(asset.orderAmount(), amountDue)) {
      differences.add(
          "order amount "
              + TimelineText.plain(asset.orderAmount())
              + " (the order asks "
              + TimelineText.plain(amountDue)
              + ")");
    }
    return differences.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differences));
  }

  /**
   * The gateway may write the amount due with fewer decimals, rounded either way: the same amount
   * is within one unit of the coarser of the two spellings.
   */
  private static boolean sameAmountDue(BigDecimal reported, BigDecimal stored) {
    int coarser = Math.max(Math.min(reported.scale(), stored.scale()), 0);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(coarser);
    return reported.subtract(stored).abs().compareTo(unit) <= 0;
  }

  private static void differ(List<String> differences, String what, String reported, String own) {
    if (reported != null && own != null && !reported.equalsIgnoreCase(own)) {
      differences.add(what + " " + reported + " (the order's is " + own + ")");
    }
  }
}

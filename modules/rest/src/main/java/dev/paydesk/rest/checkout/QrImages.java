package dev.paydesk.rest.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PNGs of recent QR codes, by what they encode. A checkout's QR changes only when what it
 * encodes does (an underpaid BTC order asks for its remainder), and a buyer's page, its refreshes
 * and a shop's own page ask for the same image again and again; drawing and compressing it costs
 * far more than the read of the checkout. Bounded (least recently used out), each instance its own:
 * the key is the content itself, so no instance can serve another one's stale image.
 */
@ApplicationScoped
public class QrImages {

  /** About 1.5 KB each: a few MB at most. */
  static final int MAX_ENTRIES = 4096;

  private final Map<String, byte[]> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
              return size() > MAX_ENTRIES;
            }
          });

  /** The PNG of a QR code of {@code content}, drawn once while it stays in use. */
  public byte[] png(String content) {
    byte[] png = recent.get(content);
    if (png == null) {
      png = PaymentQrCode.png(content);
      recent.put(content, png);
    }
    return png;
  }
}

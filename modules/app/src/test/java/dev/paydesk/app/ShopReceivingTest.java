package dev.paydesk.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A {@link SharedPaydeskTest} whose shop endpoint ({@link ShopReceiver}) takes Paydesk's events.
 */
abstract class ShopReceivingTest extends SharedPaydeskTest {

  static ShopReceiver shop;

  @BeforeAll
  static void startTheShop() {
    shop = ShopReceiver.start();
  }

  @AfterAll
  static void stopTheShop() {
    shop.close();
  }
}

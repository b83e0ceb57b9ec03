package dev.paydesk.app;

import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on the lane's one Payara Micro ({@link SharedPaydesk}), reached over HTTP as shops,
 * buyers and CCPayment reach it. A class that needs a server of its own (other flags) extends
 * {@link PaydeskContainerTest} instead.
 */
@ExtendWith({FreeHttpPort.class, SharedPaydesk.class})
abstract class SharedPaydeskTest {

  URL deployment;

  PaydeskHttp paydesk;

  @BeforeEach
  void connect() {
    deployment = SharedPaydesk.url();
    paydesk = new PaydeskHttp(deployment);
  }
}

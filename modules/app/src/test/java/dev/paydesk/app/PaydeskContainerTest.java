package dev.paydesk.app;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on its own Payara Micro, reached over HTTP as shops, buyers and CCPayment reach it.
 */
@ExtendWith({FreeHttpPort.class, ArquillianExtension.class})
abstract class PaydeskContainerTest {

  @Deployment(testable = false)
  static WebArchive paydesk() {
    return PaydeskHttp.builtWar();
  }

  @ArquillianResource URL deployment;

  PaydeskHttp paydesk;

  @BeforeEach
  void connect() {
    paydesk = new PaydeskHttp(deployment);
  }
}

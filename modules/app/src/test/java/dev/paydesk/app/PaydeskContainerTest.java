package dev.paydesk.app;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on a Payara Micro of the class's own (Arquillian), for a class whose flags differ
 * from its lane's (live mode); the others share one server ({@link SharedPaydeskTest}).
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

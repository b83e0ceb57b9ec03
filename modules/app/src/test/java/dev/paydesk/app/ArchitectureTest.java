package dev.paydesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module directions of architecture.md, checked on the compiled classes of every module. */
class ArchitectureTest {

  static JavaClasses paydesk;

  @BeforeAll
  static void importClasses() {
    paydesk =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.paydesk");
  }

  /**
   * The shop API's contract has one source, the hand-written document that ApiContractIT holds to
   * the real answers; MicroProfile OpenAPI annotations would be a second one nothing reads (its
   * scan is off), drifting from the first.
   */
  @Test
  void theContractIsWrittenInOnePlace() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.microprofile.openapi..")
        .because("the contract is modules/rest/src/main/resources/dev/paydesk/rest/openapi.yaml")
        .check(paydesk);
  }

  @Test
  void theDomainIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("dev.paydesk.domain..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.paydesk.domain..", "java..")
        .check(paydesk);
  }

  @Test
  void theApplicationKnowsOnlyTheDomain() {
    noClasses()
        .that()
        .resideInAPackage("dev.paydesk.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.paydesk.persistence..",
            "dev.paydesk.ccpayment..",
            "dev.paydesk.rest..",
            "dev.paydesk.console..",
            "jakarta.persistence..",
            "jakarta.ws.rs..")
        .check(paydesk);
  }

  @Test
  void adaptersDoNotKnowEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.paydesk.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.paydesk.ccpayment..", "dev.paydesk.rest..")
        .check(paydesk);
    noClasses()
        .that()
        .resideInAPackage("dev.paydesk.rest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.paydesk.persistence..", "dev.paydesk.ccpayment..", "jakarta.persistence..")
        .check(paydesk);
    noClasses()
        .that()
        .resideInAPackage("dev.paydesk.ccpayment..")
        .and()
        .resideOutsideOfPackage("dev.paydesk.ccpayment.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.paydesk.persistence..",
            "dev.paydesk.rest..",
            "dev.paydesk.ccpayment.sandbox..",
            "jakarta.persistence..")
        .check(paydesk);
  }

  @Test
  void theSandboxSharesOnlyTheSigningCode() {
    noClasses()
        .that()
        .resideInAPackage("dev.paydesk.ccpayment.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.paydesk.domain..",
            "dev.paydesk.application..",
            "dev.paydesk.persistence..",
            "dev.paydesk.rest..",
            "dev.paydesk.ccpayment.client..",
            "dev.paydesk.ccpayment.wire..")
        .check(paydesk);
    noClasses()
        .that()
        .resideInAPackage("dev.paydesk.ccpayment.sandbox..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.paydesk.ccpayment.CcPaymentSettings")
        .check(paydesk);
  }

  @Test
  void nothingDependsOnTheSandbox() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.paydesk.ccpayment.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.paydesk.ccpayment.sandbox..")
        .check(paydesk);
  }

  @Test
  void theConsoleKnowsOnlyTheApplicationAndTheDomain() {
    knowsOnlyTheApplicationAndTheDomain("dev.paydesk.console..");
  }

  @Test
  void theBuyersPageKnowsOnlyTheApplicationAndTheDomain() {
    knowsOnlyTheApplicationAndTheDomain("dev.paydesk.pay..");
  }

  /** A user interface: on top of the use cases, beside the other adapters, used by none. */
  private static void knowsOnlyTheApplicationAndTheDomain(String ui) {
    noClasses()
        .that()
        .resideInAPackage(ui)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            java.util.stream.Stream.of(
                    "dev.paydesk.persistence..",
                    "dev.paydesk.ccpayment..",
                    "dev.paydesk.rest..",
                    "dev.paydesk.console..",
                    "dev.paydesk.pay..",
                    "jakarta.persistence..")
                .filter(p -> !p.equals(ui))
                .toArray(String[]::new))
        .check(paydesk);
    noClasses()
        .that()
        .resideOutsideOfPackage(ui)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ui)
        .check(paydesk);
  }
}

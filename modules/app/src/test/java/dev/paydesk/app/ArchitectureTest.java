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
    noClasses()
        .that()
        .resideInAPackage("dev.paydesk.console..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.paydesk.persistence..",
            "dev.paydesk.ccpayment..",
            "dev.paydesk.rest..",
            "jakarta.persistence..")
        .check(paydesk);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.paydesk.console..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.paydesk.console..")
        .check(paydesk);
  }
}

package dev.paydesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driving the console as a merchant would, with small page helpers. A
 * missing browser fails the tests (see {@code .ci/run}, which installs it), never skips them.
 */
final class ConsoleBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final String VIEWER_ZONE = "Asia/Tokyo";
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final WebDriver driver;
  private final String base;
  private final Path profile;

  private ConsoleBrowser(WebDriver driver, String base, Path profile) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  static ConsoleBrowser start(URL deployment) {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser tests need Debian's chromium and chromium-driver:"
            + " apt-get install chromium chromium-driver (.ci/run does)");
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-dev-shm-usage",
          "--disable-gpu",
          "--window-size=1366,1000",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--user-data-dir=" + profile);
      // what the page's scripts print (and what the policy refused), for failure messages
      org.openqa.selenium.logging.LoggingPreferences logs =
          new org.openqa.selenium.logging.LoggingPreferences();
      logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              // a merchant far from UTC: the console shows times in the viewer's zone
              .withEnvironment(java.util.Map.of("TZ", VIEWER_ZONE, "LANG", "en_US.UTF-8"))
              .usingAnyFreePort()
              .build();
      String root = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
      return new ConsoleBrowser(new ChromeDriver(service, options), root, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open(String path) {
    driver.get(base + path);
  }

  void signIn(String username, String password) {
    open("console/login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    submit(By.id("login:signIn"));
  }

  /** Clicks a button that sends the page's form, and waits until the next page has replaced it. */
  void submit(By button) {
    WebElement element =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.elementToBeClickable(button));
    element.click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(element));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-submit-" + button.toString().replaceAll("[^A-Za-z0-9]+", "-"));
      throw e;
    }
  }

  /**
   * Whether the element's page has been replaced. Chromium answers a stale element either as stale
   * or with "node does not belong to the document"; both mean the next page is there.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  /** Signs in afresh and waits until the console shows that this user is signed in. */
  void signedInAs(String username, String password) {
    // cookies go only for the page's own host: be on the console's first (the pay page a test
    // opened may be on the public URL's host, and the previous user's session would stay)
    open("console/login.xhtml");
    driver.manage().deleteAllCookies();
    signIn(username, password);
    waitFor(By.id("account:signOut"));
    waitForText(By.id("account"), username);
  }

  void type(By field, String text) {
    WebElement input = waitFor(field);
    input.clear();
    input.sendKeys(text);
  }

  void click(By target) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(target))
        .click();
  }

  WebElement waitFor(By target) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(target));
  }

  void waitForText(By target, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(target, text));
  }

  String text(By target) {
    return waitFor(target).getText();
  }

  boolean isPresent(By target) {
    return !driver.findElements(target).isEmpty();
  }

  /** The browser's console since the last call: script errors, refused resources. */
  String consoleLog() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(Object::toString)
        .collect(Collectors.joining("\n"));
  }

  /** Whether the image the element shows has loaded (a broken image has no natural width). */
  boolean imageLoaded(By image) {
    WebElement element = waitFor(image);
    return Boolean.TRUE.equals(
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", element));
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /** A form POST in this browser's session, outside the browser (as a forger would send it). */
  java.net.http.HttpResponse<String> postInSession(String path, String form) {
    return inSession(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
  }

  /** A GET in this browser's session, outside the browser (for downloads such as the CSV). */
  java.net.http.HttpResponse<String> getInSession(String path) {
    return inSession(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).GET());
  }

  private java.net.http.HttpResponse<String> inSession(java.net.http.HttpRequest.Builder request) {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              request.header("Cookie", cookies).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A PNG of what the merchant or buyer sees, for a person to look at (target/screenshots); every
   * state a test shows this way is also checked by axe-core ({@link #assertAccessible}), but for
   * the shots taken of a failure.
   */
  void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("paydesk.it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!name.startsWith("failed-")) {
      assertAccessible(name);
      assertNothingClipped(name);
    }
  }

  /**
   * No table cell cuts its content off (PrimeFaces' tables have a fixed layout and hide what
   * overflows a cell): a status word or an id cut mid-letter reads as broken. Cells that end in an
   * ellipsis on purpose ({@code pd-ellipsis}) are left out.
   */
  void assertNothingClipped(String state) {
    Object clipped =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('td, th')).filter(function (cell) {"
                    + "  return cell.offsetParent !== null"
                    + "    && getComputedStyle(cell).textOverflow !== 'ellipsis'"
                    + "    && cell.scrollWidth > cell.clientWidth + 1;"
                    + "}).map(function (cell) {"
                    + "  return cell.textContent.trim().replace(/\\s+/g, ' ').substring(0, 60);"
                    + "});");
    report("clipped.txt", state + " " + url() + " " + clipped + "\n");
    assertTrue(
        ((List<?>) clipped).isEmpty(),
        () -> "table cells cut off on " + state + " (" + url() + "): " + clipped);
  }

  /** Appends to a report of the page checks in target/axe (beside target/screenshots). */
  private static void report(String file, String text) {
    try {
      Path dir =
          Path.of(System.getProperty("paydesk.it.screenshots", "target/screenshots"))
              .resolveSibling("axe");
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve(file),
          text,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs axe-core (Deque's, from Maven Central, injected into the page) with every rule it has,
   * WCAG 2.1 A and AA and its best practices, and fails on any serious or critical violation, and
   * on the landmark and table-header rules the review named whatever their impact. Each run's
   * findings go to target/axe/{state}.txt, and the state to target/axe/checked.txt.
   */
  void assertAccessible(String state) {
    Results results = new AxeBuilder().analyze(driver);
    // a check that did not run must not read as a page without findings
    assertTrue(
        results.getErrorMessage() == null && !results.getPasses().isEmpty(),
        () -> "axe-core did not run on " + state + ": " + results.getErrorMessage());
    List<Rule> failing =
        results.getViolations().stream()
            .filter(
                rule ->
                    BLOCKING_IMPACTS.contains(rule.getImpact())
                        || ALWAYS_BLOCKING_RULES.contains(rule.getId()))
            .toList();
    String findings =
        results.getViolations().stream()
            .map(ConsoleBrowser::describe)
            .collect(Collectors.joining("\n"));
    report(state + ".txt", url() + "\n" + findings + "\n");
    report(
        "checked.txt",
        state
            + " "
            + url()
            + " violations="
            + results.getViolations().size()
            + " blocking="
            + failing.size()
            + " passes="
            + results.getPasses().size()
            + "\n");
    assertTrue(
        failing.isEmpty(),
        () ->
            "axe-core finds on "
                + state
                + " ("
                + url()
                + "):\n"
                + failing.stream().map(ConsoleBrowser::describe).collect(Collectors.joining("\n")));
  }

  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  private static final Set<String> ALWAYS_BLOCKING_RULES =
      Set.of("landmark-one-main", "region", "empty-table-header", "page-has-heading-one");

  private static String describe(Rule rule) {
    return rule.getImpact()
        + " "
        + rule.getId()
        + ": "
        + rule.getHelp()
        + rule.getNodes().stream()
            .limit(5)
            .map(
                node ->
                    "\n    "
                        + node.getTarget()
                        + " "
                        + String.valueOf(node.getFailureSummary()).replace('\n', ' '))
            .collect(Collectors.joining());
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover profile in target/ is harmless
    }
  }
}

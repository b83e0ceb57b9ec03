package dev.paydesk.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console at about a million orders: the order list's first page per filter, its deepest page
 * as the paginator asks for it, then the CSV export of every order ({@link CsvExport}).
 */
final class ConsoleList implements Scenario {

  @Override
  public String group() {
    return "console";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    long stored = run.statements.count("SELECT count(*) FROM payment_order");
    String cookie = signIn(run);
    String headers = "Cookie: " + cookie + "\r\n";
    String someMerchantId = Seeder.merchantOrderId(Seeder.Kind.STORED, 4242);
    String someAddress =
        run.statements.text(
            "SELECT pay_address FROM payment_order WHERE public_id LIKE 'co_S%' LIMIT 1");
    Map<String, String> filters = new java.util.LinkedHashMap<>();
    filters.put("no filter", "");
    filters.put("status=PAID (70 %)", "status=PAID");
    filters.put("status=UNDERPAID (3 %)", "status=UNDERPAID");
    filters.put("token", "token=" + Requests.TOKEN_USDT_TRC20);
    filters.put(
        "created from/to (one week)",
        "from="
            + LocalDate.now(ZoneOffset.UTC).minusDays(14)
            + "&to="
            + LocalDate.now(ZoneOffset.UTC).minusDays(7));
    filters.put("search: merchant order id", "q=" + someMerchantId);
    // "BENCH-S-424": its start, in another case (about 1,100 orders of a million start so)
    filters.put(
        "search: merchant order id by its start, other case",
        "q="
            + Requests.enc(
                someMerchantId
                    .substring(0, someMerchantId.length() - 1)
                    .toUpperCase(java.util.Locale.ROOT)));
    filters.put("search: pay address (shared by all seeded)", "q=" + Requests.enc(someAddress));
    filters.put("search: no match", "q=nothing-like-this");
    try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", run.settings.port())) {
      for (Map.Entry<String, String> filter : filters.entrySet()) {
        String path =
            "/paydesk/console/orders.xhtml"
                + (filter.getValue().isEmpty() ? "" : "?" + filter.getValue());
        Load.Result r =
            Load.sequential(
                10,
                k -> {
                  KeepAliveClient.Answer a = k.send("GET", path, headers, null, true);
                  return a.status() == 200 && a.text().contains("list:orders");
                },
                c);
        run.report.add(
            new Report.Row(
                "console order list, " + filter.getKey() + ", first page",
                1,
                r,
                null,
                null,
                null,
                "< 100 ms",
                r.p99() < 100));
      }
      for (String deep : List.of("", "status=PAID")) {
        // the deepest page the console offers (it pages through the first 10,000 matches), as
        // its paginator asks for it: a PrimeFaces AJAX request on the page's view
        KeepAliveClient.Answer page =
            c.send(
                "GET",
                "/paydesk/console/orders.xhtml" + (deep.isEmpty() ? "" : "?" + deep),
                headers,
                null,
                true);
        Matcher state =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.text());
        Matcher action =
            Pattern.compile("<form id=\"list\"[^>]*action=\"([^\"]+)\"").matcher(page.text());
        Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page.text());
        if (!state.find() || !action.find() || !nonce.find()) {
          throw new IllegalStateException("no order list form: " + page.text());
        }
        byte[] ajax =
            ("jakarta.faces.partial.ajax=true&jakarta.faces.source=list%3Aorders"
                    + "&jakarta.faces.partial.execute=list%3Aorders"
                    + "&jakarta.faces.partial.render=list%3Aorders"
                    + "&jakarta.faces.behavior.event=page&jakarta.faces.partial.event=page"
                    + "&list%3Aorders_pagination=true&list%3Aorders_first=9980"
                    + "&list%3Aorders_rows=20&list%3Aorders_skipChildren=true"
                    + "&list%3Aorders_encodeFeature=true&list=list"
                    + "&primefaces.nonce="
                    + Requests.enc(nonce.group(1))
                    + "&jakarta.faces.ViewState="
                    + Requests.enc(state.group(1).replace("&#58;", ":")))
                .getBytes(StandardCharsets.UTF_8);
        String form = action.group(1).replace("&amp;", "&");
        Load.Result r =
            Load.sequential(
                10,
                k -> {
                  KeepAliveClient.Answer a =
                      k.send(
                          "POST",
                          form,
                          headers
                              + "Faces-Request: partial/ajax\r\nContent-Type:"
                              + " application/x-www-form-urlencoded\r\n",
                          ajax,
                          true);
                  boolean ok =
                      a.status() == 200
                          && a.text().contains("<partial-response")
                          && !a.text().contains("<error>")
                          && a.text().contains("pd-order-link");
                  if (!ok) {
                    Files.writeString(
                        run.settings.work().resolve("console-deep-page.txt"), a.text());
                  }
                  return ok;
                },
                c);
        run.report.add(
            new Report.Row(
                "console order list, "
                    + (deep.isEmpty() ? "no filter" : deep)
                    + ", its deepest page (rows 9,981-10,000)",
                1,
                r,
                null,
                null,
                null,
                "< 100 ms",
                r.p99() < 100));
      }
    }
    new CsvExport(cookie).run(run);
  }

  /** Signs in to the console as its first admin and returns the session cookie. */
  static String signIn(BenchRun run) throws Exception {
    HttpResponse<String> form =
        run.http.send(
            HttpRequest.newBuilder(run.uri("/paydesk/console/login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    Matcher action =
        Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
    if (!state.find() || !action.find()) {
      throw new IllegalStateException("no sign-in form: " + form.body());
    }
    String fields =
        "login=login&login%3Ausername=admin&login%3Apassword="
            + Requests.enc(Requests.CONSOLE_PASSWORD)
            + "&login%3AsignIn=&jakarta.faces.ViewState="
            + Requests.enc(state.group(1).replace("&#58;", ":"));
    HttpResponse<String> signedIn =
        run.http.send(
            HttpRequest.newBuilder(run.uri(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<HttpCookie> cookies =
        ((CookieManager) run.http.cookieHandler().orElseThrow())
            .getCookieStore()
            .get(run.uri("/paydesk/console/"));
    String cookie =
        cookies.stream()
            .map(k -> k.getName() + "=" + k.getValue())
            .reduce((a, b) -> a + "; " + b)
            .orElseThrow();
    HttpResponse<String> orders =
        run.http.send(
            HttpRequest.newBuilder(run.uri("/paydesk/console/orders.xhtml"))
                .header("Cookie", cookie)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (!orders.body().contains("list:orders")) {
      throw new IllegalStateException(
          "sign-in failed (" + signedIn.statusCode() + "): " + orders.body());
    }
    return cookie;
  }
}

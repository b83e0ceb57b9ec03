package dev.paydesk.bench;

/** The pay address's QR code, made by ZXing on each request. */
final class QrImage implements Scenario {

  @Override
  public String group() {
    return "qr";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    run.measure(
        "QR image",
        run.settings.clients(),
        c ->
            Requests.ok(
                c.get("/paydesk/api/v1/checkouts/" + Requests.pick(run.ids) + "/qr", false)),
        0.40,
        "≥ 40 %");
  }
}

package dev.paydesk.example.shop;

/** The shop's page frame and escaping: a real shop would use Faces or a template engine. */
final class Html {

  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * @param refresh whether the page reloads itself every 3 s (while an order awaits its payment)
   */
  static String page(String title, boolean refresh, String body) {
    return "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        + "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
        + (refresh ? "<meta http-equiv=refresh content=3>" : "")
        + "<title>"
        + escape(title)
        + " · Example shop</title><style>"
        + "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2433;margin:0}"
        + "header{background:#1d2433;color:#fff;padding:14px 24px;font-weight:600}"
        + "main{max-width:460px;margin:40px auto;padding:0 16px}"
        + ".card{background:#fff;border-radius:12px;padding:28px;box-shadow:0 2px 10px #0001}"
        + ".mug{font-size:64px;text-align:center}h1{margin:8px 0 4px;font-size:24px}"
        + ".price{font-size:20px;color:#3b4a6b;margin:0 0 20px}"
        + "label{display:block;font-size:14px;margin-bottom:6px;color:#555}"
        + "select,button{width:100%;padding:10px;font-size:16px;border-radius:8px;box-sizing:border-box}"
        + "select{border:1px solid #ccd;margin-bottom:16px;background:#fff}"
        + "button{background:#2f6fed;color:#fff;border:0;cursor:pointer}"
        + "dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px}dt{color:#667}dd{margin:0}"
        + ".status{font-weight:600;padding:8px 12px;border-radius:8px;background:#eef}"
        + ".status.paid{background:#e3f6e8;color:#17652f}.status.expired{background:#fdecea}"
        + "a{color:#2f6fed}</style></head><body><header>Example shop · paid with Paydesk</header>"
        + "<main>"
        + body
        + "</main></body></html>";
  }
}

package dev.paydesk.application.audit;

/**
 * Untrusted text (a username someone typed, a client address a header claimed) as it may appear in
 * a log line: in quotes, at most 64 characters, with line breaks, control and format characters and
 * quotes escaped, so nobody can end a line and write one that looks like Paydesk's own.
 */
public final class AuditText {

  static final int MAX = 64;

  private AuditText() {}

  public static String of(String untrusted) {
    if (untrusted == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < untrusted.length() && shown < MAX; ) {
      int c = untrusted.codePointAt(i);
      i += Character.charCount(c);
      shown++;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          int type = Character.getType(c);
          if (Character.isISOControl(c)
              || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    if (untrusted.codePointCount(0, untrusted.length()) > MAX) {
      out.append('…');
    }
    return out.append('"').toString();
  }
}

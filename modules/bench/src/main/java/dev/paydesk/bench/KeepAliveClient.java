package dev.paydesk.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One load client's connection: HTTP/1.1 over a kept-alive socket, one request at a time (a closed
 * loop), reconnecting when the server closes.
 *
 * <p>Why not {@code java.net.http}: on two shared cores every cycle the client spends is taken from
 * the server. The JDK client (one selector thread, futures per request) measured a ceiling of 3,275
 * requests/s here against the 16,000-17,000 an outside run measured with wrk, so it measured
 * itself. A blocking socket that writes prepared bytes and reads one answer costs a few
 * microseconds a request, which is what wrk does too.
 */
final class KeepAliveClient implements AutoCloseable {

  /** One answer: status and, when asked for, the body. */
  record Answer(int status, byte[] body) {
    String text() {
      return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
  }

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  KeepAliveClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** A GET; the body is read (to keep the connection usable) and kept only when asked. */
  Answer get(String path, boolean keepBody) throws IOException {
    return send("GET", path, null, null, keepBody);
  }

  /**
   * Sends one request and reads its answer; a connection the server closed in between (an idle
   * timeout) is opened again once.
   *
   * @param headers extra header lines, each ending in CRLF, or null
   */
  Answer send(String method, String path, String headers, byte[] body, boolean keepBody)
      throws IOException {
    byte[] head =
        (method
                + " "
                + path
                + " HTTP/1.1\r\nHost: "
                + host
                + ":"
                + port
                + "\r\n"
                + (headers == null ? "" : headers)
                + (body == null ? "" : "Content-Length: " + body.length + "\r\n")
                + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    boolean fresh = socket == null;
    try {
      return exchange(head, body, keepBody);
    } catch (IOException stale) {
      close();
      if (fresh) {
        throw stale;
      }
      return exchange(head, body, keepBody);
    }
  }

  private Answer exchange(byte[] head, byte[] body, boolean keepBody) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(60_000);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }
    if (body == null) {
      out.write(head);
    } else {
      byte[] whole = new byte[head.length + body.length];
      System.arraycopy(head, 0, whole, 0, head.length);
      System.arraycopy(body, 0, whole, head.length, body.length);
      out.write(whole);
    }
    out.flush();
    return readAnswer(keepBody);
  }

  private Answer readAnswer(boolean keepBody) throws IOException {
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before an answer");
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(); header != null && !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream() : null;
    if (chunked) {
      for (long size = Long.parseLong(chunkSize(), 16); size > 0; ) {
        copy(size, kept);
        line();
        size = Long.parseLong(chunkSize(), 16);
      }
      for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
        // trailers: none expected
      }
    } else if (length > 0) {
      copy(length, kept);
    } else if (length < 0 && status != 204 && status != 304) {
      // neither a length nor chunks: the body runs to the end of the connection
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (kept != null) {
          kept.write(buffer, 0, n);
        }
      }
      close = true;
    }
    if (close) {
      close();
    }
    return new Answer(status, kept == null ? null : kept.toByteArray());
  }

  private String chunkSize() throws IOException {
    String size = line();
    if (size == null) {
      throw new IOException("connection closed inside a chunked body");
    }
    int semicolon = size.indexOf(';');
    return (semicolon < 0 ? size : size.substring(0, semicolon)).trim();
  }

  private void copy(long count, ByteArrayOutputStream kept) throws IOException {
    byte[] buffer = new byte[8192];
    long left = count;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new IOException("connection closed inside a body");
      }
      if (kept != null) {
        kept.write(buffer, 0, read);
      }
      left -= read;
    }
  }

  /** One header line without its CRLF, or null at the end of the stream. */
  private String line() throws IOException {
    StringBuilder sb = new StringBuilder(64);
    for (int c = in.read(); c >= 0; c = in.read()) {
      if (c == '\n') {
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
      }
      sb.append((char) c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    socket = null;
  }
}

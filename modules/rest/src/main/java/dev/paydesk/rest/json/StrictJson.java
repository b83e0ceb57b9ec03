package dev.paydesk.rest.json;

import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemException;
import dev.paydesk.rest.problem.ProblemType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a request body as exactly one JSON object: refuses anything else (an array, a bare value),
 * a key given twice (JSON parsers silently keep the last, so two readers could see two different
 * requests), anything after the object, and bodies over a size. JSON-B alone accepts all of these.
 */
public final class StrictJson {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  /** How much of a refused oversized body is read and dropped before answering. */
  static final long DRAIN_LIMIT = 16L * 1024 * 1024;

  private StrictJson() {}

  /**
   * @throws ProblemException {@code 413 body-too-large} over {@code maxBytes}, {@code 400
   *     malformed-body} for anything but one well-formed object
   */
  public static JsonObject readObject(InputStream body, int maxBytes) {
    byte[] bytes = readAtMost(body, maxBytes);
    try (JsonParser parser = JSONP.createParser(new ByteArrayInputStream(bytes))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw malformed("The body must be one JSON object.");
      }
      JsonObject object = object(parser);
      if (parser.hasNext()) {
        throw malformed("Nothing may follow the JSON object.");
      }
      return object;
    } catch (JsonParsingException e) {
      throw malformed(
          "Not valid JSON at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ".");
    } catch (jakarta.json.JsonException e) {
      throw malformed("Not valid JSON (" + e.getMessage() + ").");
    }
  }

  private static JsonObject object(JsonParser parser) {
    JsonObjectBuilder object = JSONP.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    while (true) {
      JsonParser.Event event = parser.next();
      if (event == JsonParser.Event.END_OBJECT) {
        return object.build();
      }
      String key = parser.getString();
      if (!keys.add(key)) {
        throw malformed("The key \"" + shorten(key) + "\" is given twice.");
      }
      object.add(key, value(parser, parser.next()));
    }
  }

  private static JsonValue value(JsonParser parser, JsonParser.Event event) {
    return switch (event) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> {
        JsonArrayBuilder array = JSONP.createArrayBuilder();
        for (JsonParser.Event next = parser.next();
            next != JsonParser.Event.END_ARRAY;
            next = parser.next()) {
          array.add(value(parser, next));
        }
        yield array.build();
      }
      default -> parser.getValue();
    };
  }

  private static byte[] readAtMost(InputStream body, int maxBytes) {
    try {
      byte[] bytes = body.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        // read what remains (up to a bound) so that the client, still sending, gets the answer
        // rather than a connection closed under it
        drain(body);
        throw new ProblemException(
            Problem.of(
                ProblemType.BODY_TOO_LARGE,
                "The request body is too large",
                413,
                "A request body here is at most " + maxBytes + " bytes."));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void drain(InputStream body) throws IOException {
    long left = DRAIN_LIMIT;
    while (left > 0) {
      long skipped = body.skip(left);
      if (skipped <= 0) {
        if (body.read() < 0) {
          return;
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  static ProblemException malformed(String detail) {
    return new ProblemException(
        Problem.of(
            ProblemType.MALFORMED_BODY,
            "The request body is not valid JSON for this operation",
            400,
            detail));
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}

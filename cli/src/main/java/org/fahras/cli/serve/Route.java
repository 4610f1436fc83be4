package org.fahras.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One route of the server: its exact path, GET and HEAD only, the security headers on every answer, and every failure
 * as JSON with its status ({@link ApiError}: 400, 403, 404, 405; anything unexpected: 500 with a one-line message,
 * never a stack trace). A client that goes away mid-answer costs only its own exchange.
 */
abstract class Route implements HttpHandler {
  /** Compact JSON; Jackson's mapper is thread-safe once configured. */
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * No script but the page's own file, no inline script or style, no plugin, no frame, nothing from elsewhere; and
   * Trusted Types, so that even a mistaken {@code innerHTML} of a string throws in browsers that enforce them.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none';"
          + " require-trusted-types-for 'script'; trusted-types 'none'";

  static final String JSON_TYPE = "application/json; charset=utf-8";

  /**
   * What a route answers: a content type, the bytes, and a {@code Server-Timing} header value (or null) saying where
   * the server's time went.
   */
  record Answer(String contentType, byte[] body, String cacheControl, String timing) {
    static Answer json(Object value) {
      try {
        return new Answer(JSON_TYPE, JSON.writeValueAsBytes(value), "no-store", null);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    }

    /** JSON already written, with where the server's time went. */
    static Answer json(byte[] json, String timing) {
      return new Answer(JSON_TYPE, json, "no-store", timing);
    }
  }

  private final String path;
  private final Predicate<String> hostAllowed;
  private final Consumer<String> log;

  /**
   * @param path the exact path this route answers ({@code null}: any path its context receives)
   * @param hostAllowed whether a request's {@code Host} header names this server (DNS rebinding guard)
   * @param log where unexpected failures are reported, one line each
   */
  Route(String path, Predicate<String> hostAllowed, Consumer<String> log) {
    this.path = path;
    this.hostAllowed = hostAllowed;
    this.log = log;
  }

  /** The answer to a GET of this route; throws {@link ApiError} to refuse it. */
  abstract Answer answer(HttpExchange exchange) throws IOException;

  @Override
  public final void handle(HttpExchange exchange) {
    try (exchange) {
      int status = 200;
      Answer answer;
      try {
        answer = check(exchange);
      } catch (ApiError e) {
        status = e.status();
        answer = Answer.json(e.body());
      } catch (RuntimeException | IOException e) {
        // Not the client's fault: say so in one line on the server's stderr, and send the client no internals.
        log.accept("fahras serve: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
            + " failed: " + e);
        status = 500;
        answer = Answer.json(new ApiError(500, "the server failed to answer this request; see its log", null, null).body());
      }
      send(exchange, status, answer);
    } catch (IOException e) {
      // The client closed the connection before the answer was written: nothing to answer, nobody to tell.
    }
  }

  private Answer check(HttpExchange exchange) throws IOException {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host != null && !hostAllowed.test(host)) {
      throw new ApiError(403, "this server answers requests for its own address only, not for host '" + host + "'", null, null);
    }
    String rawPath = exchange.getRequestURI().getRawPath();
    if (path != null && !path.equals(rawPath)) {
      throw ApiError.notFound(rawPath);
    }
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      throw new ApiError(405, "method " + method + " is not allowed here; use GET", null, null);
    }
    return answer(exchange);
  }

  private static void send(HttpExchange exchange, int status, Answer answer) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", answer.contentType());
    headers.set("Cache-Control", answer.cacheControl());
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    if (answer.timing() != null) {
      headers.set("Server-Timing", answer.timing());
    }
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] body = answer.body();
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}

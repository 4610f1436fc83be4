package org.fahras.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The search page: a fixed set of files bundled in the jar under {@value #FOLDER}, read once at start and served from
 * memory. A request names one of them exactly or gets a 404: no other path, no folder listing, no file system.
 */
final class PageRoute extends Route {
  static final String FOLDER = "/org/fahras/cli/serve/page/";

  /** URL path → bundled file and its content type. */
  private static final Map<String, String[]> FILES =
      Map.of(
          "/", new String[] {"index.html", "text/html; charset=utf-8"},
          "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
          "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
          "/style.css", new String[] {"style.css", "text/css; charset=utf-8"},
          "/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});

  private final Map<String, Answer> answers;

  PageRoute(Predicate<String> hostAllowed, Consumer<String> log) {
    super(null, hostAllowed, log);
    Map<String, Answer> loaded = new HashMap<>();
    FILES.forEach((path, file) -> loaded.put(path, new Answer(file[1], read(file[0]), "no-cache", null)));
    this.answers = Map.copyOf(loaded);
  }

  private static byte[] read(String name) {
    try (InputStream in = PageRoute.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the page file " + FOLDER + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the page file " + name, e);
    }
  }

  @Override
  Answer answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    Answer answer = answers.get(path);
    if (answer == null) {
      throw ApiError.notFound(path);
    }
    return answer;
  }
}

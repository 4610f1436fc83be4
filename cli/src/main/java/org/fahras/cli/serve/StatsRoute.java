package org.fahras.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fahras.Fahras;
import org.fahras.cli.JsonViews;

/** {@code GET /api/stats}: what the index holds, as {@code fahras stats --json} prints it. */
final class StatsRoute extends Route {
  static final String PATH = "/api/stats";

  private final Fahras fahras;

  StatsRoute(Fahras fahras, Predicate<String> hostAllowed, Consumer<String> log) {
    super(PATH, hostAllowed, log);
    this.fahras = fahras;
  }

  @Override
  Answer answer(HttpExchange exchange) throws IOException {
    Params.of(exchange.getRequestURI(), Set.of());
    return Answer.json(JsonViews.stats(fahras.stats()));
  }
}

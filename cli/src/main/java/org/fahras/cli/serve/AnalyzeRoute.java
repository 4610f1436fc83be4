package org.fahras.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.Closeable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.cli.JsonViews;

/**
 * {@code GET /api/analyze?text=…[&profile=…]}: the tokens a profile makes of a text, as {@code fahras analyze --json}
 * prints them. The profile defaults to the served index's own: what its documents and queries see.
 */
final class AnalyzeRoute extends Route implements Closeable {
  static final String PATH = "/api/analyze";
  /** The longest text analyzed. */
  static final int MAX_TEXT_CHARS = 100_000;
  private static final Set<String> PARAMETERS = new LinkedHashSet<>(List.of("text", "profile"));

  private final AnalyzerProfile indexProfile;
  /** One analyzer per profile, made on first use; analyzers are thread-safe. */
  private final Map<AnalyzerProfile, Analyzer> analyzers = new ConcurrentHashMap<>();

  AnalyzeRoute(AnalyzerProfile indexProfile, Predicate<String> hostAllowed, Consumer<String> log) {
    super(PATH, hostAllowed, log);
    this.indexProfile = indexProfile;
  }

  @Override
  Answer answer(HttpExchange exchange) {
    Params params = Params.of(exchange.getRequestURI(), PARAMETERS);
    String text = text(params);
    AnalyzerProfile profile = indexProfile;
    String name = params.get("profile");
    if (name != null) {
      try {
        profile = AnalyzerProfile.byId(name);
      } catch (IllegalArgumentException e) {
        throw ApiError.badParameter("profile", e.getMessage());
      }
    }
    Analyzer analyzer = analyzers.computeIfAbsent(profile, AnalyzerProfile::newAnalyzer);
    return Answer.json(JsonViews.analysis(profile, JsonViews.tokens(analyzer, text)));
  }

  /** The {@code text} parameter, required and at most {@value #MAX_TEXT_CHARS} characters. */
  static String text(Params params) {
    String text = params.required("text");
    if (text.length() > MAX_TEXT_CHARS) {
      throw ApiError.badParameter(
          "text", "text has " + text.length() + " characters; the limit is " + MAX_TEXT_CHARS);
    }
    return text;
  }

  @Override
  public void close() {
    analyzers.values().forEach(Analyzer::close);
  }
}

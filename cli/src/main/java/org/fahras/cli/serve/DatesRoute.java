package org.fahras.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fahras.cli.AsOf;
import org.fahras.cli.JsonViews;
import org.fahras.time.TemporalTagger;

/**
 * {@code GET /api/dates?text=…[&ref=…][&article=1]}: the times a text mentions, as {@code fahras dates --json} prints
 * them. Relative times resolve against {@code ref} (default today, UTC). With {@code article=1} the text is read as
 * {@code fahras dates --file} reads an article: its publication date comes from its header and is the default {@code
 * ref}.
 */
final class DatesRoute extends Route {
  static final String PATH = "/api/dates";
  private static final Set<String> PARAMETERS = new LinkedHashSet<>(List.of("text", "ref", "article"));

  private final TemporalTagger tagger;
  private final Clock clock;

  DatesRoute(TemporalTagger tagger, Clock clock, Predicate<String> hostAllowed, Consumer<String> log) {
    super(PATH, hostAllowed, log);
    this.tagger = tagger;
    this.clock = clock;
  }

  @Override
  Answer answer(HttpExchange exchange) {
    Params params = Params.of(exchange.getRequestURI(), PARAMETERS);
    String text = AnalyzeRoute.text(params);
    LocalDate published = params.flag("article", false) ? tagger.publicationDate(text).orElse(null) : null;
    String ref = params.get("ref");
    LocalDate day;
    try {
      day = ref == null && published != null ? published : AsOf.parse(ref, "ref", clock);
    } catch (IllegalArgumentException e) {
      throw ApiError.badParameter("ref", e.getMessage());
    }
    Map<String, Object> json = JsonViews.dates(published, tagger.tag(text, day));
    json.put("ref", day.toString());
    return Answer.json(json);
  }
}

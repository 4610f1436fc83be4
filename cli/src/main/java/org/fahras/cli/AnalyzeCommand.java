package org.fahras.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.AnalyzedToken;
import org.fahras.analysis.AnalyzerProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras analyze}: shows the tokens a profile makes of a text, like Elasticsearch's {@code _analyze}. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Print the tokens a profile makes of TEXT, each with its position and character offsets.",
      "Like Elasticsearch's _analyze: what the index and the queries see of a text."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "fahras",
      description = "Analyzer profile: standard, lucene-arabic, fahras or fahras-lean (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--json", description = "Print JSON: {\"profile\", \"tokens\": [{\"term\", \"start\", \"end\", \"position\"}]}.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text to analyze (several words are joined by spaces).")
  List<String> words;

  @Override
  public Integer call() {
    AnalyzerProfile chosen = AnalyzerProfile.byId(profile);
    String text = String.join(" ", words);
    List<AnalyzedToken> tokens;
    try (Analyzer analyzer = chosen.newAnalyzer()) {
      tokens = JsonViews.tokens(analyzer, text);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(JsonViews.analysis(chosen, tokens)));
    } else {
      out.printf("%-8s %6s %6s  %s%n", "position", "start", "end", "term");
      for (AnalyzedToken token : tokens) {
        out.printf("%-8d %6d %6d  %s%n", token.position(), token.start(), token.end(), token.term());
      }
    }
    return FahrasCli.OK;
  }
}

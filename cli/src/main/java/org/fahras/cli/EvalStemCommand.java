package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.eval.StemmingAgreement;
import org.fahras.eval.StemmingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras eval-stem}: how often a profile's stem equals a gold light stem. */
@Command(
    name = "eval-stem",
    mixinStandardHelpOptions = true,
    description = {
      "Measure how often a profile's stems agree with a gold segmentation.",
      "The gold file is in the Farasa WikiNews format: word+with+segments<TAB>POS+POS. A noun, adjective or verb"
          + " token agrees when the profile makes exactly one token equal to the gold stem (prefix clitics and"
          + " suffixes removed, normalized the profile's way)."
    })
final class EvalStemCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold segmentation TSV.")
  Path gold;

  @Option(
      names = "--profile",
      paramLabel = "P[,P...]",
      split = ",",
      defaultValue = "fahras",
      description = "Profiles to measure (default: ${DEFAULT-VALUE}).")
  List<String> profiles;

  @Option(names = "--json", description = "Print JSON: {\"profile\", \"tokens\", \"agreement\"} (a list for several profiles).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("no gold file at " + gold);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String name : profiles) {
      AnalyzerProfile profile = AnalyzerProfile.byId(name);
      StemmingResult result;
      try (Analyzer analyzer = profile.newAnalyzer()) {
        result = StemmingAgreement.measure(gold, analyzer);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("profile", profile.id());
      row.put("tokens", result.tokens());
      row.put("agreement", result.agreement());
      rows.add(row);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(rows.size() == 1 ? rows.get(0) : rows));
    } else {
      out.printf("%-14s %7s %9s%n", "profile", "tokens", "agreement");
      for (Map<String, Object> row : rows) {
        out.printf(
            java.util.Locale.ROOT,
            "%-14s %7d %8.1f%%%n",
            row.get("profile"),
            row.get("tokens"),
            100 * (double) row.get("agreement"));
      }
    }
    return FahrasCli.OK;
  }
}

package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Rejection;
import org.fahras.eval.EvalListener;
import org.fahras.eval.EvalReport;
import org.fahras.eval.EvalSystem;
import org.fahras.eval.Qrels;
import org.fahras.eval.Queries;
import org.fahras.eval.RetrievalEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras eval}: indexes a document set once per profile, runs the queries, scores and compares the runs. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate analyzer profiles on a test collection: nDCG@10, MRR@10, MAP@100, recall@100 and P@1 per profile,"
          + " each compared with the first.",
      "Indexes the documents once per profile (in a temporary folder unless --index is given), runs every query"
          + " (top 100), scores with trec_eval's definitions, and compares each profile with the first"
          + " (wins/ties/losses, paired randomization and t-test p-values). Query syntax characters (quotes,"
          + " leading -, name:) are searched as plain words. The runs are written to a new temporary folder, named"
          + " on stderr, unless --runs is given."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--docs", required = true, paramLabel = "FILE", description = "Documents: JSON Lines with id, title, text and optionally date, as 'fahras index' reads them (.jsonl or .jsonl.gz).")
  Path docs;

  @Option(names = "--queries", required = true, paramLabel = "FILE", description = "Queries: qid<TAB>text lines, or TREC topics.")
  Path queries;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "Judgments in TREC qrels format: qid 0 docid relevance.")
  Path qrels;

  @Option(names = "--profile", paramLabel = "LIST", split = ",", defaultValue = "fahras,lucene-arabic,standard", description = "Profiles to compare, the first being the baseline (default: ${DEFAULT-VALUE}).")
  List<String> profiles;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Resolve relative dates and measure recency from this day (default: today, UTC).")
  String asOf;

  @Option(names = "--recency", paramLabel = "HALF-LIFE", defaultValue = "0", description = "Recency half-life: 30d, 2w, 6m, 1y; 0 ranks without recency (default: ${DEFAULT-VALUE}).")
  String recency;

  @Option(names = "--intent", paramLabel = "on|off|both", defaultValue = "on", description = "Temporal intent of queries that name a time; 'both' evaluates each profile with it (PROFILE) and without it (PROFILE-nointent) (default: ${DEFAULT-VALUE}).")
  String intent;

  @Option(names = "--index", paramLabel = "DIR", description = "Keep the indexes in DIR/PROFILE and reuse those already there (delete them when the documents change).")
  Path index;

  @Option(
      names = {"--runs", "--run-dir"},
      paramLabel = "DIR",
      description = "Write each system's TREC run (qid Q0 docid rank score tag, for trec_eval) to DIR/NAME.run"
          + " (default: a new temporary folder).")
  Path runDir;

  @Option(names = "--json", description = "Print JSON: {profiles: {NAME: {ndcg@10, mrr@10, map@100, recall@100, p@1, queries}}, comparisons: [...]}.")
  boolean json;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    for (Path file : List.of(docs, queries, qrels)) {
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
    }
    LocalDate day = AsOf.parse(asOf, "--as-of", clock);
    double halfLife = Durations.days(recency, "--recency");
    RetrievalEvaluation.Builder evaluation =
        RetrievalEvaluation.builder(Queries.read(queries), Qrels.read(qrels)).documents(docs);
    for (EvalSystem system : systems(day, halfLife)) {
      evaluation.system(system);
    }
    if (index != null) {
      evaluation.indexDirectory(index);
    }
    PrintWriter err = spec.commandLine().getErr();
    Warnings warnings = new Warnings(err);
    EvalReport report = evaluation.listener(warnings).build().run();
    warnings.summarize();
    Path runs = runDir != null ? runDir : Files.createTempDirectory("fahras-eval-runs-");
    report.writeRuns(runs);
    err.println("runs written to " + runs);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(report.toJson()));
    } else {
      out.printf(Locale.ROOT, "as-of %s, recency %s, intent %s%n%n", day, halfLife == 0 ? "off" : halfLife + " days",
          intent);
      out.print(report.formatTable());
    }
    return FahrasCli.OK;
  }

  /** One system per profile, or two with {@code --intent both}. */
  private List<EvalSystem> systems(LocalDate day, double halfLife) {
    if (!List.of("on", "off", "both").contains(intent)) {
      throw new IllegalArgumentException("--intent takes on, off or both, not '" + intent + "'");
    }
    return profiles.stream()
        .map(AnalyzerProfile::byId)
        .distinct()
        .flatMap(profile -> {
          EvalSystem on = new EvalSystem(profile.id(), profile, day, halfLife, true);
          EvalSystem off = new EvalSystem(
              profile.id() + (intent.equals("both") ? EvalSystem.NO_INTENT_SUFFIX : ""), profile, day, halfLife, false);
          return switch (intent) {
            case "on" -> List.of(on).stream();
            case "off" -> List.of(off).stream();
            default -> List.of(on, off).stream();
          };
        })
        .toList();
  }

  /** Reports progress and problems on stderr: each failed query, and rejected records counted, the first few shown. */
  private static final class Warnings implements EvalListener {
    private static final int SHOWN = 5;
    private final PrintWriter err;
    private long rejected;

    Warnings(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void indexing(AnalyzerProfile profile) {
      err.println("indexing with " + profile.id() + "…");
      err.flush();
    }

    @Override
    public void rejected(Rejection rejection) {
      if (++rejected <= SHOWN) {
        err.println("rejected: " + rejection);
      }
    }

    @Override
    public void queryFailed(String system, String queryId, String problem) {
      err.println("warning: " + system + ": query " + queryId + " failed and counts as an empty ranking: " + problem);
    }

    void summarize() {
      if (rejected > SHOWN) {
        err.println("rejected " + rejected + " records in all (" + (rejected - SHOWN) + " not shown)");
      }
      err.flush();
    }
  }
}

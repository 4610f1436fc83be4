package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fahras.document.Rejection;
import org.fahras.eval.EvalListener;
import org.fahras.eval.KnownItemGenerator;
import org.fahras.eval.KnownItemSet;
import org.fahras.eval.TemporalCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras temporal-set}: generates a temporal known-item evaluation set from a dated corpus. */
@Command(
    name = "temporal-set",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a temporal known-item evaluation set (queries and judgments) from a dated JSON Lines corpus.",
      "Each query is one or two title words of an article plus its publication month (أيلول 2018، سبتمبر 2018،"
          + " 9/2018، ٠٩/٢٠١٨); that article is the one relevant document. Deterministic for a seed. Writes"
          + " OUT/queries.tsv and OUT/qrels.txt; evaluate with: fahras eval --docs CORPUS --queries OUT/queries.tsv"
          + " --qrels OUT/qrels.txt --intent both --as-of DATE"
    })
final class TemporalSetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Dated corpus: JSON Lines with id, title, text and date, as 'fahras index' reads them (.jsonl or .jsonl.gz); undated articles are left out.")
  Path corpus;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write queries.tsv and qrels.txt to (created).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20260101", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "How many queries, at most (default: ${DEFAULT-VALUE}).")
  int queries;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(corpus)) {
      throw new IllegalArgumentException("no such file: " + corpus);
    }
    if (queries < 1) {
      throw new IllegalArgumentException("--queries must be at least 1, not " + queries);
    }
    PrintWriter err = spec.commandLine().getErr();
    long[] rejected = new long[1];
    TemporalCorpus articles = TemporalCorpus.read(corpus, new EvalListener() {
      @Override
      public void rejected(Rejection rejection) {
        rejected[0]++;
      }
    });
    if (rejected[0] > 0) {
      err.println("skipped " + Plural.of(rejected[0], "unreadable record") + " of " + corpus);
    }
    KnownItemSet set = articles.knownItems(KnownItemGenerator.Options.defaults(seed, queries));
    Files.createDirectories(out);
    set.write(out);
    spec.commandLine().getOut().println("wrote " + Plural.of(set.items().size(), "known-item query", "known-item queries")
        + " from " + Plural.of(articles.articles().size(), "article") + " to " + out.resolve(KnownItemSet.QUERIES_FILE) + " and "
        + out.resolve(KnownItemSet.QRELS_FILE));
    return FahrasCli.OK;
  }
}

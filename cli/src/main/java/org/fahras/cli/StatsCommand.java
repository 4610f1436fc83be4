package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.fahras.Fahras;
import org.fahras.IndexStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fahras stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Show what the index holds: articles, publication date range, profile, size on disk and articles per source.",
      "Only committed articles and the files of the latest commit count: what a running or killed 'fahras index' has"
          + " not committed is not there yet."
    })
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexFolder location;
  @Mixin ProfileCheck profile;

  @Option(
      names = "--json",
      description = "Print JSON: {documents, published_min, published_max, sources: {NAME: count}, profile, bytes};"
          + " a date is null when no article is dated.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    IndexStats stats;
    try (Fahras fahras = location.openExisting(profile.profile)) {
      stats = fahras.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(JsonViews.stats(stats)));
    } else {
      out.printf("documents  %d%n", stats.documents());
      out.printf(
          "published  %s%n",
          stats.publishedMin() == null ? "no dated article" : stats.publishedMin() + " … " + stats.publishedMax());
      out.printf("profile    %s%n", stats.profile().id());
      out.printf(java.util.Locale.ROOT, "size       %.1f MB%n", stats.bytes() / 1e6);
      out.printf("sources    %d%n", stats.sources().size());
      new java.util.TreeMap<>(stats.sources()).forEach((name, count) -> out.printf("  %8d  %s%n", count, name));
    }
    return FahrasCli.OK;
  }
}

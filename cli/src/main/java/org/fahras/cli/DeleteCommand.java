package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.Fahras;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras delete}: removes articles by id. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete articles by id.",
      "Ids are matched exactly, as stored: take them from piped output (fahras search ... | awk) or --json, not from"
          + " a terminal's copy, which may hold invisible direction marks. Unknown ids are ignored; the command says"
          + " how many articles it deleted."
    })
final class DeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexFolder location;
  @Mixin ProfileCheck profile;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids, as 'fahras search' prints them.")
  List<String> ids;

  private static boolean hasDirectionMarks(String id) {
    return id.chars().anyMatch(c -> c == '\u200E' || c == '\u200F' || (c >= '\u2066' && c <= '\u2069'));
  }

  @Override
  public Integer call() throws IOException {
    long before;
    long after;
    try (Fahras fahras = location.openExisting(profile.profile)) {
      before = fahras.stats().documents();
      fahras.delete(ids.toArray(String[]::new));
      fahras.commit();
      after = fahras.stats().documents();
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("fahras: deleted %s; the index holds %s%n", Plural.of(before - after, "article"), Plural.of(after, "article"));
    if (before == after && ids.stream().anyMatch(DeleteCommand::hasDirectionMarks)) {
      err.println("fahras: no article has these ids; they hold invisible direction marks (U+200E, U+200F, U+2066..U+2069)"
          + " that a terminal copy adds: copy ids from piped output or --json");
    }
    return FahrasCli.OK;
  }
}

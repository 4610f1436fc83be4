package org.fahras.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.fahras.Fahras;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fahras delete}: removes articles by id. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete articles by id (unknown ids are ignored).")
final class DeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexLocation location;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids, as `fahras search` shows them.")
  List<String> ids;

  @Override
  public Integer call() throws IOException {
    long before;
    long after;
    try (Fahras fahras = location.openExisting()) {
      before = fahras.stats().documents();
      fahras.delete(ids.toArray(String[]::new));
      fahras.commit();
      after = fahras.stats().documents();
    }
    spec.commandLine().getErr().printf("fahras: deleted %d articles; the index holds %d%n", before - after, after);
    return FahrasCli.OK;
  }
}

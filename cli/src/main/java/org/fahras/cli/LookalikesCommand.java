package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fahras.analysis.ProcliticLookalikes;
import org.fahras.document.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fahras lookalikes}: derives the stemmer's list of words whose first letter only looks like a proclitic, from
 * a corpus. How the list shipped in fahras-core was made, and how to remake it from other text.
 */
@Command(
    name = "lookalikes",
    mixinStandardHelpOptions = true,
    description = {
      "Derive from articles the stemmer's list of words whose first letter only looks like a proclitic.",
      "These are words whose first letter looks like the proclitic و, ف, ب, ل or ك but is the word's own (وزير،"
          + " برنامج، بيروت); they are printed one a line to stdout. Inputs are read as 'fahras index' reads them;"
          + " rejected records are left out without a message. fahras-core's list came from: fahras lookalikes"
          + " ../shared/corpus/*.jsonl.gz"
    })
final class LookalikesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders, .txt files or .jsonl/.jsonl.gz files.")
  List<Path> inputs;

  @Override
  public Integer call() throws IOException {
    ProcliticLookalikes.Deriver deriver = new ProcliticLookalikes.Deriver();
    for (Path input : inputs) {
      ArticleReader.forInput(input, text -> Optional.empty())
          .read(
              input,
              article -> {
                deriver.add(article.title());
                deriver.add(article.body());
              },
              rejection -> {});
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String word : deriver.lookalikes()) {
      out.println(word);
    }
    return FahrasCli.OK;
  }
}

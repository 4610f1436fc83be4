package org.fahras.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fahras.time.TemporalMention;
import org.fahras.time.TemporalTagger;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fahras dates}: the publication date of an article and every time it mentions. */
@Command(
    name = "dates",
    mixinStandardHelpOptions = true,
    description = {
      "Find the dates an Arabic text mentions (and, for a file, its publication date), normalized to ISO-8601.",
      "One line per date: start and end offsets, the value (a day, month, year or range), its granularity and the"
          + " words. When the text mentions no date, the command says \"no dates found\" and exits with 0, as a"
          + " search without hits does; --json then has an empty list."
    })
final class DatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand FahrasCli parent;

  @Option(names = "--ref", paramLabel = "YYYY-MM-DD", description = "Resolve relative dates (أمس، الشهر الماضي) against this day (default: the file's publication date, else today, UTC).")
  String reference;

  @Option(names = "--json", description = "Print JSON: {published, mentions: [{text, start, end, value, granularity}]}.")
  boolean json;

  @ArgGroup(multiplicity = "1")
  Input input;

  /** Text on the command line, or a file. */
  static final class Input {
    @Option(names = "--file", paramLabel = "FILE", description = "Read an article from FILE (UTF-8).")
    Path file;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Text to tag.")
    List<String> words;
  }

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    TemporalTagger tagger = new TemporalTagger();
    String text;
    Optional<LocalDate> published = Optional.empty();
    if (input.file != null) {
      text = Files.readString(input.file, StandardCharsets.UTF_8);
      published = tagger.publicationDate(text);
    } else {
      text = String.join(" ", input.words);
    }
    LocalDate day = reference != null ? AsOf.parse(reference, "--ref", clock) : published.orElse(LocalDate.now(clock));
    List<TemporalMention> mentions = tagger.tag(text, day);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(JsonViews.dates(published.orElse(null), mentions)));
    } else {
      if (input.file != null) {
        out.println("published  " + published.map(LocalDate::toString).orElse("(none in the header)"));
      }
      Terminal terminal = parent == null ? Terminal.NONE : parent.terminal;
      for (TemporalMention mention : mentions) {
        out.printf(
            "%6d-%-6d %-24s %-8s %s%n",
            mention.start(),
            mention.end(),
            mention.isoValue(),
            mention.granularity().name().toLowerCase(java.util.Locale.ROOT),
            terminal.rtl(mention.text()));
      }
      if (mentions.isEmpty()) {
        out.println(input.file != null ? "no dates found in the text" : "no dates found");
      }
    }
    return FahrasCli.OK;
  }
}

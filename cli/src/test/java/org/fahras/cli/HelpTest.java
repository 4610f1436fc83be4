package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's help reads whole: no sentence cut, no token broken across lines, the right words for --profile. */
class HelpTest {
  private static final Path README = Path.of("..", "README.md");

  /** The subcommands as the CLI registers them, name to spec. */
  private static Map<String, CommandLine> commands() {
    return new CommandLine(new FahrasCli()).getSubcommands();
  }

  private static String help(String... command) {
    String[] args = new String[command.length + 1];
    System.arraycopy(command, 0, args, 0, command.length);
    args[command.length] = "--help";
    Cli.Result result = Cli.run(args);
    assertEquals(FahrasCli.OK, result.code(), result.err());
    return result.out();
  }

  private static String words(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  /** Every text a command's help shows: its description paragraphs and each option's and parameter's description. */
  private static List<String> texts(CommandSpec spec) {
    List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
    List<ArgSpec> args = new ArrayList<>(spec.options());
    args.addAll(spec.positionalParameters());
    for (ArgSpec arg : args) {
      texts.add(String.join(" ", arg.renderedDescription()));
    }
    return texts;
  }

  @Test
  void everyHelpTextIsPrintedWholeAndNoLineIsTooLong() {
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      if (command.getKey().equals("help")) {
        continue;
      }
      String help = help(command.getKey());
      for (String text : texts(command.getValue().getCommandSpec())) {
        // A line break inside a token ("(.jsonl" as "(." and "jsonl") would put a space into it.
        assertTrue(words(help).contains(words(text)), command.getKey() + " --help lost or broke: " + text + "\n" + help);
      }
      for (String line : help.split("\n")) {
        assertTrue(line.length() <= HelpLayout.WIDTH || !line.trim().contains(" "), command.getKey() + ": " + line);
      }
    }
  }

  @Test
  void theCommandListShowsEverySummaryWhole() {
    String help = help();
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      String summary = HelpLayout.summary(command.getValue().getCommandSpec());
      assertTrue(summary.endsWith("."), command.getKey() + ": a summary is a sentence: " + summary);
      assertTrue(words(help).contains(command.getKey() + " " + words(summary)), command.getKey() + "\n" + help);
    }
  }

  @Test
  void profileSaysWhatItDoesForEachCommand() {
    String index = words(help("index"));
    assertTrue(index.contains("--profile=PROFILE Analyzer profile of a new index"), index);
    for (String command : List.of("search", "stats", "delete")) {
      String help = words(help(command));
      assertFalse(help.contains("new index"), command + ": " + help);
      assertFalse(help.contains("defaults to"), command + ": " + help);
      assertTrue(help.contains("--profile=PROFILE Fail unless the index was built with this analyzer profile"), help);
    }
  }

  @Test
  void indexHelpDocumentsTheInputFormats() {
    String help = words(help("index"));
    for (String field : List.of("id (required", "title", "text (or body)", "date (or published)", "source", "url",
        "category", "2024-09-06T18:04:00Z", "--strict rejects", "Plain text:", "The id is the file's path",
        "The date is the publication date the header states", "The source is the outlet")) {
      assertTrue(help.contains(field), field + " in: " + help);
    }
  }

  @Test
  void theReadmeTableListsEveryCommand() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String table = readme.substring(readme.indexOf("## The command line"), readme.indexOf("Query syntax:"));
    for (String command : commands().keySet()) {
      if (!command.equals("help")) {
        assertTrue(table.contains("| `fahras " + command + " "), command + " missing from the README's table");
      }
    }
    for (String field : List.of("`id`", "`title`", "`text`", "`body`", "`date`", "`published`", "`source`", "`url`",
        "`category`", "`.txt`")) {
      assertTrue(readme.contains(field), field + " is not documented in the README");
    }
  }
}

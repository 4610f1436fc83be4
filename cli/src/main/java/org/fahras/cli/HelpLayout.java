package org.fahras.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays out the help's prose sections: descriptions, parameters, options, the command list and exit codes. Picocli's
 * own layout breaks lines where {@link java.text.BreakIterator} allows, which is inside tokens such as {@code (.jsonl}
 * or {@code source:NAME}, and its command list shows only the first line of a description. Here lines break at spaces
 * only (a token longer than the line stays whole), each element of a {@code description} is a paragraph, and the
 * command list shows each command's first paragraph, its one-sentence summary, whole.
 */
final class HelpLayout {
  /** The help's width in columns, picocli's default. */
  static final int WIDTH = 80;
  /** The widest option label column; a longer label puts its description on the next line. */
  private static final int MAX_LABEL = 28;

  private HelpLayout() {}

  /** Uses this layout for {@code commandLine} and all its subcommands. */
  static void install(CommandLine commandLine) {
    Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
    sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> paragraphs(help.commandSpec().usageMessage().description()));
    sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> parameters(help.commandSpec()));
    sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> options(help.commandSpec()));
    sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
    sections.put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST, help -> exitCodes(help.commandSpec()));
    commandLine.setHelpSectionMap(sections);
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      install(subcommand);
    }
  }

  /** A command's summary: its header when it has one (picocli's {@code help} has), else its first paragraph. */
  static String summary(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    String[] description = spec.usageMessage().description();
    return header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
  }

  /** The description: a blank line, then its paragraphs with a blank line after each. */
  private static String paragraphs(String[] paragraphs) {
    StringBuilder text = new StringBuilder();
    for (String paragraph : paragraphs) {
      text.append('\n').append(String.join("\n", wrap(paragraph, WIDTH))).append('\n');
    }
    return text.isEmpty() ? "" : text.append('\n').toString();
  }

  private static String parameters(CommandSpec spec) {
    List<String[]> rows = new ArrayList<>();
    for (PositionalParamSpec parameter : spec.positionalParameters()) {
      if (!parameter.hidden()) {
        String label = parameter.paramLabel() + (parameter.arity().max() > 1 ? "..." : "");
        rows.add(new String[] {"      " + label, description(parameter)});
      }
    }
    return table(rows, labelWidth(spec));
  }

  private static String options(CommandSpec spec) {
    List<OptionSpec> options = new ArrayList<>(spec.options());
    options.removeIf(OptionSpec::hidden);
    options.sort(Comparator.comparing(option -> option.longestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT)));
    List<String[]> rows = new ArrayList<>();
    for (OptionSpec option : options) {
      rows.add(new String[] {label(option), description(option)});
    }
    return table(rows, labelWidth(spec));
  }

  /** {@code "  -n, --limit=N"} or {@code "      --and"}, as picocli lays them out. */
  private static String label(OptionSpec option) {
    String shortName = option.shortestName().startsWith("--") ? null : option.shortestName();
    String longName = option.longestName().startsWith("--") ? option.longestName() : null;
    StringBuilder label = new StringBuilder(shortName == null ? "      " : "  " + shortName + (longName == null ? "" : ", "));
    if (longName != null) {
      label.append(longName);
    }
    if (option.arity().max() > 0) {
      label.append('=').append(option.paramLabel());
    }
    return label.toString();
  }

  private static String description(ArgSpec arg) {
    return String.join(" ", arg.renderedDescription());
  }

  /** The label column of a command: its widest label, within bounds. */
  private static int labelWidth(CommandSpec spec) {
    int widest = 0;
    for (OptionSpec option : spec.options()) {
      widest = Math.max(widest, label(option).length());
    }
    for (PositionalParamSpec parameter : spec.positionalParameters()) {
      widest = Math.max(widest, parameter.paramLabel().length() + 9);
    }
    return Math.min(widest + 2, MAX_LABEL);
  }

  private static String commands(Help help) {
    List<String[]> rows = new ArrayList<>();
    int widest = 0;
    for (Map.Entry<String, Help> entry : help.subcommands().entrySet()) {
      widest = Math.max(widest, entry.getKey().length());
      rows.add(new String[] {"  " + entry.getKey(), summary(entry.getValue().commandSpec())});
    }
    return table(rows, widest + 4);
  }

  private static String exitCodes(CommandSpec spec) {
    List<String[]> rows = new ArrayList<>();
    int widest = 0;
    for (Map.Entry<String, String> entry : spec.usageMessage().exitCodeList().entrySet()) {
      widest = Math.max(widest, entry.getKey().length());
      rows.add(new String[] {"  " + entry.getKey(), entry.getValue()});
    }
    return table(rows, widest + 5);
  }

  /** Rows of a label and a text: the text wrapped beside the label, or under it when the label is too wide. */
  private static String table(List<String[]> rows, int labelWidth) {
    StringBuilder text = new StringBuilder();
    String indent = " ".repeat(labelWidth);
    for (String[] row : rows) {
      List<String> lines = wrap(row[1], WIDTH - labelWidth);
      if (row[0].length() + 2 > labelWidth) {
        text.append(row[0]).append('\n');
      } else if (!lines.isEmpty()) {
        text.append(row[0]).append(" ".repeat(labelWidth - row[0].length())).append(lines.remove(0)).append('\n');
      } else {
        text.append(row[0]).append('\n');
      }
      for (String line : lines) {
        text.append(indent).append(line).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * {@code text} in lines of at most {@code width} columns, broken at spaces only; picocli's {@code %n} and a newline
   * end a line.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.replace("%n", "\n").split("\n", -1)) {
      lines.addAll(wrapParagraph(paragraph, width));
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    return lines;
  }

  private static List<String> wrapParagraph(String text, int width) {
    List<String> lines = new ArrayList<>();
    if (text.isBlank()) {
      lines.add("");
      return lines;
    }
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}

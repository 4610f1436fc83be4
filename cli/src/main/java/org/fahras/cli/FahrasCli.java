package org.fahras.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code fahras} command. Exit codes are decided here and only here: {@value #OK} success, {@value #FAILURE}
 * failure, {@value #USAGE} bad usage (unknown flag, bad value, bad query).
 */
@Command(
    name = "fahras",
    mixinStandardHelpOptions = true,
    versionProvider = FahrasCli.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    description = {
      "Arabic news search on Apache Lucene: index articles, search them with Arabic dates understood, and look at"
          + " what the analysis and the date tagger make of a text.",
      "Run 'fahras COMMAND --help' for a command's options."
    },
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      DeleteCommand.class,
      AnalyzeCommand.class,
      DatesCommand.class,
      ServeCommand.class,
      EvalStemCommand.class,
      LookalikesCommand.class,
      EvalCommand.class,
      TemporalSetCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:failure",
      "2:bad usage (flags, values, query syntax)",
      "3:index: some records were rejected, the rest indexed",
      "130:index: stopped by Ctrl-C or SIGTERM; what was read is committed"
    })
public final class FahrasCli implements Callable<Integer> {
  /** Success. */
  public static final int OK = 0;
  /** The command failed (I/O, a broken index...). */
  public static final int FAILURE = 1;
  /** The command was used wrongly: unknown flag, bad value, bad query. */
  public static final int USAGE = 2;
  /** Indexing finished, but some records were rejected. */
  public static final int PARTIAL = 3;
  /** Indexing was stopped by SIGINT or SIGTERM; what was read is committed. 128 + SIGINT, as shells report Ctrl-C. */
  public static final int INTERRUPTED = 130;

  /**
   * Lucene logs a warning when the incubating vector API is not enabled. The CLI does no vector search and enabling
   * the module makes the JVM itself warn on every run, so the CLI quiets that one logger (held here so it is not
   * garbage-collected with its level).
   */
  private static final Logger VECTORIZATION_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

  @Spec CommandSpec spec;

  /** How standard output is shown; commands read it through {@code @ParentCommand}. */
  Terminal terminal = Terminal.NONE;
  /** Ctrl-C and SIGTERM, for the commands that stop cleanly. */
  StopRequest stop = StopRequest.onCall();

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** Entry point of the launcher. The only place that calls {@link System#exit}. */
  public static void main(String[] args) {
    VECTORIZATION_LOG.setLevel(Level.SEVERE);
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code = run(out, err, Terminal.detect(System.getenv()), StopRequest.onSignals(), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line in-process with the given streams, output as into a pipe (plain text); returns the exit
   * code. Tests call this.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, Terminal.NONE, StopRequest.onCall(), args);
  }

  /** Runs one command line with output shown as {@code terminal} says and stop requests from {@code stop}. */
  static int run(PrintWriter out, PrintWriter err, Terminal terminal, StopRequest stop, String... args) {
    FahrasCli cli = new FahrasCli();
    cli.terminal = terminal;
    cli.stop = stop;
    CommandLine commandLine = new CommandLine(cli);
    HelpLayout.install(commandLine);
    // "-word" excludes a word in a query: search takes it as query text, not as an unknown option.
    commandLine.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          boolean usage = exception instanceof IllegalArgumentException;
          err.println("fahras: " + message(exception));
          err.flush();
          return usage ? USAGE : FAILURE;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String message(Throwable exception) {
    String message = exception.getMessage();
    return message == null || message.isBlank() ? exception.toString() : message;
  }

  /** Arabic must print as Arabic whatever the platform's default charset. */
  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FahrasCli.class.getPackage().getImplementationVersion();
      return new String[] {"fahras " + (version == null ? "(development build)" : version)};
    }
  }
}

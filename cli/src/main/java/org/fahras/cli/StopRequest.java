package org.fahras.cli;

import java.io.Closeable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop cleanly, for a command that must not lose what it did:
 * {@code fahras index} stops reading at the next record, commits what it read and exits with
 * {@link FahrasCli#INTERRUPTED}. Outside such a command the signals keep their usual effect.
 *
 * <p>Java has no supported API for signals; {@code sun.misc.Signal} is the one the JDK keeps accessible for this
 * (JEP 260: {@code jdk.unsupported}). A JVM started with {@code -Xrs}, or where the signal is ignored, keeps its own
 * behaviour: the request is then never made and a signal ends the process as it would have (the last periodic commit
 * stays whole).
 */
final class StopRequest {
  private static final List<String> SIGNALS = List.of("INT", "TERM");

  private final AtomicBoolean requested = new AtomicBoolean();
  private final boolean fromSignals;

  private StopRequest(boolean fromSignals) {
    this.fromSignals = fromSignals;
  }

  /** A request made by SIGINT or SIGTERM while {@link #catching} (the launcher's). */
  static StopRequest onSignals() {
    return new StopRequest(true);
  }

  /** A request made only by {@link #request()} (in-process runs: tests must not take the test JVM's signals). */
  static StopRequest onCall() {
    return new StopRequest(false);
  }

  /** Asks the running command to stop. */
  void request() {
    requested.set(true);
  }

  /** Whether a stop was asked for. */
  boolean requested() {
    return requested.get();
  }

  /** Throws {@link Stopped} when a stop was asked for; called between records. */
  void check() {
    if (requested.get()) {
      throw new Stopped();
    }
  }

  /**
   * Catches SIGINT and SIGTERM until the returned handle is closed. The first signal asks to stop and says so on
   * {@code err}; the previous handlers are then back, so a second Ctrl-C ends the process at once.
   */
  Closeable catching(PrintWriter err) {
    return catching(err, "committing what was read", "quits at once, losing it");
  }

  /**
   * As {@link #catching(PrintWriter)}, saying what stopping does: "fahras: stopping: {@code doing} (Ctrl-C again
   * {@code again})".
   */
  Closeable catching(PrintWriter err, String doing, String again) {
    if (!fromSignals) {
      return () -> {};
    }
    List<Runnable> restore = new ArrayList<>();
    SignalHandler handler =
        signal -> {
          restore.forEach(Runnable::run);
          if (!requested.getAndSet(true)) {
            String key = signal.getName().equals("INT") ? "Ctrl-C" : "SIG" + signal.getName();
            err.println("fahras: stopping: " + doing + " (" + key + " again " + again + ")");
            err.flush();
          }
        };
    for (String name : SIGNALS) {
      try {
        Signal signal = new Signal(name);
        SignalHandler previous = Signal.handle(signal, handler);
        restore.add(() -> Signal.handle(signal, previous));
      } catch (IllegalArgumentException e) {
        // The JVM keeps this signal for itself (-Xrs) or the platform has none: it keeps its usual effect.
      }
    }
    return () -> restore.forEach(Runnable::run);
  }

  /** Unwinds a command from deep inside a reader when a stop was asked for; carries no stack trace. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("stopped", null, false, false);
    }
  }
}

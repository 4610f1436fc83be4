package org.fahras.peers;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the figures as JSON: maps, lists, strings, numbers and booleans are all they hold. */
final class Json {
  private Json() {}

  /** {@code value} as indented JSON. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    switch (value) {
      case null -> out.append("null");
      case Map<?, ?> map -> {
        out.append('{');
        String inner = indent + "  ";
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          out.append(separator).append(inner);
          string(entry.getKey().toString(), out);
          out.append(": ");
          write(entry.getValue(), out, inner);
          separator = ",\n";
        }
        out.append(map.isEmpty() ? "" : "\n" + indent).append('}');
      }
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ", ");
          write(list.get(i), out, indent);
        }
        out.append(']');
      }
      case Double number -> out.append(number.isNaN() || number.isInfinite() ? "null" : String.format(Locale.ROOT, "%.6g", number));
      case Number number -> out.append(number);
      case Boolean flag -> out.append(flag);
      default -> string(value.toString(), out);
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

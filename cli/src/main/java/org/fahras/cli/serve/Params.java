package org.fahras.cli.serve;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a request's query string, decoded as UTF-8 ({@code +} is a space). Each parameter may be given
 * once; a repeated or unknown one is a bad request naming it, so a typo ({@code asof}) is never silently ignored.
 */
final class Params {
  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    this.values = values;
  }

  /** The parameters of {@code uri}, which may only be those in {@code known}. */
  static Params of(URI uri, Set<String> known) {
    Map<String, String> values = new LinkedHashMap<>();
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals), null);
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
        if (!known.contains(name)) {
          throw ApiError.badParameter(name, "unknown parameter '" + name + "'; this route takes " + String.join(", ", known));
        }
        if (values.putIfAbsent(name, value) != null) {
          throw ApiError.badParameter(name, "parameter '" + name + "' is given more than once");
        }
      }
    }
    return new Params(values);
  }

  /** Decodes the name ({@code parameter} null) or the value of {@code parameter}. */
  private static String decode(String raw, String parameter) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      String what = parameter == null ? "a parameter name" : "parameter '" + parameter + "'";
      throw ApiError.badParameter(parameter, "bad URL encoding in " + what + ": " + e.getMessage());
    }
  }

  /** The value, or null when absent. */
  String get(String name) {
    return values.get(name);
  }

  /** The value; absent is a bad request. */
  String required(String name) {
    String value = values.get(name);
    if (value == null) {
      throw ApiError.badParameter(name, "parameter '" + name + "' is required");
    }
    return value;
  }

  /** A whole number, or {@code otherwise} when absent. */
  int integer(String name, int otherwise) {
    String value = values.get(name);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badParameter(name, name + " takes a whole number, not '" + value + "'");
    }
  }

  /** {@code 1, true, yes, on} or an empty value ({@code &and}) are true, {@code 0, false, no, off} false. */
  boolean flag(String name, boolean otherwise) {
    String value = values.get(name);
    if (value == null) {
      return otherwise;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "", "1", "true", "yes", "on" -> true;
      case "0", "false", "no", "off" -> false;
      default -> throw ApiError.badParameter(name, name + " takes 1 or 0 (true or false), not '" + value + "'");
    };
  }
}

package org.fahras.cli.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server refuses, answered as JSON: {@code {"status", "error", "parameter"?, "position"?}}. Carries no
 * stack trace: it is an answer, not a failure of the server.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String parameter;
  private final Integer position;

  ApiError(int status, String message, String parameter, Integer position) {
    super(message, null, false, false);
    this.status = status;
    this.parameter = parameter;
    this.position = position;
  }

  /** 400: a parameter is missing, repeated, unknown or has a bad value; the message names it. */
  static ApiError badParameter(String parameter, String message) {
    return new ApiError(400, message, parameter, null);
  }

  /** 404: no such route or page. */
  static ApiError notFound(String path) {
    return new ApiError(404, "no such page or API route: " + path + " (the API is under /api/: search, stats, analyze, dates)", null, null);
  }

  int status() {
    return status;
  }

  /** The JSON body. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", getMessage());
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    if (position != null) {
      body.put("position", position);
    }
    return body;
  }
}

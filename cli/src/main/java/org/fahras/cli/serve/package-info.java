/**
 * {@code fahras serve}: a search page and a JSON API over one {@link org.fahras.Fahras} engine, on the JDK's own HTTP
 * server ({@code com.sun.net.httpserver}) with a virtual thread per exchange.
 *
 * <p>{@link org.fahras.cli.serve.SearchServer} starts and stops it; each route is one handler ({@code SearchRoute},
 * {@code StatsRoute}, {@code AnalyzeRoute}, {@code DatesRoute}, {@code PageRoute}), all built on {@code Route}, which
 * answers every request with the security headers, and every failure as JSON with its status, never a stack trace.
 * The page (HTML, CSS and JavaScript, no build step) is bundled under {@code org/fahras/cli/serve/page/}.
 */
package org.fahras.cli.serve;

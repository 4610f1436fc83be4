/**
 * The document model ({@code Article}) and readers for JSON Lines and plain-text articles, with header, date and boilerplate heuristics.
 */
package org.fahras.document;

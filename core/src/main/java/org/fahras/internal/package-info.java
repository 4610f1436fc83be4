/**
 * Helpers no user should call. This package is not exported from the module.
 */
package org.fahras.internal;

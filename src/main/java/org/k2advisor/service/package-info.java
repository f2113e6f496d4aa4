/**
 * The HTTP service behind {@code k2advisor serve}: the library's public API over JSON, with errors
 * as problem details. Not exported; it needs the optional Javalin dependency.
 */
package org.k2advisor.service;

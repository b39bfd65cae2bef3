/**
 * The extension's run-time parts, which its build steps write into the application: not an API,
 * and free to change in any release.
 */
package dev.instrumentator.quarkus.internal;

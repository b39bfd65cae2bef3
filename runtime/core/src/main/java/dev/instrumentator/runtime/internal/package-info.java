/**
 * What generated decorators and framework companions share with the runtime, and applications do
 * not need: the requests companions time (and whether one has started, when decorators record
 * nothing), the naming rules of decorators and route templates, and where recording failures land.
 */
package dev.instrumentator.runtime.internal;

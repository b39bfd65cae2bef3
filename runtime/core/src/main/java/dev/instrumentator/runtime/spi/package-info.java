/**
 * What generated decorators and framework companions share with the runtime, and applications do
 * not need: the per-request hand-over between a decorator and the companion timing the request,
 * the naming rules of decorators and route templates, and where recording failures land.
 */
package dev.instrumentator.runtime.spi;

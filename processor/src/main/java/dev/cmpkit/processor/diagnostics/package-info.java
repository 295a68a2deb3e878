/**
 * The processor's diagnostics: the catalogue of messages with stable ids ({@code CMP001}...), the reporter that puts them on elements, and did-you-mean suggestions.
 *
 * <p>Depends on no other processor package, so that reading and validation can both report.
 */
package dev.cmpkit.processor.diagnostics;

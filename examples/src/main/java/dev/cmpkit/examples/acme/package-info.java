/**
 * The Acme Cloud example connector: templates for every standard type, the mapping of a bundled provider inventory to CMP resources, metrics, spend, logs, status and a credentials check.
 *
 * <p>Depends on the runtime and the runner, as a user's connector does.
 */
package dev.cmpkit.examples.acme;

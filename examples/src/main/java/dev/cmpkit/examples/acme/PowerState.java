package dev.cmpkit.examples.acme;

/**
 * CMP's server states as an enum: the processor checks the constants against the schema's
 * allowed values at compile time, and the wire value is the lower-case name.
 */
public enum PowerState {
    UNKNOWN,
    PENDING,
    RUNNING,
    SHUTTING,
    TERMINATED,
    STOPPING,
    STOPPED
}

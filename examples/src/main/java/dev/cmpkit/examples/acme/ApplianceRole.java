package dev.cmpkit.examples.acme;

/** CMP's appliance types; {@code LOAD_BALANCER} is written as {@code load_balancer}. */
public enum ApplianceRole {
    FIREWALL,
    LOAD_BALANCER,
    ROUTER,
    SWITCH,
    STORAGE,
    KVM,
    UNKNOWN
}

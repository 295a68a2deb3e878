package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpResource;

/** Template of {@link AcmeNetwork}: an Acme VPC as a CMP {@code network}, which has no detail keys. */
@CmpResource(type = "network")
final class AcmeNetworkSpec {}

package dev.cmpkit.resources;

import dev.cmpkit.annotations.CmpResource;

/** Template of {@link Network}: the standard {@code network} resource, which has no details. */
@CmpResource(type = "network")
final class NetworkSpec {
    private NetworkSpec() {}
}

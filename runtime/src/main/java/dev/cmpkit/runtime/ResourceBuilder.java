package dev.cmpkit.runtime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;

/**
 * The base of every resource builder: the setters of the base fields, and the checks and
 * construction of {@link ResourceBase} that subclasses call from their {@code build()}.
 *
 * <p>A subclass's {@code build()} typically reads:
 * <pre>{@code
 * List<String> problems = new ArrayList<>();
 * ResourceBase base = checkedBase(problems);
 * checkAllowed(problems, "state", state, STATES);
 * if (!problems.isEmpty()) {
 *     throw invalid("server", problems); // server "i-0abc": state must be one of ...
 * }
 * return new Server(base, ...);
 * }</pre>
 *
 * @param <B> the concrete builder type, returned by the setters
 */
public abstract class ResourceBuilder<B extends ResourceBuilder<B>> {

    private String id;
    private String name;
    /** A String or a TemporalAccessor; converted (and checked) at build time. */
    private Object providerCreatedAt;

    private String nativePortalLink;
    private Region region;
    private Locations locations;
    private Connections connections;
    private Metadata metadata;
    /** Set only by reading, which keeps the {@code last_seen_at} it read. */
    private String lastSeenAt;

    /** Creates a builder with no base field set. */
    protected ResourceBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Sets the resource id (required, non-empty). */
    public final B id(String id) {
        this.id = id;
        return self();
    }

    /** Sets the resource name (required, may be empty). */
    public final B name(String name) {
        this.name = name;
        return self();
    }

    /**
     * Sets when the provider created the resource, as a timestamp string accepted by
     * {@link Rfc3339#convert(String)}; null or empty means unknown.
     */
    public final B providerCreatedAt(String providerCreatedAt) {
        this.providerCreatedAt = providerCreatedAt;
        return self();
    }

    /** Sets when the provider created the resource; null means unknown. */
    public final B providerCreatedAt(Instant providerCreatedAt) {
        this.providerCreatedAt = providerCreatedAt;
        return self();
    }

    /** Sets when the provider created the resource; null means unknown. */
    public final B providerCreatedAt(OffsetDateTime providerCreatedAt) {
        this.providerCreatedAt = providerCreatedAt;
        return self();
    }

    /** Sets when the provider created the resource; null means unknown. */
    public final B providerCreatedAt(ZonedDateTime providerCreatedAt) {
        this.providerCreatedAt = providerCreatedAt;
        return self();
    }

    /** Sets when the provider created the resource, taken as UTC; null means unknown. */
    public final B providerCreatedAt(LocalDateTime providerCreatedAt) {
        this.providerCreatedAt = providerCreatedAt;
        return self();
    }

    /** Sets the link to the resource in the provider's portal; written only when set. */
    public final B nativePortalLink(String nativePortalLink) {
        this.nativePortalLink = nativePortalLink;
        return self();
    }

    /**
     * Sets the region, written as {@code "regions": [{"id": ...}]}. Non-empty {@link #locations(Locations)
     * locations} win over the region: when both are set, only {@code locations} is written and
     * {@code "regions"} is left out of the wire JSON (the region is still kept on the resource).
     * {@code build()} logs a region left out this way at debug level.
     */
    public final B region(Region region) {
        this.region = region;
        return self();
    }

    /**
     * Sets the locations. Non-empty locations win over the {@link #region(Region) region}: they are
     * written as {@code locations} and {@code regions} is then left out of the wire JSON. Null or
     * empty locations leave {@code regions} in place. {@code build()} logs a region left out this
     * way at debug level.
     */
    public final B locations(Locations locations) {
        this.locations = locations;
        return self();
    }

    /** Sets the connections; null means none. */
    public final B connections(Connections connections) {
        this.connections = connections;
        return self();
    }

    /** Sets the metadata; null means none. */
    public final B metadata(Metadata metadata) {
        this.metadata = metadata;
        return self();
    }

    /** Keeps the {@code last_seen_at} of a resource being read; see {@link ResourceBase#lastSeenAt()}. */
    final B lastSeenAt(String lastSeenAt) {
        this.lastSeenAt = lastSeenAt;
        return self();
    }

    /**
     * Builds the resource.
     *
     * @return the resource
     * @throws IllegalArgumentException naming every invalid field and its value
     */
    public abstract Resource build();

    /**
     * Copies every base field of an existing resource into this builder, for
     * {@code toBuilder()}.
     *
     * @param base the fields to copy
     * @return this builder
     */
    protected final B base(ResourceBase base) {
        this.id = base.id();
        this.name = base.name();
        this.providerCreatedAt = base.providerCreatedAt();
        this.nativePortalLink = base.nativePortalLink();
        this.region = base.region();
        this.locations = base.locations();
        this.connections = base.connections();
        this.metadata = base.metadata();
        this.lastSeenAt = base.lastSeenAt();
        return self();
    }

    /**
     * Checks the base fields and, when they are valid, builds them: each base field is checked
     * and converted exactly once.
     *
     * @param problems where the base fields' problems are added, such as
     *     {@code "id is required, got null"}; the subclass adds its own to the same list
     * @return the base fields, or null when any of them is invalid (then {@code problems} says why)
     */
    protected final ResourceBase checkedBase(List<String> problems) {
        int before = problems.size();
        String createdAt = checkBase(problems);
        if (problems.size() > before) {
            return null;
        }
        if (region != null && locations != null && !locations.isEmpty()) {
            RegionLeftOut.log(id, region);
        }
        return new ResourceBase(
                id, name, createdAt, nativePortalLink, region, locations, connections, metadata, lastSeenAt);
    }

    /**
     * Adds the base fields' problems to {@code problems} and returns the converted
     * {@code provider_created_at}, so that a build converts the timestamp once per check.
     */
    private String checkBase(List<String> problems) {
        Checks.requireNonEmpty(problems, "id", id);
        if (name == null) {
            problems.add("name is required, got null");
        }
        try {
            return convertProviderCreatedAt();
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.add("providerCreatedAt: " + e.getMessage());
            return null;
        }
    }

    private String convertProviderCreatedAt() {
        if (providerCreatedAt instanceof TemporalAccessor temporal) {
            return Rfc3339.convert(temporal);
        }
        return Rfc3339.convert((String) providerCreatedAt);
    }

    /**
     * Returns the exception that a {@code build()} throws for invalid fields. Its message starts
     * with the resource type and the id being built, so that one bad resource among thousands can
     * be found: {@code server "i-0abc": state must be one of [...], got "shutting-down"}, or
     * {@code server (no id): id is required, got null; ...} when the id is missing.
     *
     * @param type the resource type being built, for example {@code "server"}
     * @param problems the problems found, each naming a field and its value
     * @return the exception to throw
     */
    protected final InvalidResourceException invalid(String type, List<String> problems) {
        return new InvalidResourceException(type, id, problems);
    }

    /**
     * Adds a problem when a set value is not one of the allowed values.
     *
     * @param problems where to add the problem
     * @param field the field name
     * @param value the value; null (unset) is always allowed
     * @param allowed the allowed values, listed in the message in their iteration order
     */
    protected static void checkAllowed(List<String> problems, String field, String value, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            problems.add(field + " must be one of " + allowed + ", got " + Checks.quote(value));
        }
    }

    /**
     * Says, at debug level, that a region was given and is not written because locations were. The
     * holder class keeps the JDK's logging from starting up unless it is needed.
     */
    private static final class RegionLeftOut {
        private static final System.Logger LOGGER = System.getLogger(ResourceBuilder.class.getName());

        static void log(String id, Region region) {
            LOGGER.log(
                    System.Logger.Level.DEBUG,
                    () -> "resource " + Checks.quote(id) + ": its locations are written, so its region "
                            + Checks.quote(region.id()) + " is left out of \"regions\"");
        }
    }
}

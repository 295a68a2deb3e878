package dev.cmpkit.runtime;

import dev.cmpkit.runtime.log.CmpLogger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the resources a {@code resources} handler returns, deciding what one invalid resource
 * does to the whole inventory.
 *
 * <p>{@link #lenient(CmpLogger) Lenient} collection (the usual choice) keeps every valid resource
 * and reports each invalid one as a warning naming its type, id and every problem, so that one
 * provider object cmpkit cannot describe does not hide the thousands it can. {@link #strict()
 * Strict} collection fails the event when any resource is invalid, naming them all.
 *
 * <pre>{@code
 * ResourceCollector resources = ResourceCollector.lenient(logger);
 * for (Instance instance : provider.instances()) {
 *     resources.add(Server.builder().id(instance.id()).name(instance.name()).state(instance.state()));
 * }
 * return resources.resources();
 * }</pre>
 *
 * <p>A collector is meant for one handler call and is not thread-safe.
 */
public final class ResourceCollector {

    private final CmpLogger logger;
    private final List<Resource> resources = new ArrayList<>();
    private final List<IllegalArgumentException> rejected = new ArrayList<>();

    private ResourceCollector(CmpLogger logger) {
        this.logger = logger;
    }

    /**
     * Returns a collector that keeps the valid resources and logs each invalid one as a warning.
     *
     * @param logger where the warnings go
     * @return an empty collector
     * @throws IllegalArgumentException when {@code logger} is null
     */
    public static ResourceCollector lenient(CmpLogger logger) {
        if (logger == null) {
            throw new IllegalArgumentException("logger is required, got null");
        }
        return new ResourceCollector(logger);
    }

    /**
     * Returns a collector whose {@link #resources()} fails when any resource was invalid.
     *
     * @return an empty collector
     */
    public static ResourceCollector strict() {
        return new ResourceCollector(null);
    }

    /**
     * Builds a resource and keeps it, or records its rejection.
     *
     * @param builder the resource's builder, with its fields set
     * @return this collector
     * @throws IllegalArgumentException when {@code builder} is null
     */
    public ResourceCollector add(ResourceBuilder<?> builder) {
        if (builder == null) {
            throw new IllegalArgumentException("builder is required, got null");
        }
        return add(builder::build);
    }

    /**
     * Builds a resource with {@code build} and keeps it, or records the rejection it throws as an
     * {@code IllegalArgumentException}. Other exceptions are not caught.
     *
     * @param build creates the resource, typically ending in a builder's {@code build()}
     * @return this collector
     * @throws IllegalArgumentException when {@code build} is null or returns null
     */
    public ResourceCollector add(Supplier<? extends Resource> build) {
        if (build == null) {
            throw new IllegalArgumentException("build is required, got null");
        }
        Resource resource;
        try {
            resource = build.get();
        } catch (IllegalArgumentException e) {
            rejected.add(e);
            if (logger != null) {
                logger.warn("left out an invalid resource: " + e.getMessage());
            }
            return this;
        }
        if (resource == null) {
            throw new IllegalArgumentException("build returned null; it must return a resource or throw");
        }
        resources.add(resource);
        return this;
    }

    /**
     * Returns the valid resources, in the order they were added.
     *
     * @return the resources, unmodifiable
     * @throws IllegalArgumentException when this collector is strict and a resource was invalid;
     *     the message names every invalid resource and its problems
     */
    public List<Resource> resources() {
        if (logger == null && !rejected.isEmpty()) {
            StringBuilder message = new StringBuilder()
                    .append(rejected.size())
                    .append(" of ")
                    .append(rejected.size() + resources.size())
                    .append(" resources are invalid");
            for (IllegalArgumentException e : rejected) {
                message.append("\n  ").append(e.getMessage());
            }
            throw new IllegalArgumentException(message.toString());
        }
        return Collections.unmodifiableList(resources);
    }

    /**
     * Returns the rejections so far, in the order the resources were added; an
     * {@link InvalidResourceException} tells the type, id and problems of each resource that a
     * cmpkit builder rejected.
     *
     * @return the rejections, unmodifiable
     */
    public List<IllegalArgumentException> rejected() {
        return Collections.unmodifiableList(rejected);
    }
}

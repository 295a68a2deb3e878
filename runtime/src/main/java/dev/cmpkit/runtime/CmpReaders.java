package dev.cmpkit.runtime;

import dev.cmpkit.runtime.json.JsonWritable;
import dev.cmpkit.runtime.json.ValueReader;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streaming reader of every readable cmpkit type, by class: the shared value types, generic
 * resources, and each generated resource class, which registers its reader when it is initialized.
 *
 * <p>Register a reader for a {@code CmpSerializable} of your own, so that templates with a field of
 * that type can be read too.
 */
public final class CmpReaders {

    private static final Map<Class<?>, ValueReader<?>> READERS = new ConcurrentHashMap<>();

    static {
        READERS.put(Region.class, SharedReaders.REGION);
        READERS.put(Locations.class, (ValueReader<Locations>) SharedReaders::locations);
        READERS.put(Location.class, SharedReaders.LOCATION);
        READERS.put(Place.class, SharedReaders.PLACE);
        READERS.put(Connections.class, SharedReaders.CONNECTIONS);
        READERS.put(Metadata.class, SharedReaders.METADATA);
        READERS.put(IpAddress.class, SharedReaders.IP_ADDRESS);
        READERS.put(ImageDetail.class, SharedReaders.IMAGE_DETAIL);
        READERS.put(Account.class, SharedReaders.ACCOUNT);
        READERS.put(GenericResource.class, (ValueReader<GenericResource>) ResourceReading::readGeneric);
    }

    private CmpReaders() {}

    /**
     * Registers the reader of a type; a generated resource class calls this from its static
     * initializer.
     *
     * @param type the type read
     * @param reader its reader
     * @param <T> the type
     * @throws IllegalArgumentException when either is null
     */
    public static <T> void register(Class<T> type, ValueReader<T> reader) {
        if (type == null || reader == null) {
            throw new IllegalArgumentException("type and reader are required, got " + type + " and " + reader);
        }
        READERS.put(type, reader);
    }

    /**
     * The reader of a type, if it has one. A generated resource class that was not used yet is
     * initialized first, which registers its reader.
     *
     * @param type the type to read
     * @param <T> the type
     * @return its reader, or empty when cmpkit has none
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<ValueReader<T>> find(Class<T> type) {
        if (type == null) {
            return Optional.empty();
        }
        ValueReader<?> reader = READERS.get(type);
        if (reader == null && JsonWritable.class.isAssignableFrom(type)) {
            initialize(type);
            reader = READERS.get(type);
        }
        return Optional.ofNullable((ValueReader<T>) reader);
    }

    /**
     * The reader of a type.
     *
     * @param type the type to read
     * @param <T> the type
     * @return its reader
     * @throws IllegalArgumentException when cmpkit has no reader of the type
     */
    public static <T> ValueReader<T> forClass(Class<T> type) {
        return find(type)
                .orElseThrow(() -> new IllegalArgumentException("cmpkit has no reader of "
                        + (type == null ? "null" : type.getName())
                        + "; it reads the resource classes the processor generates, GenericResource and the"
                        + " shared value types (Region, Locations, Location, Place, Connections, Metadata,"
                        + " IpAddress, ImageDetail, Account); register a reader of your own type with"
                        + " CmpReaders.register"));
    }

    /**
     * Runs the class's static initializer, where a generated class registers its reader. This is
     * the one reflective call of reading, made once per class; values are read without reflection.
     */
    private static void initialize(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // Not initializable: the type then has no reader, which forClass reports.
        }
    }
}

package dev.cmpkit.runtime;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.cmpkit.runtime.json.JsonWritable;
import dev.cmpkit.runtime.json.WritableSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Properties;

/**
 * The Jackson module that writes every cmpkit value ({@link JsonWritable}) as its CMP wire JSON,
 * by streaming, and reads resources and shared values back with their streaming readers
 * ({@link CmpReaders}). {@code ObjectMapper.findAndRegisterModules()} finds it through
 * {@link java.util.ServiceLoader}.
 *
 * <p>Resources take {@code last_seen_at} from the module's clock: the UTC system clock, or the
 * clock given to {@link #CmpModule(Clock)}. When several instances are registered on one mapper,
 * the one registered last wins.
 */
public final class CmpModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** This module's version, from the build; unknown when the resource is missing. */
    private static final Version VERSION = readVersion();

    private final transient Clock clock;

    /** Creates the module with the UTC system clock. */
    public CmpModule() {
        this(Clock.systemUTC());
    }

    /**
     * Creates the module with a fixed clock, for example for reproducible output in tests.
     *
     * @param clock gives {@code last_seen_at}
     * @throws IllegalArgumentException when the clock is null
     */
    public CmpModule(Clock clock) {
        super("cmpkit", VERSION);
        if (clock == null) {
            throw new IllegalArgumentException("clock is required, got null");
        }
        this.clock = clock;
        addSerializer(JsonWritable.class, new WritableSerializer(clock));
        // Reading: every class CmpReaders knows (resources, shared values) through its streaming reader.
        setDeserializers(new ReaderDeserializers());
    }

    /** The clock resources take {@code last_seen_at} from. */
    public Clock clock() {
        return clock;
    }

    /**
     * Each instance registers, rather than only the first: Jackson skips a module whose id it
     * has seen, which would silently drop an explicitly registered fixed clock after
     * {@code findAndRegisterModules()} had registered the default one.
     */
    @Override
    public Object getTypeId() {
        return this;
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = CmpModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            return Version.unknownVersion();
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), "dev.cmpkit", "cmpkit-runtime");
    }
}

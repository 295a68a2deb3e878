package dev.cmpkit.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One golden source, to catch output that is correct but weird; behaviour is tested functionally
 * elsewhere. Comments are not compared.
 */
class GoldenSourceTest {

    /** A template of the standard {@code appliance} type with its one detail, which has allowed values. */
    static JavaFileObject boxTemplate() {
        return Compile.source("BoxSpec", """
                package test;
                import dev.cmpkit.annotations.CmpField;
                import dev.cmpkit.annotations.CmpResource;
                @CmpResource(type = "appliance")
                final class BoxSpec {
                    @CmpField(required = true) String typeId;
                }
                """);
    }

    @Test
    void applianceTemplateGeneratesThisClass() {
        Compilation compilation = Compile.compile(boxTemplate());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Box").hasSourceEquivalentTo(Compile.source("Box", """
                        package test;

                        import com.fasterxml.jackson.core.JsonGenerator;
                        import com.fasterxml.jackson.core.JsonParser;
                        import com.fasterxml.jackson.core.JsonToken;
                        import com.fasterxml.jackson.core.io.SerializedString;
                        import dev.cmpkit.runtime.CmpReaders;
                        import dev.cmpkit.runtime.Resource;
                        import dev.cmpkit.runtime.ResourceBase;
                        import dev.cmpkit.runtime.ResourceBuilder;
                        import dev.cmpkit.runtime.ResourceReading;
                        import dev.cmpkit.runtime.json.CmpReadException;
                        import dev.cmpkit.runtime.json.JsonReading;
                        import dev.cmpkit.runtime.json.JsonValues;
                        import dev.cmpkit.runtime.json.ReadOptions;
                        import java.io.IOException;
                        import java.time.Clock;
                        import java.util.ArrayList;
                        import java.util.LinkedHashMap;
                        import java.util.List;
                        import java.util.Map;
                        import java.util.Objects;
                        import javax.annotation.processing.Generated;

                        @Generated(value = "dev.cmpkit.processor.CmpProcessor", comments = "from template test.BoxSpec")
                        public final class Box implements Resource {
                            public static final String TYPE = "appliance";
                            private static final List<String> TYPE_ID_VALUES = List.of("firewall", "load_balancer",
                                    "router", "switch", "storage", "kvm", "unknown");
                            private static final SerializedString TYPE_KEY = new SerializedString(TYPE);
                            private static final SerializedString DETAILS_KEY = new SerializedString("details");
                            private static final SerializedString TYPE_ID_KEY = new SerializedString("type_id");

                            static {
                                CmpReaders.register(Box.class, Box::readJson);
                            }

                            private final ResourceBase base;
                            private final String typeId;

                            private Box(Builder builder, ResourceBase resourceBase) {
                                this.base = resourceBase;
                                this.typeId = builder.typeId;
                            }

                            public static Builder builder() {
                                return new Builder();
                            }

                            public static Builder builder(String id, String name, String typeId) {
                                return new Builder().id(id).name(name).typeId(typeId);
                            }

                            public Builder toBuilder() {
                                return new Builder(this);
                            }

                            @Override public String id() { return base.id(); }
                            @Override public String name() { return base.name(); }
                            @Override public String type() { return TYPE; }
                            @Override public ResourceBase base() { return base; }

                            public String typeId() {
                                return this.typeId;
                            }

                            @Override
                            public Map<String, Object> serialize(Clock clock) {
                                Map<String, Object> wire = base.serializeHead(TYPE, clock);
                                Map<String, Object> details = new LinkedHashMap<>();
                                details.put("type_id", this.typeId);
                                Map<String, Object> typed = new LinkedHashMap<>(2);
                                typed.put(TYPE, details);
                                wire.put("details", typed);
                                return wire;
                            }

                            @Override
                            public void writeJson(JsonGenerator gen, Clock clock) throws IOException {
                                gen.writeStartObject();
                                base.writeHead(gen, TYPE, clock);
                                gen.writeFieldName(DETAILS_KEY);
                                gen.writeStartObject();
                                gen.writeFieldName(TYPE_KEY);
                                gen.writeStartObject();
                                gen.writeFieldName(TYPE_ID_KEY);
                                JsonValues.writeString(gen, this.typeId);
                                gen.writeEndObject();
                                gen.writeEndObject();
                                gen.writeEndObject();
                            }

                            public static Box readJson(JsonParser parser, ReadOptions options) throws IOException {
                                if (parser.currentToken() == JsonToken.VALUE_NULL) {
                                    return null;
                                }
                                Builder builder = new Builder();
                                ResourceReading.readResource(parser, options, TYPE, builder,
                                        (detailParser, key) -> readDetail(detailParser, options, builder, key));
                                return ResourceReading.built(parser, builder::build);
                            }

                            private static boolean readDetail(JsonParser parser, ReadOptions options, Builder builder,
                                    String key) throws IOException {
                                switch (key) {
                                    case "type_id":
                                        builder.typeId(JsonReading.readString(parser));
                                        return true;
                                    default:
                                        return false;
                                }
                            }

                            @Override
                            public boolean equals(Object object) {
                                if (this == object) {
                                    return true;
                                }
                                return object instanceof Box other
                                        && base.equals(other.base)
                                        && Objects.equals(this.typeId, other.typeId);
                            }

                            @Override
                            public int hashCode() {
                                return Objects.hash(base, this.typeId);
                            }

                            @Override
                            public String toString() {
                                return "Box{" + base + ", typeId=" + this.typeId + "}";
                            }

                            public static final class Builder extends ResourceBuilder<Builder> {
                                private String typeId;

                                private Builder() {
                                }

                                private Builder(Box source) {
                                    base(source.base());
                                    this.typeId = source.typeId;
                                }

                                public Builder typeId(String typeId) {
                                    this.typeId = typeId;
                                    return this;
                                }

                                @Override
                                public Box build() {
                                    List<String> problems = new ArrayList<>();
                                    ResourceBase resourceBase = checkedBase(problems);
                                    if (this.typeId == null) {
                                        problems.add("typeId is required, got null");
                                    }
                                    checkAllowed(problems, "typeId", this.typeId, TYPE_ID_VALUES);
                                    if (!problems.isEmpty()) {
                                        throw invalid(TYPE, problems);
                                    }
                                    return new Box(this, resourceBase);
                                }
                            }
                        }
                        """));
    }
}

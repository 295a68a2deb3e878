package dev.cmpkit.processor.writer;

import static dev.cmpkit.processor.model.FieldModels.INT;
import static dev.cmpkit.processor.model.FieldModels.STRING;
import static dev.cmpkit.processor.model.FieldModels.enumOf;
import static dev.cmpkit.processor.model.FieldModels.field;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.processor.model.ConstantKey;
import dev.cmpkit.processor.model.FieldModel;
import dev.cmpkit.processor.model.JsonLiteral;
import dev.cmpkit.processor.model.NullPolicy;
import dev.cmpkit.processor.model.ResourceModel;
import dev.cmpkit.processor.model.ValueType;
import dev.cmpkit.processor.model.WireKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer works from a hand-built model alone; these check the code it writes for each rule. */
class ResourceWriterTest {

    private static final ValueType COLOUR = enumOf("acme.Colour", "RED", "LIGHT_GREEN");

    private static String written(boolean generated) {
        FieldModel label = field("label")
                .required()
                .allowed("a", "b")
                .description("The label.")
                .build();
        FieldModel count =
                field("count").type(INT).fill(new JsonLiteral.Integral(3)).build();
        FieldModel colour = field("colour")
                .type(COLOUR)
                .nullPolicy(NullPolicy.WRITE_SCHEMA_DEFAULT, new JsonLiteral.Text("blue"))
                .build();
        FieldModel tags = field("clock")
                .key("tags")
                .type(ValueType.listOf(STRING))
                .fill(new JsonLiteral.EmptyArray())
                .nullPolicy(NullPolicy.OMIT, null)
                .build();
        ResourceModel model = new ResourceModel(
                "acme",
                "Widget",
                "WidgetSpec",
                "widget",
                "A widget.",
                List.of(label, count, colour, tags),
                List.of(
                        new WireKey.Field(label),
                        new WireKey.Constant(new ConstantKey("size", null, false)),
                        new WireKey.Field(count),
                        new WireKey.Field(colour),
                        new WireKey.Field(tags),
                        new WireKey.Constant(new ConstantKey("hidden", null, true)),
                        new WireKey.Constant(new ConstantKey("level", new JsonLiteral.Integral(2), false))));
        return new ResourceWriter(generated).write(model).toString();
    }

    private static void assertContains(String code, String expected) {
        assertTrue(code.contains(expected), () -> "expected\n" + expected + "\nin\n" + code);
    }

    @Test
    void writesThePublicFinalResourceWithTypeConstantAndGeneratedAnnotationWithoutTimestamp() {
        String code = written(true);
        assertContains(code, "public final class Widget implements Resource {");
        assertContains(code, "public static final String TYPE = \"widget\";");
        assertContains(code, "value = \"dev.cmpkit.processor.CmpProcessor\"");
        assertFalse(code.contains("date ="), "no timestamp, so that builds are reproducible");
        assertFalse(written(false).contains("@Generated"));
    }

    @Test
    void requiredFieldIsAParameterOfTheBuilderFactoryAndCheckedAtBuild() {
        String code = written(false);
        assertContains(code, "public static Builder builder(String id, String name, String label) {");
        assertContains(code, "return new Builder().id(id).name(name).label(label);");
        assertContains(code, "problems.add(\"label is required, got null\");");
        assertContains(code, "checkAllowed(problems, \"label\", this.label, LABEL_VALUES);");
    }

    @Test
    void defaultsFillUnsetValuesAndPrimitivesFallBackToTheirDefault() {
        String code = written(false);
        assertContains(code, "this.count = builder.count != null ? builder.count : 3;");
        assertContains(code, "this.clock = builder.clock == null ? List.of() : List.copyOf(builder.clock);");
    }

    @Test
    void wireFollowsTheModelOrderWithConstantsForUndeclaredKeys() {
        String code = written(false);
        int label = code.indexOf("details.put(\"label\", this.label);");
        int size = code.indexOf("details.put(\"size\", null);");
        int count = code.indexOf("details.put(\"count\", this.count);");
        int level = code.indexOf("details.put(\"level\", 2L);");
        assertTrue(label >= 0 && label < size && size < count && count < level, code);
        assertFalse(code.contains("details.put(\"hidden\""), "an omitted undeclared key is never written");
        assertFalse(code.contains("HIDDEN_KEY"), "an omitted undeclared key is never streamed");
        assertContains(code, "ResourceReading.requireConstant(parser, \"hidden\", null);");
    }

    @Test
    void enumIsWrittenInLowerCaseAndNullWritesTheSchemaDefault() {
        // Joined into one line: the generated statement wraps where it would pass 100 columns.
        String code = written(false).replaceAll("\\s*\n\\s*", " ");
        assertContains(
                code,
                "details.put(\"colour\", this.colour == null ? \"blue\" : "
                        + "this.colour.name().toLowerCase(Locale.ROOT));");
        assertContains(code, "gen.writeString(\"blue\");");
    }

    @Test
    void localsNeverShadowAFieldNamedLikeThem() {
        String code = written(false);
        // The template has a field named "clock", so the serializer's clock parameter gets another name.
        assertContains(code, "public Map<String, Object> serialize(Clock clock_) {");
        assertContains(code, "base.serializeHead(TYPE, clock_)");
        assertContains(code, "public void writeJson(JsonGenerator gen, Clock clock_) throws IOException {");
        assertContains(code, "details.put(\"tags\", new ArrayList<>(this.clock));");
    }

    @Test
    void writeJsonWritesEveryFixedKeyThroughAPreEncodedConstant() {
        String code = written(false);
        assertContains(code, "private static final SerializedString TYPE_KEY = new SerializedString(TYPE);");
        assertContains(code, "private static final SerializedString DETAILS_KEY = new SerializedString(\"details\");");
        assertContains(code, "private static final SerializedString SIZE_KEY = new SerializedString(\"size\");");
        assertContains(
                code,
                "gen.writeFieldName(DETAILS_KEY);\n        gen.writeStartObject();\n"
                        + "        gen.writeFieldName(TYPE_KEY);\n        gen.writeStartObject();");
        assertContains(code, "gen.writeFieldName(LABEL_KEY);");
        assertContains(code, "gen.writeFieldName(SIZE_KEY);\n        gen.writeNull();");
        assertContains(code, "gen.writeFieldName(LEVEL_KEY);\n        gen.writeNumber(2L);");
        assertFalse(code.contains("HIDDEN_KEY"), "an omitted undeclared key gets no constant");
        assertFalse(code.contains("writeFieldName(\""), "no key is encoded on every write");
    }

    @Test
    void keyConstantsNeverClashWithTemplateNamesOrEachOther() {
        FieldModel clash = field("DETAILS_KEY").key("type").build();
        ResourceModel model = new ResourceModel(
                "acme",
                "Odd",
                "OddSpec",
                "odd",
                "",
                List.of(clash),
                List.of(new WireKey.Field(clash), new WireKey.Constant(new ConstantKey("details", null, false))));
        String code = new ResourceWriter(false).write(model).toString();
        assertContains(code, "private final String DETAILS_KEY;");
        assertContains(code, "private static final SerializedString DETAILS_KEY_ = new SerializedString(\"details\");");
        assertContains(code, "private static final SerializedString TYPE_KEY_ = new SerializedString(\"type\");");
        assertContains(
                code, "private static final SerializedString DETAILS_KEY__ = new SerializedString(\"details\");");
        assertContains(code, "gen.writeFieldName(TYPE_KEY_);\n        JsonValues.writeString(gen, this.DETAILS_KEY);");
    }

    @Test
    void scalarListIsStreamedElementByElement() {
        String code = written(false);
        assertContains(code, "for (String item : this.clock) {");
        assertContains(code, "JsonValues.writeString(gen, item);");
    }
}

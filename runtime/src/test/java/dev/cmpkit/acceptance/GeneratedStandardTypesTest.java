package dev.cmpkit.acceptance;

import static dev.cmpkit.acceptance.AcceptanceJson.CLOCK;
import static dev.cmpkit.acceptance.AcceptanceJson.NOW;
import static dev.cmpkit.acceptance.AcceptanceJson.assertWire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the processor generates from the templates in
 * {@link AcceptanceTemplates} (compile errors are tested in processor-tests).
 */
class GeneratedStandardTypesTest {

    private static final String BASE = "'base':{'name':'n','provider_created_at':null,'last_seen_at':'" + NOW
            + "','regions':[]},'connections':{},'metadata':{}";

    @Test
    void generatedClassesArePublicFinalInTheTemplatePackageAndNamedByTheRule() throws Exception {
        for (String name : List.of("Ec2Instance", "ImmutableDiskTemplate", "Firewall", "BareMetal")) {
            Class<?> generated = Class.forName("dev.cmpkit.acceptance." + name);
            assertTrue(Modifier.isPublic(generated.getModifiers()), name);
            assertTrue(Modifier.isFinal(generated.getModifiers()), name);
            assertTrue(Resource.class.isAssignableFrom(generated), name);
            assertTrue(Modifier.isStatic(generated.getMethod("builder").getModifiers()), name);
            generated.getMethod("toBuilder");
        }
    }

    @Test
    void theSpecExampleWritesTheFullServerShapeWithRenamedAndDefaultedKeys() {
        Ec2Instance instance = Ec2Instance.builder()
                .id("i-1")
                .name("n")
                .cpuCores(2)
                .memoryBytes(4096L)
                .ipAddresses(List.of(IpAddress.builder().ipAddress("10.1.1.1").build()))
                .build();

        assertWire(
                "{'id':'i-1','type':'server'," + BASE + ",'details':{'server':{'cpu_cores':2,'cpu_hz':null,"
                        + "'ram_b':4096,'volumes_b':null,'instance_type':null,'state':'unknown','provider_state':'unknown',"
                        + "'ip_addresses':[{'ip_address':'10.1.1.1'}],'image_detail':null}}}",
                instance.serialize(CLOCK),
                instance);
    }

    @Test
    void accessorsAreNamedLikeTheTemplateFieldsAndBaseAccessorsAreThere() {
        Ec2Instance instance = Ec2Instance.builder()
                .id("i-1")
                .name("web")
                .region(Region.of("eu"))
                .cpuCores(8)
                .memoryBytes(1L << 33)
                .state("running")
                .build();

        assertEquals(Integer.valueOf(8), instance.cpuCores());
        assertEquals(Long.valueOf(1L << 33), instance.memoryBytes());
        assertEquals("running", instance.state());
        assertEquals(List.of(), instance.ipAddresses());
        assertEquals("i-1", instance.id());
        assertEquals("web", instance.name());
        assertEquals("server", instance.type());
        assertEquals(Region.of("eu"), instance.base().region());
    }

    @Test
    void toBuilderEqualsHashCodeAndToString() {
        Ec2Instance instance =
                Ec2Instance.builder().id("i-1").name("web").cpuCores(2).build();
        Ec2Instance same = instance.toBuilder().build();
        Ec2Instance changed = instance.toBuilder().cpuCores(4).build();

        assertEquals(instance, same);
        assertEquals(instance.hashCode(), same.hashCode());
        assertNotEquals(instance, changed);
        assertEquals(Integer.valueOf(4), changed.cpuCores());
        assertEquals("i-1", changed.id());
        assertTrue(instance.toString().contains("i-1"), instance.toString());
    }

    @Test
    void theGeneratedBuilderChecksAllowedValuesOfStringFields() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Ec2Instance.builder().id("i").name("n").state("up").build());

        assertTrue(e.getMessage().contains("\"up\"") && e.getMessage().contains("stopped"), e.getMessage());
    }

    @Test
    void requiredIncludeAndDefaultValueAttributes() {
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class,
                () -> ImmutableDiskTemplate.builder().id("d").name("n").build());
        assertTrue(missing.getMessage().contains("sizeB"), missing.getMessage());

        ImmutableDiskTemplate disk =
                ImmutableDiskTemplate.builder("d", "n", 100L).build();

        assertWire(
                "{'id':'d','type':'volume'," + BASE
                        + ",'details':{'volume':{'encrypted':true,'iops':null,'size_b':100,'zone_name':null}}}",
                disk.serialize(CLOCK),
                disk);
    }

    @Test
    void recordTemplateWithGeneratedNameAndADefault() {
        Firewall firewall = Firewall.builder().id("f").name("n").build();

        assertEquals("firewall", firewall.kind());
        assertWire(
                "{'id':'f','type':'appliance'," + BASE + ",'details':{'appliance':{'type_id':'firewall'}}}",
                firewall.serialize(CLOCK),
                firewall);
        assertThrows(
                IllegalArgumentException.class,
                () -> Firewall.builder().id("f").name("n").kind("wall").build());
    }

    @Test
    void nonNullFieldsAreOmittedWhenNullAndDefaultedOptionalKeysAreWritten() {
        BareMetal metal = BareMetal.builder().id("b").name("n").build();
        BareMetal typed =
                metal.toBuilder().instanceType("c5.metal").isVirtual(true).build();

        assertWire(
                "{'id':'b','type':'server'," + BASE + ",'details':{'server':{'cpu_cores':null,'cpu_hz':null,"
                        + "'ram_b':null,'volumes_b':null,'state':'unknown','provider_state':'unknown','ip_addresses':[],"
                        + "'image_detail':null,'is_virtual':false}}}",
                metal.serialize(CLOCK),
                metal);
        String json = AcceptanceJson.streamed(typed);
        assertTrue(json.contains("\"volumes_b\":null,\"instance_type\":\"c5.metal\",\"state\""), json);
        assertTrue(json.endsWith("\"is_virtual\":true}}}"), json);
    }
}

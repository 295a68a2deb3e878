package dev.cmpkit.examples.acme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.cmpkit.examples.acme.AcmeData.Account;
import dev.cmpkit.examples.acme.AcmeData.Cage;
import dev.cmpkit.examples.acme.AcmeData.Cluster;
import dev.cmpkit.examples.acme.AcmeData.CrossConnect;
import dev.cmpkit.examples.acme.AcmeData.Datacenter;
import dev.cmpkit.examples.acme.AcmeData.Disk;
import dev.cmpkit.examples.acme.AcmeData.EdgeDevice;
import dev.cmpkit.examples.acme.AcmeData.Image;
import dev.cmpkit.examples.acme.AcmeData.Instance;
import dev.cmpkit.examples.acme.AcmeData.Inventory;
import dev.cmpkit.examples.acme.AcmeData.Member;
import dev.cmpkit.examples.acme.AcmeData.MetricsExport;
import dev.cmpkit.examples.acme.AcmeData.Nic;
import dev.cmpkit.examples.acme.AcmeData.Plan;
import dev.cmpkit.examples.acme.AcmeData.Series;
import dev.cmpkit.examples.acme.AcmeData.Vpc;
import dev.cmpkit.runtime.json.JsonReading;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads Acme's JSON into {@link AcmeData} with Jackson's streaming parser and a few lines per
 * record. Data binding would read the same records by reflection, but building an
 * {@code ObjectMapper} loads some six hundred classes, a large part of a connector's start-up
 * when the platform starts one process per event.
 */
final class AcmeJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private AcmeJson() {}

    static Inventory inventory(InputStream in) throws IOException {
        Fields f = root(in);
        return new Inventory(
                f.object("account", a -> new Account(a.text("id"), a.text("name"))),
                f.list(
                        "datacenters",
                        d -> new Datacenter(
                                d.text("code"),
                                d.text("city"),
                                d.text("country"),
                                d.text("country_code"),
                                d.number("lat"),
                                d.number("lon"))),
                f.list(
                        "images",
                        i -> new Image(
                                i.text("slug"),
                                i.text("title"),
                                i.text("os"),
                                i.text("distro"),
                                i.text("release"),
                                i.text("arch"))),
                f.list(
                        "plans",
                        p -> new Plan(
                                p.text("code"), p.text("label"), p.text("category"), p.optionalNumber("hourly_usd"))),
                f.list(
                        "vpcs",
                        v -> new Vpc(
                                v.text("uuid"), v.text("label"), v.text("dc"), v.text("cidr"), v.text("created_at"))),
                f.list(
                        "instances",
                        i -> new Instance(
                                i.text("uuid"),
                                i.text("label"),
                                i.text("dc"),
                                i.text("created_at"),
                                i.text("plan"),
                                i.text("status"),
                                (int) i.integer("vcpu"),
                                (int) i.integer("cpu_mhz"),
                                i.integer("memory_mib"),
                                i.text("image"),
                                i.flag("bare_metal"),
                                i.list("nics", n -> new Nic(n.text("ip"), n.text("vpc"), n.text("kind"))),
                                i.texts("disks"),
                                i.textMap("tags"),
                                i.text("owner"))),
                f.list(
                        "disks",
                        d -> new Disk(
                                d.text("uuid"),
                                d.text("label"),
                                d.text("dc"),
                                d.text("zone"),
                                d.text("created_at"),
                                d.integer("size_gib"),
                                d.optionalInt("iops"),
                                d.flag("encrypted"),
                                d.text("attached_to"))),
                f.list(
                        "edge_devices",
                        e -> new EdgeDevice(
                                e.text("uuid"),
                                e.text("label"),
                                e.text("dc"),
                                e.text("role"),
                                e.texts("vpcs"),
                                e.optionalInt("throughput_mbps"))),
                f.list(
                        "clusters",
                        c -> new Cluster(
                                c.text("uuid"),
                                c.text("label"),
                                c.text("dc"),
                                c.integer("total_mhz"),
                                c.integer("memory_gib"),
                                c.number("storage_tib"),
                                c.text("cost_center"),
                                c.texts("nodes"))),
                f.list(
                        "members",
                        m -> new Member(
                                m.text("id"),
                                m.text("full_name"),
                                m.text("email"),
                                m.text("phone"),
                                m.text("address"),
                                m.flag("active"),
                                m.optionalLong("quota_gib"),
                                m.optionalLong("used_gib"),
                                m.text("country"),
                                m.text("lang"),
                                m.text("avatar"),
                                m.text("role"))),
                f.list(
                        "cages",
                        c -> new Cage(
                                c.text("id"),
                                c.text("label"),
                                c.text("dc"),
                                c.number("power_kw"),
                                c.text("kind"),
                                c.text("position"),
                                c.text("customer_name"),
                                c.text("customer_label"),
                                c.text("customer_note"),
                                c.text("combo"))),
                f.list(
                        "cross_connects",
                        x -> new CrossConnect(
                                x.text("id"),
                                x.text("label"),
                                x.text("medium"),
                                x.text("carrier"),
                                x.text("carrier_ref"),
                                x.text("a_end"),
                                x.text("z_end"),
                                x.text("dc"),
                                x.texts("cages"))));
    }

    static MetricsExport metrics(InputStream in) throws IOException {
        Fields f = root(in);
        return new MetricsExport(
                (int) f.integer("step_seconds"),
                f.list("series", s -> new Series(s.text("resource"), s.text("metric"), s.numbers("points"))));
    }

    private static Fields root(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            parser.nextToken();
            return new Fields("", JsonReading.readObjectValue(parser));
        }
    }

    /** The keys of one JSON object, read as the record's component types; messages name the key's path. */
    private record Fields(String path, Map<String, Object> object) {

        String text(String key) {
            Object value = object.get(key);
            if (value != null && !(value instanceof String)) {
                throw wrong(key, "a string");
            }
            return (String) value;
        }

        long integer(String key) {
            if (!(object.get(key) instanceof Number number) || number instanceof Double) {
                throw wrong(key, "an integer");
            }
            return number.longValue();
        }

        Integer optionalInt(String key) {
            return object.get(key) == null ? null : (int) integer(key);
        }

        Long optionalLong(String key) {
            return object.get(key) == null ? null : integer(key);
        }

        double number(String key) {
            if (!(object.get(key) instanceof Number number)) {
                throw wrong(key, "a number");
            }
            return number.doubleValue();
        }

        Double optionalNumber(String key) {
            return object.get(key) == null ? null : number(key);
        }

        boolean flag(String key) {
            if (!(object.get(key) instanceof Boolean flag)) {
                throw wrong(key, "true or false");
            }
            return flag;
        }

        List<String> texts(String key) {
            return list(key, element -> element.text("value"), true);
        }

        List<Double> numbers(String key) {
            return list(key, element -> element.number("value"), true);
        }

        Map<String, String> textMap(String key) {
            Fields map = object(key, Function.identity());
            Map<String, String> texts = new LinkedHashMap<>();
            if (map != null) {
                for (String name : map.object.keySet()) {
                    texts.put(name, map.text(name));
                }
            }
            return texts;
        }

        <T> T object(String key, Function<Fields, T> read) {
            Object value = object.get(key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof Map<?, ?>)) {
                throw wrong(key, "an object");
            }
            @SuppressWarnings("unchecked") // JsonReading reads objects as Map<String, Object>
            Map<String, Object> fields = (Map<String, Object>) value;
            return read.apply(new Fields(path + key + ".", fields));
        }

        <T> List<T> list(String key, Function<Fields, T> read) {
            return list(key, read, false);
        }

        /** A list of objects, or with {@code scalars} of plain values, each seen as the key {@code value}. */
        private <T> List<T> list(String key, Function<Fields, T> read, boolean scalars) {
            Object value = object.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> elements)) {
                throw wrong(key, "an array");
            }
            List<T> list = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                String at = path + key + "." + i;
                Map<String, Object> fields = new LinkedHashMap<>();
                if (scalars) {
                    fields.put("value", elements.get(i));
                } else if (elements.get(i) instanceof Map<?, ?> map) {
                    map.forEach((name, field) -> fields.put((String) name, field));
                } else {
                    throw new IllegalArgumentException("Acme JSON: " + at + " must be an object");
                }
                list.add(read.apply(new Fields(scalars ? at + ":" : at + ".", fields)));
            }
            return List.copyOf(list);
        }

        private IllegalArgumentException wrong(String key, String expected) {
            return new IllegalArgumentException("Acme JSON: " + path + key + " must be " + expected + ", got "
                    + (object.containsKey(key) ? object.get(key) : "nothing"));
        }
    }
}

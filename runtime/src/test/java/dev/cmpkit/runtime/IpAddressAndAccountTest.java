package dev.cmpkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IpAddressAndAccountTest {

    @Test
    void networkNeedsBothIdAndName() {
        assertEquals(Map.of(), IpAddress.builder().networkId("n").build().serialize());
        assertEquals(Map.of(), IpAddress.builder().networkName("n").build().serialize());
        IpAddress full = IpAddress.builder()
                .ipAddress("::1")
                .networkId("i")
                .networkName("n")
                .description("d")
                .build();
        Wire.assertAgree(full.serialize(), full);
    }

    @Test
    void ipAddressValueSemantics() {
        IpAddress a = IpAddress.builder().ipAddress("10.0.0.1").networkId("i").build();
        assertEquals(a, a.toBuilder().build());
        assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
        assertNotEquals(a, a.toBuilder().description("x").build());
        assertTrue(a.toString().contains("10.0.0.1"));
    }

    @Test
    void accountOmitsAnEmptyIdButKeepsEmptyMetadata() {
        assertEquals(Map.of(), Account.builder().id("").build().serialize());
        Account account = Account.builder().metadata(Metadata.none()).build();
        assertEquals(Map.of("metadata", Map.of()), account.serialize());
        Wire.assertAgree(account.serialize(), account);
    }

    @Test
    void accountValueSemantics() {
        Account a = Account.builder()
                .id("acc")
                .metadata(Metadata.builder().add("k", "v").build())
                .build();
        assertEquals(a, a.toBuilder().build());
        assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
        assertNotEquals(a, a.toBuilder().id("other").build());
        assertTrue(a.toString().contains("acc"));
    }
}

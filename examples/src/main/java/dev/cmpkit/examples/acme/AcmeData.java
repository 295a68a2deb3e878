package dev.cmpkit.examples.acme;

import java.util.List;
import java.util.Map;

/**
 * Acme Cloud's own JSON shapes, as its (simulated) API returns them; Jackson reads them with
 * snake_case keys. Nothing here knows about CMP: {@link InventoryMapper} does the mapping.
 */
final class AcmeData {

    private AcmeData() {}

    /** Everything the account holds. */
    record Inventory(
            Account account,
            List<Datacenter> datacenters,
            List<Image> images,
            List<Plan> plans,
            List<Vpc> vpcs,
            List<Instance> instances,
            List<Disk> disks,
            List<EdgeDevice> edgeDevices,
            List<Cluster> clusters,
            List<Member> members,
            List<Cage> cages,
            List<CrossConnect> crossConnects) {}

    record Account(String id, String name) {}

    record Datacenter(String code, String city, String country, String countryCode, double lat, double lon) {}

    record Image(String slug, String title, String os, String distro, String release, String arch) {}

    record Plan(String code, String label, String category, Double hourlyUsd) {}

    record Vpc(String uuid, String label, String dc, String cidr, String createdAt) {}

    /** A virtual machine or bare-metal host. {@code status} is one of Acme's own states. */
    record Instance(
            String uuid,
            String label,
            String dc,
            String createdAt,
            String plan,
            String status,
            int vcpu,
            int cpuMhz,
            long memoryMib,
            String image,
            boolean bareMetal,
            List<Nic> nics,
            List<String> disks,
            Map<String, String> tags,
            String owner) {}

    /** A network interface; {@code vpc} is null for a public address. */
    record Nic(String ip, String vpc, String kind) {}

    record Disk(
            String uuid,
            String label,
            String dc,
            String zone,
            String createdAt,
            long sizeGib,
            Integer iops,
            boolean encrypted,
            String attachedTo) {}

    /** A firewall, load balancer, router or console server; {@code role} is Acme's short code. */
    record EdgeDevice(String uuid, String label, String dc, String role, List<String> vpcs, Integer throughputMbps) {}

    record Cluster(
            String uuid,
            String label,
            String dc,
            long totalMhz,
            long memoryGib,
            double storageTib,
            String costCenter,
            List<String> nodes) {}

    /** A person (or robot) with a login to the Acme account. */
    record Member(
            String id,
            String fullName,
            String email,
            String phone,
            String address,
            boolean active,
            Long quotaGib,
            Long usedGib,
            String country,
            String lang,
            String avatar,
            String role) {}

    record Cage(
            String id,
            String label,
            String dc,
            double powerKw,
            String kind,
            String position,
            String customerName,
            String customerLabel,
            String customerNote,
            String combo) {}

    record CrossConnect(
            String id,
            String label,
            String medium,
            String carrier,
            String carrierRef,
            String aEnd,
            String zEnd,
            String dc,
            List<String> cages) {}

    /** Acme's metrics export: a repeating pattern of values, one every {@code stepSeconds}. */
    record MetricsExport(int stepSeconds, List<Series> series) {}

    /** One metric of one resource; {@code metric} is Acme's metric name, mapped in mapping.yaml. */
    record Series(String resource, String metric, List<Double> points) {}
}

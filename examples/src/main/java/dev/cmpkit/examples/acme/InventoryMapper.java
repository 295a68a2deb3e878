package dev.cmpkit.examples.acme;

import dev.cmpkit.runtime.Connections;
import dev.cmpkit.runtime.ImageDetailMap;
import dev.cmpkit.runtime.IpAddress;
import dev.cmpkit.runtime.Location;
import dev.cmpkit.runtime.Locations;
import dev.cmpkit.runtime.Metadata;
import dev.cmpkit.runtime.Place;
import dev.cmpkit.runtime.Region;
import dev.cmpkit.runtime.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Maps an Acme inventory, in Acme's own shape, to CMP resources built from the Acme templates. */
final class InventoryMapper {

    static final String PORTAL = "https://console.acme.example/";

    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;
    private static final double TIB = 1024.0 * GIB;

    private static final Map<String, PowerState> STATES = Map.of(
            "provisioning", PowerState.PENDING,
            "active", PowerState.RUNNING,
            "halting", PowerState.STOPPING,
            "halted", PowerState.STOPPED,
            "deleting", PowerState.SHUTTING,
            "deleted", PowerState.TERMINATED);
    private static final Map<String, ApplianceRole> ROLES = Map.of(
            "fw", ApplianceRole.FIREWALL,
            "lb", ApplianceRole.LOAD_BALANCER,
            "rtr", ApplianceRole.ROUTER,
            "sw", ApplianceRole.SWITCH,
            "nas", ApplianceRole.STORAGE,
            "kvm", ApplianceRole.KVM);

    private final AcmeData.Inventory inventory;
    private final Map<String, AcmeData.Datacenter> datacenters;
    private final Map<String, AcmeData.Vpc> vpcs;
    private final Map<String, AcmeData.Disk> disks;
    private final ImageDetailMap images;

    InventoryMapper(AcmeData.Inventory inventory) {
        this.inventory = inventory;
        this.datacenters = index(inventory.datacenters(), AcmeData.Datacenter::code);
        this.vpcs = index(inventory.vpcs(), AcmeData.Vpc::uuid);
        this.disks = index(inventory.disks(), AcmeData.Disk::uuid);
        ImageDetailMap.Builder imageMap = ImageDetailMap.builder();
        for (AcmeData.Image image : inventory.images()) {
            imageMap.put(image.slug(), image.title(), image.os(), image.distro(), image.release(), image.arch());
        }
        this.images = imageMap.build();
    }

    /** Returns every resource of the inventory, grouped by type. */
    List<Resource> resources() {
        List<Resource> resources = new ArrayList<>();
        inventory.instances().forEach(instance -> resources.add(server(instance)));
        inventory.disks().forEach(disk -> resources.add(volume(disk)));
        inventory.vpcs().forEach(vpc -> resources.add(network(vpc)));
        inventory.edgeDevices().forEach(device -> resources.add(appliance(device)));
        inventory.plans().forEach(plan -> resources.add(serviceOffering(plan)));
        inventory.clusters().forEach(cluster -> resources.add(computePool(cluster)));
        inventory.members().forEach(member -> resources.add(saasUser(member)));
        inventory.cages().forEach(cage -> resources.add(coloSpace(cage)));
        inventory.crossConnects().forEach(crossConnect -> resources.add(circuit(crossConnect)));
        return resources;
    }

    AcmeServer server(AcmeData.Instance instance) {
        List<IpAddress> addresses = new ArrayList<>();
        LinkedHashSet<String> networks = new LinkedHashSet<>();
        for (AcmeData.Nic nic : instance.nics()) {
            IpAddress.Builder address = IpAddress.builder().ipAddress(nic.ip()).description(nic.kind());
            if (nic.vpc() != null) {
                address.networkId(nic.vpc())
                        .networkName(vpc(nic.vpc(), instance.uuid()).label());
                networks.add(nic.vpc());
            }
            addresses.add(address.build());
        }
        long diskBytes = 0;
        for (String diskId : instance.disks()) {
            diskBytes += disk(diskId, instance.uuid()).sizeGib() * GIB;
        }
        Metadata.Builder metadata = Metadata.builder();
        instance.tags().forEach(metadata::add);
        if (instance.owner() != null) {
            metadata.add("owner", instance.owner(), Metadata.PROVIDER_SPECIFIC_EDITABLE);
        }
        return AcmeServer.builder()
                .id(instance.uuid())
                .name(instance.label())
                .providerCreatedAt(instance.createdAt())
                .nativePortalLink(PORTAL + "instances/" + instance.uuid())
                .locations(locations(instance.dc(), instance.uuid()))
                .connections(Connections.builder()
                        .volumes(instance.disks())
                        .networks(List.copyOf(networks))
                        .add("service_offering", instance.plan())
                        .build())
                .metadata(metadata.build())
                .vcpus(instance.vcpu())
                .clockHz(instance.cpuMhz() * 1_000_000L)
                .memoryBytes(instance.memoryMib() * MIB)
                .diskBytes(diskBytes)
                .plan(instance.plan())
                .power(STATES.getOrDefault(instance.status(), PowerState.UNKNOWN))
                .acmeStatus(instance.status())
                .addresses(addresses)
                .image(images.get(instance.image()))
                .virtual(!instance.bareMetal())
                .build();
    }

    AcmeVolume volume(AcmeData.Disk disk) {
        Connections.Builder connections = Connections.builder();
        if (disk.attachedTo() != null) {
            connections.servers(disk.attachedTo());
        }
        return AcmeVolume.builder()
                .id(disk.uuid())
                .name(disk.label())
                .providerCreatedAt(disk.createdAt())
                .nativePortalLink(PORTAL + "disks/" + disk.uuid())
                .region(Region.of(datacenter(disk.dc(), disk.uuid()).code()))
                .connections(connections.build())
                .bytes(disk.sizeGib() * GIB)
                .operationsPerSecond(disk.iops())
                .encryptedAtRest(disk.encrypted())
                .zone(disk.zone())
                .build();
    }

    AcmeNetwork network(AcmeData.Vpc vpc) {
        return AcmeNetwork.builder()
                .id(vpc.uuid())
                .name(vpc.label())
                .providerCreatedAt(vpc.createdAt())
                .region(Region.of(datacenter(vpc.dc(), vpc.uuid()).code()))
                .metadata(Metadata.builder().add("cidr", vpc.cidr()).build())
                .build();
    }

    AcmeAppliance appliance(AcmeData.EdgeDevice device) {
        device.vpcs().forEach(vpcId -> vpc(vpcId, device.uuid()));
        Metadata.Builder metadata = Metadata.builder().add("acme_role", device.role());
        if (device.throughputMbps() != null) {
            metadata.add("throughput_mbps", device.throughputMbps());
        }
        return AcmeAppliance.builder()
                .id(device.uuid())
                .name(device.label())
                .locations(locations(device.dc(), device.uuid()))
                .connections(Connections.builder().networks(device.vpcs()).build())
                .metadata(metadata.build())
                .role(ROLES.getOrDefault(device.role(), ApplianceRole.UNKNOWN))
                .build();
    }

    AcmeServiceOffering serviceOffering(AcmeData.Plan plan) {
        Metadata.Builder metadata = Metadata.builder();
        if (plan.hourlyUsd() != null) {
            metadata.add("hourly_usd", plan.hourlyUsd());
        }
        return AcmeServiceOffering.builder()
                .id(plan.code())
                .name(plan.label())
                .metadata(metadata.build())
                .category(plan.category())
                .build();
    }

    AcmeComputePool computePool(AcmeData.Cluster cluster) {
        return AcmeComputePool.builder()
                .id(cluster.uuid())
                .name(cluster.label())
                .locations(locations(cluster.dc(), cluster.uuid()))
                .connections(Connections.builder().servers(cluster.nodes()).build())
                .totalHz(cluster.totalMhz() * 1_000_000L)
                .totalMemoryBytes(cluster.memoryGib() * GIB)
                .totalStorageBytes(Math.round(cluster.storageTib() * TIB))
                .costCenter(cluster.costCenter())
                .build();
    }

    AcmeSaasUser saasUser(AcmeData.Member member) {
        return AcmeSaasUser.builder()
                .id(member.id())
                .name(member.fullName())
                .metadata(Metadata.builder().add("role", member.role()).build())
                .avatar(member.avatar())
                .telephone(member.phone())
                .postalAddress(member.address())
                .active(member.active())
                .quotaBytes(member.quotaGib() == null ? null : member.quotaGib() * GIB)
                .usedBytes(member.usedGib() == null ? null : member.usedGib() * GIB)
                .mail(member.email())
                .countryCode(member.country())
                .locale(member.lang())
                .build();
    }

    AcmeColoSpace coloSpace(AcmeData.Cage cage) {
        return AcmeColoSpace.builder()
                .id(cage.id())
                .name(cage.label())
                .locations(locations(cage.dc(), cage.id()))
                .powerWatts((int) Math.round(cage.powerKw() * 1000))
                .kind(cage.kind())
                .position(cage.position())
                .customer(cage.customerName())
                .customerLabel(cage.customerLabel())
                .customerNote(cage.customerNote())
                .lockCode(cage.combo())
                .build();
    }

    AcmeCircuit circuit(AcmeData.CrossConnect crossConnect) {
        return AcmeCircuit.builder()
                .id(crossConnect.id())
                .name(crossConnect.label())
                .region(Region.of(
                        datacenter(crossConnect.dc(), crossConnect.id()).code()))
                .connections(Connections.builder()
                        .add("colo_space", crossConnect.cages())
                        .build())
                .medium(crossConnect.medium())
                .operator(crossConnect.carrier())
                .carrierReference(crossConnect.carrierRef())
                .aEnd(crossConnect.aEnd())
                .zEnd(crossConnect.zEnd())
                .build();
    }

    /** An Acme datacenter as a CMP location: the site with its coordinates, its city and country. */
    private Locations locations(String dcCode, String owner) {
        AcmeData.Datacenter dc = datacenter(dcCode, owner);
        return Locations.of(Location.builder()
                .location(Place.builder()
                        .id(dc.code())
                        .name("Acme " + dc.city())
                        .latitude(dc.lat())
                        .longitude(dc.lon())
                        .build())
                .city(Place.builder().name(dc.city()).build())
                .country(Place.builder().id(dc.countryCode()).name(dc.country()).build())
                .type(Location.PROVIDER)
                .build());
    }

    private AcmeData.Datacenter datacenter(String code, String owner) {
        return lookup(datacenters, code, "datacenter", owner);
    }

    private AcmeData.Vpc vpc(String id, String owner) {
        return lookup(vpcs, id, "vpc", owner);
    }

    private AcmeData.Disk disk(String id, String owner) {
        return lookup(disks, id, "disk", owner);
    }

    private static <T> T lookup(Map<String, T> index, String key, String what, String owner) {
        T value = index.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Acme inventory: " + owner + " refers to " + what + " '" + key
                    + "', which the inventory does not list; known: " + index.keySet());
        }
        return value;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> index = new LinkedHashMap<>();
        for (T item : items) {
            if (index.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("Acme inventory: duplicate id '" + key.apply(item) + "'");
            }
        }
        return index;
    }
}

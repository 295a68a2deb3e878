package dev.cmpkit.examples.acme;

import dev.cmpkit.annotations.CmpField;
import dev.cmpkit.annotations.CmpResource;

/** Template of {@link AcmeServiceOffering}: an Acme plan as a CMP {@code service_offering}. */
@CmpResource(type = "service_offering")
record AcmeServiceOfferingSpec(@CmpField(name = "type_id") String category) {}

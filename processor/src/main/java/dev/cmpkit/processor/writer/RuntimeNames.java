package dev.cmpkit.processor.writer;

import com.palantir.javapoet.ClassName;

/** The runtime and library types generated code refers to, by name: the processor never links the runtime. */
final class RuntimeNames {

    static final ClassName RESOURCE = ClassName.get("dev.cmpkit.runtime", "Resource");
    static final ClassName RESOURCE_BASE = ClassName.get("dev.cmpkit.runtime", "ResourceBase");
    static final ClassName RESOURCE_BUILDER = ClassName.get("dev.cmpkit.runtime", "ResourceBuilder");
    static final ClassName CMP_SERIALIZABLE = ClassName.get("dev.cmpkit.runtime", "CmpSerializable");
    static final ClassName RFC3339 = ClassName.get("dev.cmpkit.runtime", "Rfc3339");
    static final ClassName JSON_VALUES = ClassName.get("dev.cmpkit.runtime.json", "JsonValues");
    static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName CMP_READERS = ClassName.get("dev.cmpkit.runtime", "CmpReaders");
    static final ClassName RESOURCE_READING = ClassName.get("dev.cmpkit.runtime", "ResourceReading");
    static final ClassName JSON_READING = ClassName.get("dev.cmpkit.runtime.json", "JsonReading");
    static final ClassName READ_OPTIONS = ClassName.get("dev.cmpkit.runtime.json", "ReadOptions");
    static final ClassName CMP_READ_EXCEPTION = ClassName.get("dev.cmpkit.runtime.json", "CmpReadException");
    static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");

    static final ClassName CLOCK = ClassName.get("java.time", "Clock");
    static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName LOCALE = ClassName.get("java.util", "Locale");

    private RuntimeNames() {}
}

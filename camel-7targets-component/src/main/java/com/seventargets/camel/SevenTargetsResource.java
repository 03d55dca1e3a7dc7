package com.seventargets.camel;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The part of the 7Targets API an endpoint addresses, and the operations it has (the first is the default).
 */
public enum SevenTargetsResource {
    lead(SevenTargetsOperation.create, SevenTargetsOperation.update, SevenTargetsOperation.stopFollowup),
    assistant(SevenTargetsOperation.list);

    private final List<SevenTargetsOperation> operations;

    SevenTargetsResource(SevenTargetsOperation... operations) {
        this.operations = List.of(operations);
    }

    public SevenTargetsOperation defaultOperation() {
        return operations.get(0);
    }

    /**
     * Checks that this resource has the operation.
     *
     * @throws IllegalArgumentException naming the valid operations when it has not
     */
    public SevenTargetsOperation requireOperation(SevenTargetsOperation operation) {
        if (!operations.contains(operation)) {
            throw new IllegalArgumentException(
                    "Operation '" + operation + "' is not an operation of resource '" + name() + "'; valid operations: "
                                               + operationNames());
        }
        return operation;
    }

    /**
     * Resolves an operation given as text (a URI option or a header), checking it belongs to this resource.
     */
    public SevenTargetsOperation requireOperation(String name) {
        for (SevenTargetsOperation operation : SevenTargetsOperation.values()) {
            if (operation.name().equalsIgnoreCase(name)) {
                return requireOperation(operation);
            }
        }
        throw new IllegalArgumentException(
                "Unknown operation '" + name + "' for resource '" + name() + "'; valid operations: " + operationNames());
    }

    private String operationNames() {
        return operations.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Resolves the resource named in the endpoint URI.
     *
     * @throws IllegalArgumentException naming the valid resources when the name is unknown
     */
    public static SevenTargetsResource fromUriPath(String name) {
        for (SevenTargetsResource resource : values()) {
            if (resource.name().equals(name)) {
                return resource;
            }
        }
        throw new IllegalArgumentException(
                "Unknown 7Targets resource '" + name + "' in the endpoint URI; valid resources: "
                                           + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                                           + " (for example seventargets:lead?operation=create)");
    }
}

package com.seventargets.buildtools;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The metadata of a made-up component, {@code example.json}, with one option of each kind the generators handle. */
final class Fixtures {

    static final String RESOURCE = "example.json";

    private Fixtures() {
    }

    static ComponentMetadata example() {
        return ComponentMetadata.readResource(RESOURCE);
    }

    static Path exampleFile() {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(RESOURCE).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

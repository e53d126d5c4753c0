package dev.ferry.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link FerryTestResource} for every Quarkus test in the module. */
@QuarkusTestResource(value = FerryTestResource.class, restrictToAnnotatedClass = false)
public final class TestResources {
    private TestResources() {
    }
}

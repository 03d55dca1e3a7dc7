package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh inbox for the CSV route. Injected into test fields of type {@link Folders}.
 */
public class FoldersResource implements QuarkusTestResourceLifecycleManager {

    /** The folders of one test run. */
    public record Folders(Path inbox, Path done) {
    }

    private Folders folders;

    @Override
    public Map<String, String> start() {
        try {
            Path inbox = Files.createTempDirectory("leads-test").resolve("inbox");
            folders = new Folders(inbox, inbox.resolve("done"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a progress line every half second: a test's import lasts a few seconds
        return Map.of("leads.inbox", folders.inbox().toString(), "leads.done", "done",
                "leads.csv.progress-interval", "500");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(folders, new TestInjector.MatchesType(Folders.class));
    }

    @Override
    public void stop() {
        // the temporary folders are left for the post-mortem of a failed run
    }
}

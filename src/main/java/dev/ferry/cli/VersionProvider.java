package dev.ferry.cli;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine;

/** {@code ferry --version}: the application version from the build. */
@RegisterForReflection
public class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class)
                .orElse("unknown");
        return new String[] {"ferry " + version};
    }
}

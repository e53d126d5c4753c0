package dev.ferry.migration;

import dev.ferry.copy.Check;
import dev.ferry.copy.TableReport;
import dev.ferry.engine.dialect.PreflightRule;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Job parameters and results are written by Jackson in the job store, outside the REST layer,
 * so Quarkus does not see them in any resource signature: a native image needs them registered.
 */
@RegisterForReflection(targets = {
        MigrationJobHandler.Params.class, MigrationSettings.class, MigrationSettings.Include.class,
        MigrationSettings.Verify.class, ColumnPolicy.class, MigrationOutcome.class, TableReport.class, Check.class,
        PreflightFinding.class, PreflightRule.class, MigrationPlan.ObjectNote.class})
final class MigrationJson {

    private MigrationJson() {
    }
}

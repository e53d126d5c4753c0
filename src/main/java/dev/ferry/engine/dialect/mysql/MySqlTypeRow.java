package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.TypeRule;
import dev.ferry.engine.model.LogicalType;

import java.util.function.Predicate;

/**
 * One row of the MySQL type table: a native type name, the condition under which it reads as a
 * logical type (as text for the listing and as a test on the declared type), and a sample
 * declaration that the listing shows.
 */
record MySqlTypeRow(TypeRule rule, Predicate<MySqlDeclaredType> applies, String sample) {

    static MySqlTypeRow of(String nativeType, LogicalType logical, String sample) {
        return new MySqlTypeRow(TypeRule.of(nativeType, logical), d -> true, sample);
    }

    static MySqlTypeRow when(String nativeType, LogicalType logical, String condition,
                             Predicate<MySqlDeclaredType> applies, String sample) {
        return new MySqlTypeRow(new TypeRule(nativeType, logical, condition), applies, sample);
    }

    boolean matches(MySqlDeclaredType declared) {
        return rule.nativeType().equals(declared.base()) && applies.test(declared);
    }
}

package dev.ferry.engine.dialect.sqlite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the PRAGMAs do not tell about a table, read from the CREATE TABLE text SQLite keeps:
 * whether it uses AUTOINCREMENT, constraint names, generated-column expressions and column-level
 * {@code CHECK (col IN ('a', ...))} lists. A small tokenizer (strings, four identifier quotes,
 * comments) splits the column list at its top-level commas.
 */
final class CreateTableSql {

    private enum Kind { WORD, IDENT, STRING, PUNCT }

    private record Token(Kind kind, String text, int start, int end) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word) || kind == Kind.PUNCT && text.equals(word);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.IDENT || kind == Kind.STRING;
        }
    }

    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private final String sql;
    private final boolean autoincrement;
    private final Map<String, String> generated = new HashMap<>();
    private final Map<String, List<String>> checkMembers = new HashMap<>();
    private final Map<String, String> constraintNames = new HashMap<>();

    private CreateTableSql(String sql) {
        this.sql = sql;
        List<Token> tokens = tokenize(sql);
        this.autoincrement = tokens.stream().anyMatch(t -> t.is("AUTOINCREMENT"));
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).is("(")) {
            open++;
        }
        for (List<Token> definition : definitions(tokens, open + 1)) {
            read(definition);
        }
    }

    static CreateTableSql parse(String sql) {
        return new CreateTableSql(sql == null ? "" : sql);
    }

    boolean autoincrement() {
        return autoincrement;
    }

    /** The expression of a generated column, as written. */
    String generatedExpression(String column) {
        return generated.get(key(column));
    }

    /** The members of a column-level {@code CHECK (col IN ('a', 'b'))}; empty when there is none. */
    List<String> checkMembers(String column) {
        return checkMembers.getOrDefault(key(column), List.of());
    }

    /** The declared name of a FOREIGN KEY or UNIQUE constraint over these columns, or null. */
    String constraintName(String type, List<String> columns) {
        return constraintNames.get(type + ":" + key(String.join("\u0000", columns)));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private void read(List<Token> def) {
        if (def.isEmpty()) {
            return;
        }
        Token first = def.get(0);
        if (first.kind() == Kind.WORD && TABLE_CONSTRAINTS.contains(first.text().toUpperCase(Locale.ROOT))) {
            readTableConstraint(def);
            return;
        }
        String column = first.text();
        String pendingName = null;
        for (int i = 1; i < def.size(); i++) {
            Token t = def.get(i);
            if (t.is("CONSTRAINT") && i + 1 < def.size()) {
                pendingName = def.get(++i).text();
            } else if (t.is("REFERENCES") || t.is("UNIQUE")) {
                if (pendingName != null) {
                    constraintNames.put((t.is("UNIQUE") ? "unique" : "fk") + ":" + key(column), pendingName);
                }
                pendingName = null;
            } else if (t.is("AS") && i + 1 < def.size() && def.get(i + 1).is("(")) {
                int close = matching(def, i + 1);
                generated.put(key(column), sql.substring(def.get(i + 1).end(), def.get(close).start()).trim());
                i = close;
            } else if (t.is("CHECK") && i + 1 < def.size() && def.get(i + 1).is("(")) {
                int close = matching(def, i + 1);
                inList(def.subList(i + 2, close), column);
                i = close;
            } else if (t.is("PRIMARY") || t.is("NOT") || t.is("DEFAULT") || t.is("CHECK") || t.is("COLLATE")) {
                pendingName = null;
            }
        }
    }

    private void readTableConstraint(List<Token> def) {
        String name = def.get(0).is("CONSTRAINT") && def.size() > 1 ? def.get(1).text() : null;
        int at = name == null ? 0 : 2;
        if (name == null || at >= def.size()) {
            return;
        }
        String type = def.get(at).is("FOREIGN") ? "fk" : def.get(at).is("UNIQUE") ? "unique" : null;
        int open = at;
        while (open < def.size() && !def.get(open).is("(")) {
            open++;
        }
        if (type == null || open >= def.size()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        for (int i = open + 1; i < matching(def, open); i++) {
            if (def.get(i).isName() && (i == open + 1 || def.get(i - 1).is(","))) {
                columns.add(def.get(i).text());
            }
        }
        constraintNames.put(type + ":" + key(String.join("\u0000", columns)), name);
    }

    /** {@code col IN ('a', 'b')} on the column itself, nothing else. */
    private void inList(List<Token> check, String column) {
        if (check.size() < 4 || !check.get(0).isName() || !key(check.get(0).text()).equals(key(column))
                || !check.get(1).is("IN") || !check.get(2).is("(") || !check.get(check.size() - 1).is(")")) {
            return;
        }
        List<String> members = new ArrayList<>();
        for (int i = 3; i < check.size() - 1; i++) {
            Token t = check.get(i);
            boolean expectValue = (i - 3) % 2 == 0;
            if (expectValue ? t.kind() != Kind.STRING : !t.is(",")) {
                return;
            }
            if (expectValue) {
                members.add(t.text());
            }
        }
        checkMembers.put(key(column), List.copyOf(members));
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static List<List<Token>> definitions(List<Token> tokens, int from) {
        List<List<Token>> definitions = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (depth == 0 && (t.is(",") || t.is(")"))) {
                definitions.add(current);
                current = new ArrayList<>();
                if (t.is(")")) {
                    break;
                }
                continue;
            }
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            current.add(t);
        }
        return definitions;
    }

    private static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                i = quoted(sql, i, c, c == '\'' ? Kind.STRING : Kind.IDENT, tokens);
            } else if (c == '[') {
                int end = sql.indexOf(']', i);
                end = end < 0 ? sql.length() : end;
                tokens.add(new Token(Kind.IDENT, sql.substring(i + 1, end), i, Math.min(sql.length(), end + 1)));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127) {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$' || sql.charAt(end) > 127)) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** A quoted string or identifier; the quote character doubled inside stands for itself. */
    private static int quoted(String sql, int start, char quote, Kind kind, List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                text.append(quote);
                i += 2;
            } else if (c == quote) {
                i++;
                break;
            } else {
                text.append(c);
                i++;
            }
        }
        tokens.add(new Token(kind, text.toString(), start, i));
        return i;
    }
}

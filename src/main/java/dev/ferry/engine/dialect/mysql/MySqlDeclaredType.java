package dev.ferry.engine.dialect.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column type as MySQL writes it in {@code information_schema.COLUMNS.COLUMN_TYPE} (or as this
 * dialect writes it in DDL), split into base name, arguments, unsigned flag and ENUM/SET members.
 *
 * @param jsonCheck the column carries MariaDB's {@code CHECK (json_valid(column))}, i.e. it was
 *                  declared JSON on MariaDB, which stores it as LONGTEXT
 */
record MySqlDeclaredType(String base, List<String> args, boolean unsigned, List<String> members, boolean jsonCheck) {

    static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "bigint");

    MySqlDeclaredType {
        args = List.copyOf(args);
        members = List.copyOf(members);
    }

    static MySqlDeclaredType parse(String columnType, boolean jsonCheck) {
        String text = columnType.trim();
        int open = text.indexOf('(');
        String head = open < 0 ? text : text.substring(0, open);
        String[] words = head.trim().toLowerCase(Locale.ROOT).split("\\s+");
        String base = words[0];
        String tail = open < 0 ? head.substring(words[0].length()) : "";
        List<String> args = new ArrayList<>();
        List<String> members = new ArrayList<>();
        if (open >= 0) {
            int close = closingParenthesis(text, open);
            String inside = text.substring(open + 1, close);
            if (base.equals("enum") || base.equals("set")) {
                members.addAll(parseMembers(inside));
            } else {
                for (String arg : inside.split(",")) {
                    args.add(arg.trim());
                }
            }
            tail = text.substring(close + 1);
        }
        boolean unsigned = tail.toLowerCase(Locale.ROOT).contains("unsigned");
        return new MySqlDeclaredType(base, args, unsigned, members, jsonCheck);
    }

    /** The lower-case first word of a type text of any engine, e.g. {@code bigint} of {@code BIGINT(20) UNSIGNED}. */
    static String baseName(String typeText) {
        if (typeText == null) {
            return "";
        }
        String head = typeText.trim().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < head.length() && head.charAt(end) != '(' && !Character.isWhitespace(head.charAt(end))) {
            end++;
        }
        return head.substring(0, end);
    }

    /** MariaDB's JSON: a LONGTEXT with a json_valid check (a check on another type is just a check). */
    boolean isJsonAlias() {
        return jsonCheck && base.equals("longtext");
    }

    boolean isInteger() {
        return INTEGERS.contains(base);
    }

    /** The display width of an integer type, e.g. 1 for tinyint(1); 0 when none is given. */
    int width() {
        return isInteger() && !args.isEmpty() ? Integer.parseInt(args.get(0)) : 0;
    }

    Integer intArg(int index) {
        return args.size() > index ? Integer.valueOf(args.get(index)) : null;
    }

    /**
     * The normalized type text: integer display widths dropped (MySQL 8 no longer shows them)
     * except tinyint(1), ZEROFILL dropped, YEAR without its width, MariaDB's JSON alias as json.
     */
    String normalized() {
        if (isJsonAlias()) {
            return "json";
        }
        StringBuilder out = new StringBuilder(base);
        if (!members.isEmpty() || base.equals("enum") || base.equals("set")) {
            out.append('(').append(String.join(",", members.stream().map(MySqlDeclaredType::memberLiteral).toList()))
                    .append(')');
        } else if (isInteger()) {
            if (base.equals("tinyint") && width() == 1 && !unsigned) {
                out.append("(1)");
            }
        } else if (!args.isEmpty() && !base.equals("year")) {
            out.append('(').append(String.join(",", args)).append(')');
        }
        if (unsigned) {
            out.append(" unsigned");
        }
        return out.toString();
    }

    /** An ENUM/SET member as MySQL writes it in COLUMN_TYPE and accepts it in DDL. */
    static String memberLiteral(String member) {
        return "'" + member.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static int closingParenthesis(String text, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean doubledQuote = c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
            if (quoted && (c == '\\' || doubledQuote)) {
                i++;
            } else if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ')') {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced type text: " + text);
    }

    /** Members of {@code 'a','b''c','d\\e'}: SQL string literals with doubled quotes and backslash escapes. */
    static List<String> parseMembers(String inside) {
        List<String> members = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (current == null) {
                if (c == '\'') {
                    current = new StringBuilder();
                }
            } else if (c == '\\' && i + 1 < inside.length()) {
                current.append(MySqlLiterals.unescape(inside.charAt(++i)));
            } else if (c == '\'') {
                if (i + 1 < inside.length() && inside.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else {
                    members.add(current.toString());
                    current = null;
                }
            } else {
                current.append(c);
            }
        }
        return members;
    }
}

package dev.ferry.engine.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column's declared type as SQLite keeps it (any words, optionally with one or two numbers in
 * parentheses), split into the name Ferry looks up, its numbers and the UNSIGNED word.
 *
 * @param text     the declaration as written ("" when the column has no declared type)
 * @param name     upper-case words without parameters and without UNSIGNED, single-spaced
 * @param params   the numbers in parentheses, e.g. [10, 2] for NUMERIC(10,2)
 * @param unsigned whether the word UNSIGNED appears (Ferry writes it for unsigned sources)
 */
record DeclaredType(String text, String name, List<Integer> params, boolean unsigned) {

    static DeclaredType parse(String declared) {
        String text = declared == null ? "" : declared.trim();
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        String words = text;
        List<Integer> params = new ArrayList<>();
        if (open >= 0 && close > open) {
            words = text.substring(0, open) + " " + text.substring(close + 1);
            for (String part : text.substring(open + 1, close).split(",")) {
                try {
                    params.add(Integer.parseInt(part.trim().replace("+", "")));
                } catch (NumberFormatException e) {
                    // SQLite accepts any signed number here; a non-integer is not a length Ferry can use.
                }
            }
        }
        boolean unsigned = false;
        List<String> kept = new ArrayList<>();
        for (String word : words.trim().toUpperCase(Locale.ROOT).split("\\s+")) {
            if (word.equals("UNSIGNED")) {
                unsigned = true;
            } else if (!word.isEmpty()) {
                kept.add(word);
            }
        }
        return new DeclaredType(text, String.join(" ", kept), List.copyOf(params), unsigned);
    }

    Integer param(int index) {
        return index < params.size() ? params.get(index) : null;
    }

    Affinity affinity() {
        return Affinity.of(text);
    }
}

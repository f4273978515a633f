package org.lumen.viewer.protocol;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The text tests of the rules: modalities compare ignoring case; descriptions are case-insensitive regular expressions found anywhere. */
final class Patterns {
    private Patterns() {}

    /** Whether a rule's value is "any". */
    static boolean any(String ruleValue) {
        return ruleValue.isBlank();
    }

    static boolean sameWord(String rule, String value) {
        return rule.strip().toUpperCase(Locale.ROOT).equals(value.strip().toUpperCase(Locale.ROOT));
    }

    static boolean finds(String regex, String value) {
        return compile(regex).matcher(value).find();
    }

    /** The pattern, or an error naming it. */
    static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("not a regular expression: \"" + regex + "\" (" + e.getDescription() + ")", e);
        }
    }
}

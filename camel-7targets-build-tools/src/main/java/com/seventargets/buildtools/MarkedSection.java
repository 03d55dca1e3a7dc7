package com.seventargets.buildtools;

/** The lines between a start and an end marker line of a text, replaced; the rest stays as written. */
final class MarkedSection {

    private MarkedSection() {
    }

    /**
     * @param start   the line that opens the section, kept
     * @param end     the line that closes it, kept
     * @param content the new lines between them, each ending with a line break
     */
    static String replace(String text, String start, String end, String content) {
        int from = lineAfter(text, start, 0);
        int to = text.indexOf("\n" + end, from - 1);
        if (to < 0) {
            throw new IllegalArgumentException("No line '" + end + "' after the line '" + start + "'");
        }
        return text.substring(0, from) + content + text.substring(to + 1);
    }

    private static int lineAfter(String text, String line, int from) {
        int at = text.startsWith(line + "\n") ? 0 : text.indexOf("\n" + line + "\n", from);
        if (at < 0) {
            throw new IllegalArgumentException("No line '" + line + "' in the text");
        }
        return text.indexOf('\n', at == 0 ? 0 : at + 1) + 1;
    }
}

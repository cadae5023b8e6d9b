package nl.wegwijs.dashboard;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula are defused with a leading quote:
 * scrubbed questions are still text typed by strangers.
 */
final class Csv {

    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private final StringBuilder out = new StringBuilder("\uFEFF");

    Csv row(Object... cells) {
        return row(List.of(cells));
    }

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!(value instanceof Number) && FORMULA.matcher(s).matches()) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

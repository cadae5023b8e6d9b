package nl.wegwijs.handoff;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an intermediary takes handoffs, written the way a coordinator would type it:
 * {@code "mon-fri 09:00-17:00; sat 10:00-13:00"}, or {@code "always"}. Times are local to the
 * deployment's zone; a window may not cross midnight (write two windows instead).
 */
record Availability(String spec, List<Window> windows) {

    private static final Pattern WINDOW = Pattern.compile(
            "([a-z]{3})(?:-([a-z]{3}))?\\s+(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        boolean contains(ZonedDateTime t) {
            LocalTime time = t.toLocalTime();
            return days.contains(t.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
        }
    }

    static Availability parse(String spec) {
        String s = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("always") || s.equals("24/7")) {
            return new Availability("always", List.of());
        }
        List<Window> windows = new ArrayList<>();
        for (String part : s.split("[;,]")) {
            Matcher m = WINDOW.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read availability '" + part.strip()
                        + "'; write e.g. 'mon-fri 09:00-17:00; sat 10:00-13:00' or 'always'");
            }
            int first = day(m.group(1));
            int last = m.group(2) == null ? first : day(m.group(2));
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (int d = first; ; d = (d + 1) % 7) {
                days.add(DayOfWeek.of(d + 1));
                if (d == last) {
                    break;
                }
            }
            LocalTime from = LocalTime.parse(pad(m.group(3)));
            LocalTime to = LocalTime.parse(pad(m.group(4)));
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("availability window ends before it starts: " + part.strip());
            }
            windows.add(new Window(days, from, to));
        }
        return new Availability(s, List.copyOf(windows));
    }

    boolean always() {
        return windows.isEmpty();
    }

    boolean isOpen(ZonedDateTime at) {
        return always() || windows.stream().anyMatch(w -> w.contains(at));
    }

    /** The next moment this intermediary is available, within a week; now if open now. */
    Optional<ZonedDateTime> nextOpening(ZonedDateTime from) {
        if (isOpen(from)) {
            return Optional.of(from);
        }
        ZonedDateTime best = null;
        for (int d = 0; d <= 7; d++) {
            ZonedDateTime day = from.truncatedTo(ChronoUnit.DAYS).plusDays(d);
            for (Window w : windows) {
                ZonedDateTime start = day.with(w.from());
                if (w.days().contains(start.getDayOfWeek()) && start.isAfter(from) && (best == null || start.isBefore(best))) {
                    best = start;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static int day(String name) {
        int i = DAYS.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown day '" + name + "'; use mon, tue, wed, thu, fri, sat, sun");
        }
        return i;
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    @Override
    public String toString() {
        return spec;
    }
}

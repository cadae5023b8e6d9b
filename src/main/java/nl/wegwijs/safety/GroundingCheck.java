package nl.wegwijs.safety;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated text may only repeat facts from the text it was given: every phone number, web
 * address and service name in it must occur in the source. A model that invents a number sends
 * a parent to the wrong place, so one unknown fact rejects the whole text.
 */
public final class GroundingCheck {

    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+?\\d[\\d \\-]{1,14}\\d|\\d{3})(?!\\d)");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:nl|com|org|eu|net|info)\\b[^\\s)]*");

    private final Set<String> serviceNames;

    /** @param serviceNames names whose mention must come from the source (Veilig Thuis, GGD, ...) */
    public GroundingCheck(Collection<String> serviceNames) {
        this.serviceNames = new HashSet<>();
        serviceNames.stream().filter(n -> n.length() >= 3).forEach(n -> this.serviceNames.add(n.toLowerCase(Locale.ROOT)));
    }

    public boolean grounded(String generated, String source) {
        Set<String> sourcePhones = digits(PHONE.matcher(source));
        for (String phone : digits(PHONE.matcher(generated))) {
            if (phone.length() >= 3 && !sourcePhones.contains(phone)) {
                return false;
            }
        }
        String sourceLower = source.toLowerCase(Locale.ROOT);
        Matcher url = URL.matcher(generated);
        while (url.find()) {
            String host = url.group().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                    .replaceFirst("[/?#].*$", "");
            if (!sourceLower.contains(host)) {
                return false;
            }
        }
        String generatedLower = generated.toLowerCase(Locale.ROOT);
        for (String name : serviceNames) {
            if (containsWord(generatedLower, name) && !containsWord(sourceLower, name)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> digits(Matcher m) {
        Set<String> out = new HashSet<>();
        while (m.find()) {
            out.add(m.group().replaceAll("\\D", ""));
        }
        return out;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }
}

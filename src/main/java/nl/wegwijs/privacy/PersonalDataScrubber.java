package nl.wegwijs.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes personal data from a parent's message before it goes into the anonymous log of recurring questions.
 * Each removed item becomes a typed placeholder ([NAAM], [TELEFOON], ...) so the log still reads as a question.
 *
 * <p>Rules run in a fixed order because earlier ones protect later ones from half-matches: links and e-mail
 * first (they contain names and digits), then account numbers and international phone numbers, dates, BSNs,
 * national phone numbers, names of schools and other institutions, addresses, the neighbourhood next to an
 * address, and names last. Public helpline numbers are hidden for the whole run.
 *
 * <p>Stateless and thread-safe; does no I/O and logs nothing.
 */
public final class PersonalDataScrubber {
    private final List<ScrubRule> rules;

    public PersonalDataScrubber() {
        List<ScrubRule> r = new ArrayList<>();
        r.addAll(ContactRules.rules());
        r.add(new RegexRule(AccountRules.IBAN, Placeholder.IBAN));
        r.add(PhoneRules.INTERNATIONAL);
        r.addAll(DateRules.rules());
        r.add(new RegexRule(AccountRules.BSN, Placeholder.BSN, AccountRules::passesElevenCheck));
        r.add(PhoneRules.NATIONAL);
        r.add(PhoneRules.NINE_DIGIT);
        r.addAll(InstitutionRules.rules());
        r.addAll(AddressRules.rules());
        r.add(new NeighbourhoodRule());
        r.add(new NameRule());
        this.rules = List.copyOf(r);
    }

    /** @return the text without personal data; "" for null. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<String> helplines = HelplineNumbers.newStore();
        String out = HelplineNumbers.hide(TextNormalizer.normalize(text), helplines);
        for (ScrubRule rule : rules) {
            out = rule.apply(out);
        }
        if (LowercaseWriter.is(out)) {
            out = LowercaseWriter.STREETS.apply(out);
        }
        return HelplineNumbers.restore(out, helplines);
    }
}

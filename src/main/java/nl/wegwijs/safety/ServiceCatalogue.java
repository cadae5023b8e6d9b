package nl.wegwijs.safety;

import java.util.List;
import java.util.Map;

/**
 * What the grounding check knows about the organisations and services content may name: each with
 * every name it goes by (Dutch term, abbreviations, variants, the names in the other languages),
 * and the verified phone numbers with the name they were checked under ("Veilig Thuis (24 uur per
 * dag, gratis)"), from which the check learns which service owns which number.
 *
 * <p>Only what really denotes an organisation: the glossary terms marked {@code organisation: true},
 * never every glossary word, or a good rewording that says "letter" for "brief" would be rejected.
 */
public record ServiceCatalogue(List<Service> services, Map<String, String> verifiedNumbers) {

    public ServiceCatalogue {
        services = List.copyOf(services);
        verifiedNumbers = Map.copyOf(verifiedNumbers);
    }

    /** @param names every way the service is written; all-capital names (GGD, VT) match only in capitals */
    public record Service(String id, List<String> names) {

        public Service {
            names = List.copyOf(names);
        }
    }
}

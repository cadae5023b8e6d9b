package nl.wegwijs.safety;

/** What kind of danger a message signals. The kind decides which emergency numbers the reply gives. */
public enum CrisisKind {
    ACUTE_DANGER,
    DOMESTIC_VIOLENCE,
    CHILD_ABUSE,
    SEXUAL_ABUSE,
    SUICIDE_SELF_HARM,
    MISSING_CHILD,
    /** Honour-related threats, forced marriage: Veilig Thuis. */
    HONOUR_FORCED_MARRIAGE,
    /** Being left behind abroad (or the threat of it): Veilig Thuis. */
    ABANDONED_ABROAD,
    /** A child left alone or without care: acute for a young child alone now; Veilig Thuis. */
    NEGLECT,
    /** Grooming, loverboys, sex for money or gifts: Veilig Thuis. */
    EXPLOITATION,
    /** "I can't take it any more": no plan, but a person and 113 should be near. */
    DISTRESS
}

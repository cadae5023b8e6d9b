package nl.wegwijs.safety;

/** What kind of danger a message signals. The kind decides which emergency numbers the reply gives. */
public enum CrisisKind {
    ACUTE_DANGER,
    DOMESTIC_VIOLENCE,
    CHILD_ABUSE,
    SEXUAL_ABUSE,
    SUICIDE_SELF_HARM,
    MISSING_CHILD,
    /** Honour-related threats, forced marriage, being left behind abroad: Veilig Thuis. */
    HONOUR_VIOLENCE,
    /** Grooming, loverboys, sex for money or gifts: Veilig Thuis. */
    EXPLOITATION,
    /** "I can't take it any more": no plan, but a person and 113 should be near. */
    DISTRESS
}

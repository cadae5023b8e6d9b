package nl.wegwijs.safety;

/** What kind of danger a message signals. The kind decides which emergency numbers the reply gives. */
public enum CrisisKind {
    ACUTE_DANGER,
    DOMESTIC_VIOLENCE,
    CHILD_ABUSE,
    SEXUAL_ABUSE,
    SUICIDE_SELF_HARM,
    MISSING_CHILD
}

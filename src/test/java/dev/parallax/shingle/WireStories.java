package dev.parallax.shingle;

/** A made-up wire story and reprints of it with small edits, shared by the lineage tests. */
public final class WireStories {

    private WireStories() {
    }

    public static final String WIRE = """
            MOSCOW, March 5 (Wire) - Russia and Turkey agreed on Thursday to a ceasefire in northwest Syria's Idlib \
            province after talks in the Kremlin that lasted more than six hours.

            Under the deal, the two sides will set up a 12-kilometer security corridor along the M4 highway, which \
            links the government-held cities of Aleppo and Latakia, and will begin joint patrols on the road on \
            March 15.

            The presidents said the truce would take effect at midnight. Officials from both defence ministries are \
            to agree the parameters of the corridor within seven days.

            Fighting in the region has driven nearly a million people from their homes since December, according \
            to the United Nations, and the escalation brought the two powers close to direct confrontation last week.

            "We do not always agree with our Turkish partners," the Russian president told reporters after the \
            meeting, adding that the sides had found common ground on the main points.

            The Turkish president said Ankara reserved the right to respond to any attack by government forces. \
            Turkey already hosts millions of refugees and says it cannot take in more.

            Analysts cautioned that previous agreements on the province had collapsed within weeks, and that much \
            would depend on whether the patrols went ahead as planned.
            """;

    /** The wire story under a paper's own headline line and credit, with two words changed; the figures kept. */
    public static final String REPRINT_SAME_FIGURES = "Russia, Turkey agree Idlib truce\n\n" + WIRE
            .replace("MOSCOW, March 5 (Wire) - ", "MOSCOW (Wire) - ")
            .replace("Analysts cautioned", "Analysts warned")
            + "\n(Reporting by the Wire's Moscow bureau; editing by the desk)\n";

    /** The wire story with the corridor's width restated in miles, and a word cut. */
    public static final String REPRINT_MILES = WIRE
            .replace("a 12-kilometer security corridor", "a seven-mile security corridor")
            .replace("lasted more than six hours", "lasted six hours");

    /** Another outlet's own report on the same event: same facts, its own words. */
    public static final String UNRELATED = """
            Ankara and Moscow have struck a deal to halt fighting in Idlib, the last rebel stronghold in Syria, \
            the Turkish and Russian leaders announced late on Thursday following a marathon meeting.

            A secure zone stretching 6km to the north and 6km to the south of the strategic M4 road will be \
            established, and soldiers from both countries are set to patrol the route from mid-March.

            Aid groups welcomed the pause but warned that camps near the Turkish border were overflowing, with \
            families sleeping in fields and olive groves in freezing weather.

            Previous ceasefires in the province have broken down, and residents said they had little faith in \
            this one holding.
            """;
}

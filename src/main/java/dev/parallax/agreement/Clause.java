package dev.parallax.agreement;

import dev.parallax.db.IdentityEntity;
import jakarta.persistence.Entity;

/** One numbered clause (or preamble item) of an agreement. */
@Entity
public class Clause extends IdentityEntity {

    public Long agreementId;

    /** "1", "2", "P1", ... as the agreement numbers it. */
    public String number;

    public String title;

    public String text;

    /** Order within the agreement. */
    public int position;
}

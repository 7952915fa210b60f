package dev.parallax.agreement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One numbered clause (or preamble item) of an agreement. */
@Entity
@Table(name = "clause")
public class Clause extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id")
    public Long agreementId;

    /** "1", "2", "P1", ... as the agreement numbers it. */
    public String number;

    public String title;

    public String text;

    /** Order within the agreement. */
    public int position;
}

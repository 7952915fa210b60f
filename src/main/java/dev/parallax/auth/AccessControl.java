package dev.parallax.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides who may change what: resolves the request's bearer token (only when an operation needs it, so a
 * stale token never breaks public reads) and yields the caller's subject for the history.
 */
@ApplicationScoped
public class AccessControl {

    private final CurrentIdentityAssociation identities;
    private final Duration maxLifetime;

    public AccessControl(CurrentIdentityAssociation identities,
            @ConfigProperty(name = "parallax.jwt.max-lifetime", defaultValue = "PT24H") Duration maxLifetime) {
        this.identities = identities;
        this.maxLifetime = maxLifetime;
    }

    /** The subject of a caller who may change sources and claims: an editor, or an admin. */
    public Uni<String> requireEditor() {
        return require(Roles.EDITOR, Roles.ADMIN);
    }

    /** The subject of a caller holding any of {@code roles}; fails UNAUTHENTICATED or FORBIDDEN otherwise. */
    public Uni<String> require(String... roles) {
        String needed = String.join(" or ", roles);
        return identities.getDeferredIdentity()
                .onFailure().transform(e -> new UnauthenticatedException(
                        "The bearer token was refused: it is malformed, expired, or not signed by a trusted key."))
                .map(identity -> subjectWithRole(identity, roles, needed));
    }

    private String subjectWithRole(SecurityIdentity identity, String[] roles, String needed) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthenticatedException("This operation needs a bearer token with the role " + needed + ".");
        }
        // A token that breaks a rule is no token at all: UNAUTHENTICATED comes before any role is looked at.
        String subject;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            TokenRules.check(token, maxLifetime, Instant.now());
            subject = TokenRules.subject(token.getSubject() != null ? token.getSubject() : token.getName());
        } else {
            subject = TokenRules.subject(identity.getPrincipal().getName());
        }
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new ForbiddenException("This operation needs the role " + needed + ".");
        }
        return subject;
    }
}

package dev.ferry.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a bearer token into an identity; the lookup is JDBC, so it runs off the event loop. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final TokenService tokens;

    public TokenIdentityProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        return context.runBlocking(() -> tokens.authenticate(secret)
                .map(TokenIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown API token")));
    }

    private static SecurityIdentity identity(ApiToken token) {
        var builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new Caller(token.name(), token.organization(), token.id()));
        token.roles().forEach(role -> builder.addRoles(role.granted()));
        return builder.build();
    }
}

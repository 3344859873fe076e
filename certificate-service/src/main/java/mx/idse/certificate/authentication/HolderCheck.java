package mx.idse.certificate.authentication;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import mx.idse.certificate.certificado.AccountEntity;
import mx.idse.certificate.certificado.CertificateEntity;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.pki.credentials.PasswordHasher;

/**
 * The checks both authentication modes end with, once the presented certificate is known (or
 * not): the certificate is ACTIVO and within validity, the usuario is its account's (ignoring
 * case) and the password verifies. Always exactly one Argon2id verification, against a dummy
 * hash when there is no account, so timing says nothing about which check failed.
 */
@ApplicationScoped
public class HolderCheck {

    private final PasswordHasher hasher;
    private final CryptoWorkGate gate;
    private final Clock clock;

    HolderCheck(PasswordHasher hasher, CryptoWorkGate gate, Clock clock) {
        this.hasher = hasher;
        this.gate = gate;
        this.clock = clock;
    }

    public boolean passes(Optional<CertificateEntity> certificate, String usuario, char[] contrasena) {
        Optional<AccountEntity> account = certificate.flatMap(c -> QuarkusTransaction.requiringNew()
                .call(() -> AccountEntity.<AccountEntity>findByIdOptional(c.numeroSerie)));
        String hash = account.map(a -> a.passwordHash).orElseGet(hasher::dummyHash);
        boolean passwordOk = gate.runCredentialCheck(() -> hasher.verify(hash, contrasena));
        boolean usuarioOk = account.map(a -> a.usuario.equalsIgnoreCase(usuario)).orElse(false);
        boolean usable = certificate.map(c -> c.usableAt(clock.instant())).orElse(false);
        return passwordOk && usuarioOk && usable;
    }
}

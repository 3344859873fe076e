package mx.idse.certificate.authentication;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import mx.idse.certificate.certificado.CertificadoEntity;
import mx.idse.certificate.certificado.CertificadoStore;
import mx.idse.certificate.certificado.CuentaEntity;
import mx.idse.pki.credentials.CryptoWorkGate;
import mx.idse.pki.credentials.PasswordHasher;

/**
 * The checks both authentication modes end with, once the presented certificate is known (or
 * not): the certificate is ACTIVO and within validity, the usuario is its account's (ignoring
 * case) and the password verifies. Always exactly one Argon2id verification, against a dummy
 * hash when there is no account, so timing says nothing about which check failed.
 */
@ApplicationScoped
public class TitularCheck {

    private final CertificadoStore certificados;
    private final PasswordHasher hasher;
    private final CryptoWorkGate gate;
    private final Clock clock;

    TitularCheck(CertificadoStore certificados, PasswordHasher hasher, CryptoWorkGate gate, Clock clock) {
        this.certificados = certificados;
        this.hasher = hasher;
        this.gate = gate;
        this.clock = clock;
    }

    public boolean passes(Optional<CertificadoEntity> certificate, String usuario, char[] contrasena) {
        Optional<CuentaEntity> account = certificate.flatMap(c -> certificados.cuenta(c.numeroSerie));
        String hash = account.map(a -> a.passwordHash).orElseGet(hasher::dummyHash);
        boolean passwordOk = gate.runCredentialCheck(() -> hasher.verify(hash, contrasena));
        boolean usuarioOk = account.map(a -> a.usuario.equalsIgnoreCase(usuario)).orElse(false);
        boolean usable = certificate.map(c -> c.usableAt(clock.instant())).orElse(false);
        return passwordOk && usuarioOk && usable;
    }
}

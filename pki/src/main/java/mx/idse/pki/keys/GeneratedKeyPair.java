package mx.idse.pki.keys;

/**
 * A key pair made for an applicant without a CSR: the CSR to issue from and the private key
 * encrypted under the applicant's password. The key is returned once and never stored.
 */
public record GeneratedKeyPair(String csrPem, String encryptedPrivateKeyPem) {

    /** Keeps the private key out of logs even when the record is printed. */
    @Override
    public String toString() {
        return "GeneratedKeyPair[csrPem=" + csrPem + ", encryptedPrivateKeyPem=<redacted>]";
    }
}

package mx.idse.certificate.install;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** The shapes a certificate with its chain is handed out in: PEM bundle, PKCS#7 certs-only. */
public final class CertificadoFiles {

    public static final String PKIX_CERT = "application/pkix-cert";
    public static final String PEM_FILE = "application/x-pem-file";
    public static final String PKCS7_CERTIFICATES = "application/x-pkcs7-certificates";
    public static final String PKCS12 = "application/x-pkcs12";

    private CertificadoFiles() {
    }

    /** One or more certificates as consecutive PEM blocks, in the order given. */
    public static String pem(List<X509Certificate> certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                pem.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A PKCS#7 SignedData with no content and no signer that only carries certificates (a .p7b):
     * what Windows' certificate import wizard and {@code openssl pkcs7 -print_certs} read.
     */
    public static byte[] pkcs7(List<X509Certificate> certificates) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSAbsentContent()).getEncoded();
        } catch (CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("Could not encode a PKCS#7 certificate bundle", e);
        }
    }

    /** The holder's certificate followed by the CA chain. */
    public static List<X509Certificate> withChain(X509Certificate certificate, List<X509Certificate> chain) {
        List<X509Certificate> all = new ArrayList<>(chain.size() + 1);
        all.add(certificate);
        all.addAll(chain);
        return all;
    }

    /** {@code attachment; filename="<serial>.<extension>"} for a download. */
    public static String attachment(String numeroSerie, String extension) {
        return "attachment; filename=\"" + numeroSerie + "." + extension + "\"";
    }
}

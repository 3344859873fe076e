package mx.idse.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * Valid {@code POST /api/v1/solicitudes} bodies as an applicant's tool sends them: a persona moral
 * with its representative, a distinct usuario each, and a CSR made with the applicant's own key
 * (EC P-256 or RSA-2048). Built before the clock starts: key generation is the client's cost.
 */
final class IntakeBodies {

    private static final X500Name SUBJECT = new X500Name("CN=Beatriz Sanchez Cruz,O=Comision Federal de Electricidad,C=MX");

    private IntakeBodies() {
    }

    /** {@code count} bodies; {@code keys} is ec, rsa or mixed (alternating, EC first). */
    static List<String> make(int count, String keys) {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean rsa = keys.equals("rsa") || (keys.equals("mixed") && i % 2 == 1);
            String usuario = "b" + run + String.format("%06d", i);
            bodies.add(json(usuario, rsa ? csr(rsa2048(), "SHA256withRSA") : csr(ecP256(), "SHA256withECDSA")));
        }
        return bodies;
    }

    private static String json(String usuario, String csrPem) {
        return """
                {"patron":{"tipoPersona":"MORAL","rfc":"CFE370814QI0","nombre":"Comisión Federal de Electricidad",\
                "registroPatronal":"Y54-12345-10-8"},\
                "representanteLegal":{"nombre":"Beatriz Sánchez Cruz","curp":"SABC560626MDFLRN01"},\
                "domicilioFiscal":{"calle":"Paseo de la Reforma","numeroExterior":"164","colonia":"Juárez",\
                "codigoPostal":"06600","municipio":"Cuauhtémoc","entidadFederativa":"Ciudad de Mexico"},\
                "correo":"%s@example.mx","usuario":"%s","contrasena":"Secreto2026x","csr":"%s"}"""
                .formatted(usuario, usuario, csrPem.replace("\r", "").replace("\n", "\\n"));
    }

    private static KeyPair ecP256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csr(KeyPair keys, String algorithm) {
        try {
            var request = new JcaPKCS10CertificationRequestBuilder(SUBJECT, keys.getPublic())
                    .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
            StringWriter out = new StringWriter();
            try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
                pem.writeObject(request);
            }
            return out.toString();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

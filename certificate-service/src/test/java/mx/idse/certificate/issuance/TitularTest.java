package mx.idse.certificate.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1PrintableString;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import mx.idse.events.payload.Patron;
import mx.idse.events.payload.RepresentanteLegal;
import mx.idse.events.payload.RequestConcluded;
import mx.idse.events.payload.TipoPersona;
import mx.idse.events.payload.TipoSolicitud;
import mx.idse.pki.certificates.EndEntityCertificateBuilder;
import mx.idse.pki.certificates.SerialNumbers;
import mx.idse.pki.certificates.Validity;
import mx.idse.pki.testing.IssuedCredential;
import mx.idse.pki.testing.Openssl;
import mx.idse.pki.testing.TestPki;
import mx.idse.events.testing.EventPayloads;

/** Subject building: who the holder is, and request data that cannot go into a certificate. */
class TitularTest {

    private static final String MORAL_RFC = "CFE370814QI0";
    private static final String FISICA_RFC = "NUPJ800101AB1";
    private static final String REGISTRO = "Y6012345108";
    private static final String NPIE = "NP100000011";
    private static final RepresentanteLegal REPRESENTANTE = new RepresentanteLegal("Beatriz Sánchez Cruz",
            "SABC560626MDFLRN01");

    @Test
    void personaMoralIsHeldByItsRepresentativeUnderTheRazonSocial() throws IssuanceRefused {
        Titular holder = Titular.of(request(new Patron(TipoPersona.MORAL, MORAL_RFC, "Comisión Federal de Electricidad",
                REGISTRO, null), new RepresentanteLegal("Beatriz Sánchez Cruz", "SABC560626MDFLRN01")));

        X500Name subject = holder.subject(NPIE).toX500Name();
        assertEquals("Beatriz Sánchez Cruz", value(subject, BCStyle.CN));
        assertEquals("Comisión Federal de Electricidad", value(subject, BCStyle.O));
        assertEquals(List.of(NPIE, REGISTRO), values(subject, BCStyle.OU), "NPIE first, then registro patronal");
        assertEquals(MORAL_RFC, value(subject, BCStyle.UNIQUE_IDENTIFIER));
        assertEquals("SABC560626MDFLRN01", value(subject, BCStyle.SERIALNUMBER));
        assertEquals("MX", value(subject, BCStyle.C));
    }

    @Test
    void personaFisicaWithoutRepresentativeHoldsItsOwnCertificate() throws IssuanceRefused {
        Titular holder = Titular.of(request(new Patron(TipoPersona.FISICA, FISICA_RFC, "José Ñúñez Peña", REGISTRO,
                "NUPJ800101HDFXXS06"), null));

        X500Name subject = holder.subject(NPIE).toX500Name();
        assertEquals("José Ñúñez Peña", value(subject, BCStyle.CN));
        assertEquals("José Ñúñez Peña", value(subject, BCStyle.O));
        assertEquals("NUPJ800101HDFXXS06", value(subject, BCStyle.SERIALNUMBER));
        assertEquals(FISICA_RFC, value(subject, BCStyle.UNIQUE_IDENTIFIER));
    }

    @Test
    void personaFisicaWithRepresentativeIsHeldByTheRepresentative() throws IssuanceRefused {
        Titular holder = Titular.of(request(new Patron(TipoPersona.FISICA, FISICA_RFC, "José Ñúñez Peña", REGISTRO, null),
                new RepresentanteLegal("Beatriz Sánchez Cruz", "SABC560626MDFLRN01")));
        assertEquals("Beatriz Sánchez Cruz", holder.name());
        assertEquals("José Ñúñez Peña", holder.organization());
    }

    static Stream<Arguments> refusedRequests() {
        RepresentanteLegal representante = new RepresentanteLegal("Beatriz Sánchez Cruz", "SABC560626MDFLRN01");
        return Stream.of(
                Arguments.of("moral without representative",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, "CFE", REGISTRO, null), null),
                Arguments.of("no patrón", null, representante),
                Arguments.of("bidi override in the name",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, "CFE\u202Eevil", REGISTRO, null), representante),
                Arguments.of("decomposed (not NFC) name",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, "Compan\u0303i\u0301a", REGISTRO, null), representante),
                Arguments.of("razón social over 64 characters",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, "A".repeat(65), REGISTRO, null), representante),
                Arguments.of("untrimmed name",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, " CFE", REGISTRO, null), representante),
                Arguments.of("bad RFC", new Patron(TipoPersona.MORAL, "CFE37081", "CFE", REGISTRO, null), representante),
                Arguments.of("registro patronal with dashes",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, "CFE", "Y60-12345-10-8", null), representante),
                Arguments.of("física without representative nor CURP",
                        new Patron(TipoPersona.FISICA, FISICA_RFC, "José Ñúñez Peña", REGISTRO, null), null),
                Arguments.of("representative with a bad CURP",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, "CFE", REGISTRO, null),
                        new RepresentanteLegal("Beatriz Sánchez Cruz", "SABC560626")),
                Arguments.of("CURP with a wrong check digit, as intake refuses it",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, "CFE", REGISTRO, null),
                        new RepresentanteLegal("Beatriz Sánchez Cruz", "SABC560626MDFLRN02")),
                Arguments.of("CURP in lower case (not as intake stores it)",
                        new Patron(TipoPersona.MORAL, MORAL_RFC, "CFE", REGISTRO, null),
                        new RepresentanteLegal("Beatriz Sánchez Cruz", "sabc560626mdflrn01")),
                Arguments.of("RFC of a persona física for a moral",
                        new Patron(TipoPersona.MORAL, FISICA_RFC, "CFE", REGISTRO, null), representante),
                Arguments.of("generic RFC", new Patron(TipoPersona.MORAL, "XAXX010101000", "CFE", REGISTRO, null),
                        representante));
    }

    @Test
    void aCurpWithEnieIsRefusedSayingRenapoWritesX() {
        IssuanceRefused refused = assertThrows(IssuanceRefused.class, () -> Titular.of(request(
                new Patron(TipoPersona.MORAL, MORAL_RFC, "CFE", REGISTRO, null),
                new RepresentanteLegal("José Núñez Peña", "NUPJ800101HDFÑÑS06"))));

        assertEquals(MotivoFalla.DATOS_INVALIDOS, refused.motivo());
        assertTrue(refused.detalle().contains("RENAPO"), refused.detalle());
    }

    /**
     * SAT writes Ñ and & in RFCs: x500UniqueIdentifier (2.5.4.45) is a UTF8String that carries them
     * as they are; the CURP (never with Ñ) is a PrintableString in serialNumber (2.5.4.5).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"AÑA010203AB7", "M&A010203AB6"})
    void anRfcWithEnieOrAmpersandIsAUtf8StringInTheCertificateAndTheCurpAPrintableString(String rfc) throws Exception {
        Titular holder = Titular.of(request(new Patron(TipoPersona.MORAL, rfc, "Señales & Anuncios del Norte", REGISTRO,
                null), REPRESENTANTE));
        TestPki pki = TestPki.create();
        X509Certificate certificate = TestPki.toX509(new EndEntityCertificateBuilder(pki.issuing, IssuedCredential.PROFILE)
                .build(holder.subject(NPIE), TestPki.spki(TestPki.ecP256()), new SerialNumbers().next(),
                        Validity.withinIssuingCa(pki.issuing, Instant.now(), Duration.ofDays(30)), pki.issuingSigner()));

        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        ASN1Encodable rfcValue = subject.getRDNs(BCStyle.UNIQUE_IDENTIFIER)[0].getFirst().getValue();
        assertInstanceOf(ASN1UTF8String.class, rfcValue);
        assertEquals(rfc, ((ASN1UTF8String) rfcValue).getString());
        assertInstanceOf(ASN1PrintableString.class, subject.getRDNs(BCStyle.SERIALNUMBER)[0].getFirst().getValue());

        Openssl.assumePresent();
        Path directory = Openssl.workDirectory("subject");
        try {
            Path pem = TestPki.write(directory, "titular.pem", certificate);
            String printed = Openssl.ok("x509", "-in", pem.toString(), "-noout", "-subject", "-nameopt", "utf8,sep_comma_plus");
            assertTrue(printed.contains("x500UniqueIdentifier=" + rfc), printed);
            assertTrue(printed.contains("serialNumber=SABC560626MDFLRN01"), printed);
        } finally {
            Openssl.delete(directory);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRequests")
    void refusesDataThatCannotGoIntoACertificate(String name, Patron patron, RepresentanteLegal representante) {
        IssuanceRefused refused = assertThrows(IssuanceRefused.class, () -> Titular.of(request(patron, representante)));
        assertEquals(MotivoFalla.DATOS_INVALIDOS, refused.motivo());
    }

    private static RequestConcluded request(Patron patron, RepresentanteLegal representante) {
        return EventPayloads.requestConcluded().patron(patron).representanteLegal(representante).build();
    }

    private static String value(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        List<String> values = values(name, type);
        assertEquals(1, values.size(), type.getId());
        return values.get(0);
    }

    private static List<String> values(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        return Stream.of(name.getRDNs(type)).map(RDN::getFirst)
                .map(attribute -> IETFUtils.valueToString(attribute.getValue())).toList();
    }
}

package mx.idse.pki.subject;

import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The subject of an IDSE certificate (docs/certificate-subject.md), modelled on SAT's e.firma:
 * CN = holder, O = razón social, OU = NPIE and OU = registro patronal (once known),
 * x500UniqueIdentifier (2.5.4.45) = RFC, serialNumber (2.5.4.5) = CURP, C = MX. Values are used
 * as validated at intake; the names are checked again against {@link SubjectText} here, so no
 * subject with a control character or an over-long CN or O can be built. Attributes are added one
 * by one, so no DN string is parsed or escaped.
 *
 * @param holderName        CN: the representante legal, or the persona física itself
 * @param organization      O: razón social (persona física: the patrón's name)
 * @param rfc               the patrón's RFC
 * @param curp              the holder's CURP, or null when there is none
 * @param npie              null before the certificate exists (a generated CSR)
 * @param registroPatronal  11 characters without dashes; null in a generated CSR
 */
public record CertificateSubject(String holderName, String organization, String rfc, String curp, String npie,
        String registroPatronal) {

    public CertificateSubject {
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(organization, "organization");
        SubjectText.require(holderName, SubjectText.COMMON_NAME_MAX, "holderName (CN)");
        SubjectText.require(organization, SubjectText.ORGANIZATION_NAME_MAX, "organization (O)");
        Objects.requireNonNull(rfc, "rfc");
    }

    /** The subject of a CSR built for an applicant who sent none: no NPIE yet, no OU. */
    public static CertificateSubject forGeneratedCsr(String holderName, String organization, String rfc, String curp) {
        return new CertificateSubject(holderName, organization, rfc, curp, null, null);
    }

    public X500Name toX500Name() {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, holderName)
                .addRDN(BCStyle.O, organization);
        if (npie != null) {
            name.addRDN(BCStyle.OU, npie);
        }
        if (registroPatronal != null) {
            name.addRDN(BCStyle.OU, registroPatronal);
        }
        name.addRDN(BCStyle.UNIQUE_IDENTIFIER, rfc);
        if (curp != null) {
            name.addRDN(BCStyle.SERIALNUMBER, curp);
        }
        return name.addRDN(BCStyle.C, "MX").build();
    }
}

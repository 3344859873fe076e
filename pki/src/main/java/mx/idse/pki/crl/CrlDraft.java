package mx.idse.pki.crl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.operator.ContentSigner;

/**
 * One CRL being written ({@link StreamingCrlWriter#begin}): revoked entries go into a DER buffer
 * as they come, then {@link #sign} wraps them. Used by one thread, once.
 */
public final class CrlDraft {

    /** Extension { reasonCode OID 2.5.29.21, OCTET STRING { ENUMERATED code } } inside its SEQUENCE OF. */
    private static final byte[][] REASON_EXTENSIONS = new byte[11][];

    static {
        for (int code = 1; code <= 10; code++) {
            REASON_EXTENSIONS[code] = new byte[] {0x30, 0x0C, 0x30, 0x0A, 0x06, 0x03, 0x55, 0x1D, 0x15, 0x04, 0x03, 0x0A,
                    0x01, (byte) code};
        }
    }

    private static final int VERSION_2_SIZE = 3;

    private final byte[] issuer;
    private final byte[] authorityKeyIdentifier;
    private final long crlNumber;
    private final long thisUpdate;
    private final long nextUpdate;
    private final DerBuffer entries = new DerBuffer(64 * 1024);
    private int count;
    private boolean signed;

    CrlDraft(byte[] issuer, byte[] authorityKeyIdentifier, long crlNumber, Instant thisUpdate, Instant nextUpdate) {
        this.issuer = issuer;
        this.authorityKeyIdentifier = authorityKeyIdentifier;
        this.crlNumber = crlNumber;
        this.thisUpdate = thisUpdate.getEpochSecond();
        this.nextUpdate = nextUpdate.getEpochSecond();
    }

    /**
     * Adds one revoked certificate.
     *
     * @param serial     the certificate's serial number (positive)
     * @param revokedAt  when it was revoked (truncated to whole seconds)
     * @param reasonCode RFC 5280 CRLReason 0 to 10 except 7; 0 (unspecified) writes no reasonCode extension
     */
    public CrlDraft add(BigInteger serial, Instant revokedAt, int reasonCode) {
        if (signed) {
            throw new IllegalStateException("the CRL is already signed");
        }
        if (serial.signum() <= 0) {
            throw new IllegalArgumentException("a serial number is positive");
        }
        if (reasonCode < 0 || reasonCode > 10 || reasonCode == 7) {
            throw new IllegalArgumentException("not an RFC 5280 CRLReason: " + reasonCode);
        }
        byte[] serialBytes = DerBuffer.twosComplement(serial);
        long revoked = revokedAt.getEpochSecond();
        byte[] extension = REASON_EXTENSIONS[reasonCode];
        int length = DerBuffer.integerSize(serialBytes) + DerBuffer.timeSize(revoked) + (extension == null ? 0 : extension.length);
        // revokedCertificates entry: SEQUENCE { userCertificate, revocationDate, crlEntryExtensions? }
        entries.header(DerBuffer.SEQUENCE, length);
        entries.integer(serialBytes);
        entries.time(revoked);
        if (extension != null) {
            entries.write(extension);
        }
        count++;
        return this;
    }

    /** Entries added so far. */
    public int size() {
        return count;
    }

    /**
     * Signs the CRL with the issuing CA's key and returns its DER.
     *
     * <ol>
     * <li>TBSCertList before the entries: version v2, signature algorithm, issuer, thisUpdate, nextUpdate</li>
     * <li>the entries' SEQUENCE (left out when there are none, as RFC 5280 requires)</li>
     * <li>crlExtensions: authorityKeyIdentifier, cRLNumber</li>
     * <li>the signature over those bytes, streamed to the signer without copying them</li>
     * <li>CertificateList { tbsCertList, signatureAlgorithm, signature }</li>
     * </ol>
     */
    public byte[] sign(ContentSigner signer) {
        if (signed) {
            throw new IllegalStateException("the CRL is already signed");
        }
        signed = true;
        try {
            byte[] algorithm = signer.getAlgorithmIdentifier().getEncoded(ASN1Encoding.DER);
            byte[] extensions = extensions();
            // 1 and 2.
            int entriesField = count == 0 ? 0 : DerBuffer.headerSize(entries.size()) + entries.size();
            int tbsLength = VERSION_2_SIZE + algorithm.length + issuer.length + DerBuffer.timeSize(thisUpdate)
                    + DerBuffer.timeSize(nextUpdate) + entriesField + extensions.length;
            DerBuffer prefix = new DerBuffer(256 + issuer.length);
            prefix.header(DerBuffer.SEQUENCE, tbsLength);
            prefix.write(new byte[] {0x02, 0x01, 0x01});
            prefix.write(algorithm);
            prefix.write(issuer);
            prefix.time(thisUpdate);
            prefix.time(nextUpdate);
            if (count > 0) {
                prefix.header(DerBuffer.SEQUENCE, entries.size());
            }
            // 3 and 4.
            try (OutputStream toSign = signer.getOutputStream()) {
                toSign.write(prefix.data(), 0, prefix.size());
                toSign.write(entries.data(), 0, entries.size());
                toSign.write(extensions);
            }
            byte[] signature = new DERBitString(signer.getSignature()).getEncoded(ASN1Encoding.DER);
            // 5.
            int tbsSize = prefix.size() + entries.size() + extensions.length;
            int listLength = tbsSize + algorithm.length + signature.length;
            DerBuffer crl = new DerBuffer(DerBuffer.headerSize(listLength) + listLength);
            crl.header(DerBuffer.SEQUENCE, listLength);
            crl.write(prefix.data(), 0, prefix.size());
            crl.write(entries.data(), 0, entries.size());
            crl.write(extensions);
            crl.write(algorithm);
            crl.write(signature);
            return crl.data().length == crl.size() ? crl.data() : crl.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not sign the CRL", e);
        }
    }

    /** [0] EXPLICIT Extensions: few bytes per CRL, so BouncyCastle's objects are fine here. */
    private byte[] extensions() throws IOException {
        Extensions extensions = new Extensions(new Extension[] {
                new Extension(Extension.authorityKeyIdentifier, false,
                        new AuthorityKeyIdentifier(authorityKeyIdentifier).getEncoded(ASN1Encoding.DER)),
                new Extension(Extension.cRLNumber, false,
                        new CRLNumber(BigInteger.valueOf(crlNumber)).getEncoded(ASN1Encoding.DER))});
        return new DERTaggedObject(true, 0, extensions).getEncoded(ASN1Encoding.DER);
    }
}

package mx.idse.certificate.ocsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;

import mx.idse.certificate.config.OcspConfig;
import mx.idse.certificate.signer.CertificateSigner;

/**
 * Builds and signs OCSP responses (RFC 6960) with the issuing CA's key, through the same
 * {@link CertificateSigner} that signs certificates: the CA answers for itself, so no delegated
 * responder certificate is included. Responder ID by key hash; thisUpdate and producedAt are the
 * current second, nextUpdate {@code idse.ocsp.next-update} later.
 */
@ApplicationScoped
class OcspSigner {

    /** The CertID hash algorithms answers are signed ahead of time for (openssl sends SHA-1 by default). */
    static final List<AlgorithmIdentifier> PRE_SIGNED_HASHES = List.of(CertificateID.HASH_SHA1,
            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE));

    /** One CertID of a request and what to say about it. */
    record Answer(CertificateID certId, CertificateStatus status) {
    }

    private final CertificateSigner signer;
    private final OcspConfig config;
    private final Clock clock;
    private final X509CertificateHolder issuer;
    private final DigestCalculatorProvider digests = new BcDigestCalculatorProvider();
    private final RespID responderId;

    OcspSigner(CertificateSigner signer, OcspConfig config, Clock clock) {
        this.signer = signer;
        this.config = config;
        this.clock = clock;
        try {
            this.issuer = new JcaX509CertificateHolder(signer.issuingCertificate());
            this.responderId = new RespID(issuer.getSubjectPublicKeyInfo(), digests.get(CertificateID.HASH_SHA1));
        } catch (CertificateEncodingException | OCSPException | OperatorCreationException e) {
            throw new IllegalStateException("The issuing CA certificate cannot be used for OCSP", e);
        }
    }

    /** A signed, encoded OCSPResponse (status successful) with these answers and, when given, the request's nonce. */
    Signed sign(List<Answer> answers, Extension nonce) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Date thisUpdate = Date.from(now);
        Date nextUpdate = Date.from(now.plus(config.nextUpdate()));
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(responderId);
        for (Answer answer : answers) {
            builder.addResponse(answer.certId(), answer.status(), thisUpdate, nextUpdate, null);
        }
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        try {
            BasicOCSPResp basic = builder.build(signer.contentSigner(), null, thisUpdate);
            return new Signed(new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded(), now);
        } catch (OCSPException e) {
            throw new IllegalStateException("Could not sign an OCSP response", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The encoded response and its thisUpdate. */
    record Signed(byte[] der, Instant thisUpdate) {
    }

    /** The CertID a relying party sends for our certificate with this serial, hashed with that algorithm. */
    CertificateID certId(AlgorithmIdentifier hashAlgorithm, BigInteger serial) {
        try {
            return new CertificateID(digests.get(hashAlgorithm), issuer, serial);
        } catch (OCSPException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a CertID with " + hashAlgorithm.getAlgorithm(), e);
        }
    }

    /** Whether the CertID names our issuing CA (its name and key hashes, in the CertID's own algorithm). */
    boolean issuedByUs(CertificateID certId) {
        try {
            return certId.matchesIssuer(issuer, digests);
        } catch (OCSPException e) {
            return false; // a hash algorithm we cannot compute: not a CertID of ours
        }
    }

    /** An unsigned OCSPResponse with only a status, e.g. malformedRequest. */
    static byte[] unsuccessful(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

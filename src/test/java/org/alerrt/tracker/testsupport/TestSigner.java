package org.alerrt.tracker.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Signs statements as an xAPI client would (Data §2.6): an RSA key pair with a self-signed X.509 v1 certificate
 * built with plain JDK APIs (a minimal DER encoder), and compact JWS through Nimbus.
 */
public final class TestSigner {

    private final KeyPair keys;
    private final X509Certificate certificate;

    public TestSigner() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            keys = g.generateKeyPair();
            certificate = selfSigned(keys, "CN=xAPI test signer");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Compact JWS of the payload with the given RSA algorithm, with or without the x5c header. */
    public String sign(String payload, JWSAlgorithm alg, boolean withX5c) {
        try {
            JWSHeader.Builder h = new JWSHeader.Builder(alg);
            if (withX5c) {
                h.x509CertChain(List.of(Base64.encode(certificate.getEncoded())));
            }
            JWSObject jws = new JWSObject(h.build(), new Payload(payload));
            jws.sign(new RSASSASigner(keys.getPrivate()));
            return jws.serialize();
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compact JWS with HMAC SHA-256, which xAPI does not allow (Data §2.6.s4.b4). */
    public static String signHs256(String payload) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(payload));
            jws.sign(new MACSigner("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- a self-signed certificate in DER (RFC 5280 §4.1), version 1, SHA256withRSA

    private static final byte[] SHA256_WITH_RSA = der(
            0x30,
            concat(
                    der(0x06, new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x0b}),
                    new byte[] {0x05, 0x00}));

    private static X509Certificate selfSigned(KeyPair keys, String cn) throws GeneralSecurityException {
        byte[] name = der(
                0x30,
                der(
                        0x31,
                        der(
                                0x30,
                                concat(
                                        der(0x06, new byte[] {0x55, 0x04, 0x03}),
                                        der(0x0c, cn.substring(3).getBytes(StandardCharsets.UTF_8))))));
        byte[] validity = der(
                0x30,
                concat(
                        der(0x17, "250101000000Z".getBytes(StandardCharsets.US_ASCII)),
                        der(0x17, "491231235959Z".getBytes(StandardCharsets.US_ASCII))));
        byte[] tbs = der(
                0x30,
                concat(
                        der(0x02, BigInteger.valueOf(System.nanoTime()).abs().toByteArray()),
                        SHA256_WITH_RSA,
                        name,
                        validity,
                        name,
                        keys.getPublic().getEncoded()));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(keys.getPrivate());
        s.update(tbs);
        byte[] bits = concat(new byte[] {0}, s.sign());
        byte[] cert = der(0x30, concat(tbs, SHA256_WITH_RSA, der(0x03, bits)));
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(cert));
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 128) {
            out.write(n);
        } else {
            byte[] len = BigInteger.valueOf(n).toByteArray();
            int skip = len[0] == 0 ? 1 : 0;
            out.write(0x80 | (len.length - skip));
            out.write(len, skip, len.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

/** Installation and recovery: certificate by serial (DER, PEM, legacy install URL), NPIE search, PFX building. */
package mx.idse.certificate.install;

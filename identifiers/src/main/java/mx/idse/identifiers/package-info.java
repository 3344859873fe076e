/**
 * The identifier rules of IDSE Certificados, in one place: RFC (with the check-digit advertencia),
 * CURP, registro patronal, entidad federativa, código postal, usuario and contraseña, the 15-digit
 * serial (numero de serie), NPIE and folio.
 *
 * <p>Why a module of its own and not {@code pki}: the rules are pure functions of strings that
 * request-service (intake, additional requests, the validation route), certificate-service
 * (issuance, credential check, recovery) and cancellation-service (online and in person) all apply,
 * and {@code pki} itself needs the serial's format; none of them is about keys. A module without
 * dependencies (no Quarkus, no BouncyCastle) is one every other module, {@code pki} included, can
 * depend on without a cycle, and its tests run in milliseconds.
 *
 * <p>Each rule gives the same things: {@code normalize} where people type the value (trim, NFC,
 * upper case, the dashes or spaces of the printed form, as the rule says; the serial and the
 * usuario and contraseña are taken exactly as given), {@code check} (an empty Optional when valid,
 * else the Spanish message for the person) and, for the RFC only, the separate check-digit
 * advertencia. Services call these and keep no pattern of their own: what intake accepts,
 * issuance and cancellation accept, and what it refuses they refuse. The table of named cases
 * ({@code src/test/resources/rules/identifiers.csv}, shipped in this module's test-jar) is what
 * each service's agreement test feeds to its own entry points.
 */
package mx.idse.identifiers;

/** The credential check other services call: PFX or signed challenge, usuario and contraseña. */
package mx.idse.certificate.authentication;

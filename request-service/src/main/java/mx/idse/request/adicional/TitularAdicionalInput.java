package mx.idse.request.adicional;

/**
 * What the principal gives about the staff member who will hold the additional certificate, as
 * received (strings, so a bad value becomes a named field error).
 *
 * @param csr optional PEM PKCS#10; without it the service generates the key pair
 */
public record TitularAdicionalInput(String nombre, String curp, String correo, String usuarioAdicional,
        String contrasenaAdicional, String csr) {

    /** The same fields without the password, for fingerprints. */
    public TitularAdicionalInput withoutPassword() {
        return new TitularAdicionalInput(nombre, curp, correo, usuarioAdicional, null, csr);
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "TitularAdicionalInput[usuarioAdicional=" + usuarioAdicional + "]";
    }
}

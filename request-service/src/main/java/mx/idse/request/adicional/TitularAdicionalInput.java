package mx.idse.request.adicional;

/**
 * What the principal gives about the staff member who will hold the additional certificate, as
 * received (strings, so a bad value becomes a named field error).
 *
 * @param csr optional PEM PKCS#10; without it the service generates the key pair
 */
public record TitularAdicionalInput(String nombre, String curp, String correo, String usuarioAdicional,
        String contrasenaAdicional, String csr) {

    /** Never print the password. */
    @Override
    public String toString() {
        return "TitularAdicionalInput[usuarioAdicional=" + usuarioAdicional + "]";
    }
}

package mx.idse.identifiers;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 32 entidades federativas with their INEGI key, official name and CURP (RENAPO) code. */
public enum EntidadFederativa {
    AGUASCALIENTES("01", "Aguascalientes", "AS"),
    BAJA_CALIFORNIA("02", "Baja California", "BC"),
    BAJA_CALIFORNIA_SUR("03", "Baja California Sur", "BS"),
    CAMPECHE("04", "Campeche", "CC"),
    COAHUILA("05", "Coahuila de Zaragoza", "CL"),
    COLIMA("06", "Colima", "CM"),
    CHIAPAS("07", "Chiapas", "CS"),
    CHIHUAHUA("08", "Chihuahua", "CH"),
    CIUDAD_DE_MEXICO("09", "Ciudad de México", "DF"),
    DURANGO("10", "Durango", "DG"),
    GUANAJUATO("11", "Guanajuato", "GT"),
    GUERRERO("12", "Guerrero", "GR"),
    HIDALGO("13", "Hidalgo", "HG"),
    JALISCO("14", "Jalisco", "JC"),
    MEXICO("15", "México", "MC"),
    MICHOACAN("16", "Michoacán de Ocampo", "MN"),
    MORELOS("17", "Morelos", "MS"),
    NAYARIT("18", "Nayarit", "NT"),
    NUEVO_LEON("19", "Nuevo León", "NL"),
    OAXACA("20", "Oaxaca", "OC"),
    PUEBLA("21", "Puebla", "PL"),
    QUERETARO("22", "Querétaro", "QT"),
    QUINTANA_ROO("23", "Quintana Roo", "QR"),
    SAN_LUIS_POTOSI("24", "San Luis Potosí", "SP"),
    SINALOA("25", "Sinaloa", "SL"),
    SONORA("26", "Sonora", "SR"),
    TABASCO("27", "Tabasco", "TC"),
    TAMAULIPAS("28", "Tamaulipas", "TS"),
    TLAXCALA("29", "Tlaxcala", "TL"),
    VERACRUZ("30", "Veracruz de Ignacio de la Llave", "VZ"),
    YUCATAN("31", "Yucatán", "YN"),
    ZACATECAS("32", "Zacatecas", "ZS");

    /** Short names people commonly write instead of the official one. */
    private static final Map<String, EntidadFederativa> ALIASES = Map.of(
            "COAHUILA", COAHUILA,
            "MICHOACAN", MICHOACAN,
            "VERACRUZ", VERACRUZ,
            "ESTADO DE MEXICO", MEXICO,
            "CDMX", CIUDAD_DE_MEXICO);

    private static final Map<String, EntidadFederativa> BY_KEY = new HashMap<>();

    static {
        for (EntidadFederativa e : values()) {
            BY_KEY.put(e.clave, e);
            BY_KEY.put(fold(e.nombre), e);
        }
        BY_KEY.putAll(ALIASES);
    }

    private final String clave;
    private final String nombre;
    private final String codigoCurp;

    EntidadFederativa(String clave, String nombre, String codigoCurp) {
        this.clave = clave;
        this.nombre = nombre;
        this.codigoCurp = codigoCurp;
    }

    /** INEGI two-digit key, "01".."32". */
    public String clave() {
        return clave;
    }

    /** Official name, with accents. */
    public String nombre() {
        return nombre;
    }

    /** Two-letter code used in positions 12-13 of the CURP (e.g. "DF" for Ciudad de México). */
    public String codigoCurp() {
        return codigoCurp;
    }

    /**
     * Accepts the INEGI key, the official name or a common short name, in any case, with or
     * without accents; surrounding spaces are ignored and inner whitespace is collapsed.
     */
    public static Optional<EntidadFederativa> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(fold(value)));
    }

    /** Upper case, no accents, single spaces: the form names are compared in. */
    private static String fold(String s) {
        String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}

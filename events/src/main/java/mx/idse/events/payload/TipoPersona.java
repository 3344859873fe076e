package mx.idse.events.payload;

/** Persona física (13-char RFC) or moral (12-char RFC). */
public enum TipoPersona {
    FISICA,
    MORAL
}

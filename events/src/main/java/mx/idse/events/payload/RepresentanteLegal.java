package mx.idse.events.payload;

/** Legal representative of a persona moral. */
public record RepresentanteLegal(String nombre, String curp) {
}

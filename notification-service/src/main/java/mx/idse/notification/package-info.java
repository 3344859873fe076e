/**
 * notification-service: an email for every event ({@code consumer}, {@code mail}), sent once with
 * retries ({@code delivery}), and the delivery log ({@code log}); names follow docs/glossary.md.
 *
 * <p>Persistence: a store class per feature. {@code NotificacionStore} records, claims and searches
 * notifications; {@code NotificacionEntity} is data without finder methods.
 */
package mx.idse.notification;

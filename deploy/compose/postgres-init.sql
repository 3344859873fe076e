-- One database per service, each owned by its own role: services never read each other's data.
-- Runs once, when the postgres-data volume is empty (docker-entrypoint-initdb.d).
-- Demo passwords only; a real deployment takes them from its secret store.
CREATE ROLE request_service LOGIN PASSWORD 'request_service';
CREATE DATABASE request_service OWNER request_service;
CREATE ROLE certificate_service LOGIN PASSWORD 'certificate_service';
CREATE DATABASE certificate_service OWNER certificate_service;
CREATE ROLE cancellation_service LOGIN PASSWORD 'cancellation_service';
CREATE DATABASE cancellation_service OWNER cancellation_service;
CREATE ROLE notification_service LOGIN PASSWORD 'notification_service';
CREATE DATABASE notification_service OWNER notification_service;

// Generated from Gatehouse's OpenAPI document by `npm run client:types` (scripts/client-types.ts). Do not edit.

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify Gatehouse tokens (empty under HS256) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: ({
                                alg: string;
                                kid: string;
                                kty: string;
                                use: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an email address (or a pending email change) with a mailed token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The token from the mailed link */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/verify/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new verification link to the caller's address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Body larger than AUTH_BODY_LIMIT (`payload_too_large`) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email or username and password
         * @description Opens a session. Repeated failures lock the account (423 with Retry-After); unknown accounts answer exactly like wrong passwords. An account with a second factor answers a right password with {mfa_required, mfa_token, methods} and no tokens.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Exactly one of email or username, and the password */
            requestBody: {
                content: {
                    "application/json": {
                        /** @example alice@example.com */
                        email?: string;
                        /** @example correct horse battery staple */
                        password: string;
                        username?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Access-token lifetime in seconds */
                            expires_in: number;
                            /** @description Refresh-token lifetime in seconds */
                            refresh_expires_in: number;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        } | {
                            /** @description The second factors this account may use (webauthn: a passkey, through POST /api/auth/passkey/options {mfa_token}) */
                            methods: ("totp" | "recovery_code" | "webauthn")[];
                            /** @enum {boolean} */
                            mfa_required: true;
                            /** @description Send it to POST /api/auth/login/mfa with a code within 5 minutes; single use */
                            mfa_token: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a login with a second factor
         * @description A code of a time step already used is refused, even through another login; wrong codes count toward the lockout like wrong passwords. webauthn: a passkey's assertion for the options of POST /api/auth/passkey/options {mfa_token}.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The mfa_token and exactly one of code, recovery_code or webauthn (a passkey's assertion) */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The 6-digit code of the authenticator app */
                        code?: string;
                        mfa_token: string;
                        /** @description One of the recovery codes */
                        recovery_code?: string;
                        /** AuthenticationResponse */
                        webauthn?: {
                            authenticatorAttachment?: "platform" | "cross-platform";
                            /** @description clientExtensionResults, as the browser reports them */
                            clientExtensionResults: {
                                [key: string]: unknown;
                            };
                            id: string;
                            rawId: string;
                            response: {
                                authenticatorData: string;
                                clientDataJSON: string;
                                signature: string;
                                userHandle?: string;
                            };
                            /** @enum {string} */
                            type: "public-key";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Access-token lifetime in seconds */
                            expires_in: number;
                            /** @description Refresh-token lifetime in seconds */
                            refresh_expires_in: number;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the current session (its access and refresh tokens) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Body larger than AUTH_BODY_LIMIT (`payload_too_large`) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Too many requests from this IP (`rate_limited`), see `Retry-After` */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oauth/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the provider sends the browser back (register it as APP_URL/api/auth/oauth/:provider/callback)
         * @description Redirects to redirect_to with ?code= (one time, 60 s, this browser only; never tokens), ?linked=<provider> after an explicit link, or ?error=<code>.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To redirect_to */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Body larger than AUTH_BODY_LIMIT (`payload_too_large`) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oauth/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign in with an identity provider: redirects the browser there
         * @description state, nonce and PKCE (S256) are bound to this browser by a short-lived HttpOnly cookie. redirect_to must match OAUTH_REDIRECT_ALLOWLIST (default APP_URL).
         */
        get: {
            parameters: {
                query?: {
                    redirect_to?: string;
                };
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the provider */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Body larger than AUTH_BODY_LIMIT (`payload_too_large`) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oauth/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange the callback's one-time code for the login answer
         * @description From the browser that signed in (its sign-in cookie), within 60 s, once. An account with a second factor answers {mfa_required, mfa_token, methods}: complete it at POST /api/auth/login/mfa.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Access-token lifetime in seconds */
                            expires_in: number;
                            /** @description Refresh-token lifetime in seconds */
                            refresh_expires_in: number;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        } | {
                            /** @description The second factors this account may use (webauthn: a passkey, through POST /api/auth/passkey/options {mfa_token}) */
                            methods: ("totp" | "recovery_code" | "webauthn")[];
                            /** @enum {boolean} */
                            mfa_required: true;
                            /** @description Send it to POST /api/auth/login/mfa with a code within 5 minutes; single use */
                            mfa_token: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/passkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a passkey: the assertion (credential.toJSON()) answers the usual login
         * @description amr ["webauthn"]; aal 2 when the authenticator verified the user. An account with TOTP whose authenticator did not verify the user answers {mfa_required}. Disabled and locked accounts are refused like a password login; an assertion whose sign count did not rise (a cloned key) is refused and audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** AuthenticationResponse */
                        response: {
                            authenticatorAttachment?: "platform" | "cross-platform";
                            /** @description clientExtensionResults, as the browser reports them */
                            clientExtensionResults: {
                                [key: string]: unknown;
                            };
                            id: string;
                            rawId: string;
                            response: {
                                authenticatorData: string;
                                clientDataJSON: string;
                                signature: string;
                                userHandle?: string;
                            };
                            /** @enum {string} */
                            type: "public-key";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Access-token lifetime in seconds */
                            expires_in: number;
                            /** @description Refresh-token lifetime in seconds */
                            refresh_expires_in: number;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        } | {
                            /** @description The second factors this account may use (webauthn: a passkey, through POST /api/auth/passkey/options {mfa_token}) */
                            methods: ("totp" | "recovery_code" | "webauthn")[];
                            /** @enum {boolean} */
                            mfa_required: true;
                            /** @description Send it to POST /api/auth/login/mfa with a code within 5 minutes; single use */
                            mfa_token: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/passkey/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Options for navigator.credentials.get(): a passkey sign-in, or the second step of a login
         * @description No body: any passkey of this site may answer (discoverable credentials, no username). username: that account's passkeys (an unknown one is answered alike). mfa_token: the passkeys of the login waiting for its second step. The challenge is single use and lives 5 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The second step of a login: options for that user's passkeys */
                        mfa_token?: string;
                        /** @description For authenticators without discoverable credentials: a username (never an email; unknown names are answered alike) */
                        username?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowCredentials?: {
                                id: string;
                                transports?: string[];
                                /** @enum {string} */
                                type: "public-key";
                            }[];
                            challenge: string;
                            rpId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password-reset link
         * @description Answers 202 with the same body, at once, whether or not the address has an account; a known address gets at most one link per MAIL_RESEND_INTERVAL.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @example alice@example.com
                         */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a mailed token
         * @description The password policy applies. Every session of the account ends, its lock is lifted, and a notice is mailed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example correct horse battery staple */
                        password: string;
                        /** @description The token from the mailed link */
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens (rotation)
         * @description Send the refresh token as a Bearer token or as {"refresh_token"} (in cookie mode: the refresh cookie, with X-CSRF-TOKEN). The old refresh token dies; presenting it again after the grace window revokes the whole session (refresh_reused). With REFRESH_TOKEN_ROTATION=false the same refresh token is answered again. A Flask-JWT-Extended refresh token (LEGACY_JWT_SECRET_KEY) is exchanged for a new session that owns it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @description Access-token lifetime in seconds */
                            expires_in: number;
                            /** @description Refresh-token lifetime in seconds */
                            refresh_expires_in: number;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Body larger than AUTH_BODY_LIMIT (`payload_too_large`) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Password: 8-256 characters, not a common password, not the username or email. Unknown fields (including role) are refused.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @example alice@example.com
                         */
                        email: string;
                        /** @example correct horse battery staple */
                        password: string;
                        /**
                         * @description 3-32 letters, digits, _ . -; unique case-insensitively
                         * @example alice
                         */
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (admins only)
         * @description Ordered by id. per_page 1-100 (default 20); a page past the end is empty. Keyset paging: pass the previous page's next as after (not together with page, 400); next is null on the last page.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Keyset paging: users with an id above this one (the previous page's next); not with page */
                    after?: number;
                    /** @description Offset paging (default 1); not with after */
                    page?: number;
                    per_page?: number;
                    /** @description Case-insensitive substring of the username or email */
                    q?: string;
                    role?: "user" | "admin";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The after of the next page when more users may follow; null on the last page */
                            next: number | null;
                            /** @description The offset page; null on a keyset (after) page */
                            page: number | null;
                            pages: number;
                            per_page: number;
                            /** @description Matching users, counted up to a cap (10,000); see total_exact */
                            total: number;
                            /** @description False when the count stopped at the cap: total is the cap and there are more */
                            total_exact: boolean;
                            users: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user (admins only)
         * @description With a password (the password policy applies) or the password_hash of another system (argon2, bcrypt, werkzeug pbkdf2 or scrypt, within bounded parameters), never both; the hash is never shown. role (default user), is_active (default true) and email_verified (default false: a verification mail goes out) set the account as it starts. Non-admins are refused before the body is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Exactly one of password or password_hash */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @example alice@example.com
                         */
                        email: string;
                        /** @description Default false: the address gets a verification mail (when the account is active); true marks it verified now */
                        email_verified?: boolean;
                        /** @description Default true */
                        is_active?: boolean;
                        /**
                         * @description Checked by the password policy, then hashed with argon2id; not with password_hash
                         * @example correct horse battery staple
                         */
                        password?: string;
                        /**
                         * @description A hash from another system, stored as is and replaced by argon2id at the first good login; not with password. Accepted: argon2 (PHC string), bcrypt ($2a$, $2b$, $2y$), werkzeug pbkdf2:sha256|sha512:N$salt$hex and scrypt:N:r:p$salt$hex, with bounded parameters (400 validation_failed naming password_hash otherwise). Never shown again.
                         * @example $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW
                         */
                        password_hash?: string;
                        /** @description Default user */
                        role?: "user" | "admin";
                        /**
                         * @description 3-32 letters, digits, _ . -; unique case-insensitively
                         * @example alice
                         */
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user (self or admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        /**
         * Update a user (self or admin)
         * @description Anyone may change their own username, email and password (the last two with current_password, rate-limited per user and per IP); a new password ends their other sessions. Admins may also set role, is_active and unlock for anyone. The last active admin cannot be demoted or deactivated (409 last_admin).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Required to change your own password or email
                         * @example correct horse battery staple
                         */
                        current_password?: string;
                        /**
                         * Format: email
                         * @example alice@example.com
                         */
                        email?: string;
                        /** @description Admins only */
                        is_active?: boolean;
                        /** @example correct horse battery staple */
                        password?: string;
                        /** @description Admins only */
                        role?: "user" | "admin";
                        /** @description Admins only: true clears failed logins and the lock */
                        unlock?: boolean;
                        /**
                         * @description 3-32 letters, digits, _ . -; unique case-insensitively
                         * @example alice
                         */
                        username?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a user (admins only)
         * @description The user's sessions go with them. The last active admin cannot be deleted (409 last_admin).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's linked identity providers (admins only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identities: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description The email the provider asserted at the last sign-in */
                                email: string | null;
                                email_verified: boolean;
                                id: string;
                                /** Format: date-time */
                                last_used_at: string | null;
                                /** @example google */
                                provider: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user's second factor (admins only); their sessions end */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's passkeys (admins only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            passkeys: {
                                /** @description The authenticator model (all zeros when it does not say) */
                                aaguid: string;
                                backed_up: boolean;
                                /** @description A synced passkey (may be backed up to a cloud account) */
                                backup_eligible: boolean;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_used_at: string | null;
                                /** @example Laptop */
                                name: string;
                                transports: string[];
                                /** @description The authenticator verified the user (PIN, biometrics) when it was registered */
                                user_verified: boolean;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/passkeys/{passkeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user's passkey (admins only); their sessions end */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                    passkeyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a user a password-reset link (admins only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's live sessions (admins only)
         * @description Newest first; `current` is true only for the admin's own session.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Live sessions, newest first */
                            sessions: {
                                /** @description Authenticator assurance level of the login: 1 password, 2 with a second factor */
                                aal: number;
                                /**
                                 * Format: date-time
                                 * @description When the login opened it
                                 */
                                created_at: string;
                                /** @description True for the session of the access token making this request */
                                current: boolean;
                                /**
                                 * Format: date-time
                                 * @description When its refresh token stops working unless refreshed again
                                 */
                                expires_at: string;
                                /** Format: uuid */
                                id: string;
                                /** @description Client IP of the login request */
                                ip: string | null;
                                /**
                                 * Format: date-time
                                 * @description Its last refresh (the login, before any); other requests do not move it
                                 */
                                last_used_at: string;
                                /** @description User-Agent of the login request (first 512 characters) */
                                user_agent: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * End every session of a user (admins only)
         * @description Every access and refresh token of the user stops working at once; audited as sessions_revoked.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description User id */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description How many live sessions were ended */
                            revoked: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * User
                             * @description locked_until and failed_login_attempts are shown to admins only
                             */
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: email */
                                email: string;
                                email_verified: boolean;
                                /** Format: date-time */
                                email_verified_at: string | null;
                                failed_login_attempts?: number;
                                id: number;
                                is_active: boolean;
                                is_locked: boolean;
                                /** Format: date-time */
                                last_login_at: string | null;
                                /** Format: date-time */
                                locked_until?: string | null;
                                /** @description A second factor (TOTP) is enabled */
                                mfa_enabled: boolean;
                                /**
                                 * Format: email
                                 * @description An address waiting for its mailed confirmation
                                 */
                                pending_email: string | null;
                                role: "user" | "admin";
                                /** Format: date-time */
                                updated_at: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity providers linked to your account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identities: {
                                /** Format: date-time */
                                created_at: string;
                                /** @description The email the provider asserted at the last sign-in */
                                email: string | null;
                                email_verified: boolean;
                                id: string;
                                /** Format: date-time */
                                last_used_at: string | null;
                                /** @example google */
                                provider: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink an identity provider
         * @description Refused with 409 last_sign_in_method when it is your last way in (no password, no other identity).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/identities/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link another identity provider: answers the URL to send the browser to
         * @description Needs a session signed in within 10 minutes, or current_password. The browser that follows authorization_url must be the one that made this request (a cookie binds them); the callback then redirects to redirect_to with ?linked=<provider>, or ?error=identity_taken when the identity is another user's.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example correct horse battery staple */
                        current_password?: string;
                        redirect_to?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send the browser there (top-level navigation) */
                            authorization_url: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the recovery codes (needs the password and a code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The 6-digit code of the authenticator app */
                        code: string;
                        /** @example correct horse battery staple */
                        current_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Single-use codes, shown this once */
                            recovery_codes: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolling a TOTP second factor
         * @description Answers the secret, an otpauth:// URI and its QR code (SVG). Nothing is enabled until a code confirms it within 10 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example correct horse battery staple */
                        current_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauth_uri: string;
                            qr_svg: string;
                            secret: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        /** Turn the second factor off (needs the password and a code); other sessions end */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The 6-digit code of the authenticator app */
                        code: string;
                        /** @example correct horse battery staple */
                        current_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the enrolment with a code: the factor is on, and the recovery codes are shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The 6-digit code of the authenticator app */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Single-use codes, shown this once */
                            recovery_codes: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your passkeys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            passkeys: {
                                /** @description The authenticator model (all zeros when it does not say) */
                                aaguid: string;
                                backed_up: boolean;
                                /** @description A synced passkey (may be backed up to a cloud account) */
                                backup_eligible: boolean;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_used_at: string | null;
                                /** @example Laptop */
                                name: string;
                                transports: string[];
                                /** @description The authenticator verified the user (PIN, biometrics) when it was registered */
                                user_verified: boolean;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Finish registering a passkey with what the authenticator answered (credential.toJSON())
         * @description Verifies origin (WEBAUTHN_ORIGINS), RP ID, the challenge of this session and the attestation; stores the public key. Your other sessions end, and this one stands at aal 2.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Laptop */
                        name?: string;
                        /** RegistrationResponse */
                        response: {
                            authenticatorAttachment?: "platform" | "cross-platform";
                            /** @description clientExtensionResults, as the browser reports them */
                            clientExtensionResults: {
                                [key: string]: unknown;
                            };
                            id: string;
                            rawId: string;
                            response: {
                                attestationObject: string;
                                authenticatorData?: string;
                                clientDataJSON: string;
                                publicKey?: string;
                                publicKeyAlgorithm?: number;
                                transports?: string[];
                            };
                            /** @enum {string} */
                            type: "public-key";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Passkey */
                            passkey: {
                                /** @description The authenticator model (all zeros when it does not say) */
                                aaguid: string;
                                backed_up: boolean;
                                /** @description A synced passkey (may be backed up to a cloud account) */
                                backup_eligible: boolean;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_used_at: string | null;
                                /** @example Laptop */
                                name: string;
                                transports: string[];
                                /** @description The authenticator verified the user (PIN, biometrics) when it was registered */
                                user_verified: boolean;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/passkeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a passkey (needs a session at aal 2); your other sessions end
         * @description Refused with 409 last_sign_in_method when it is your last way in (no password, no provider, no other passkey).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a passkey */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Laptop */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Passkey */
                            passkey: {
                                /** @description The authenticator model (all zeros when it does not say) */
                                aaguid: string;
                                backed_up: boolean;
                                /** @description A synced passkey (may be backed up to a cloud account) */
                                backup_eligible: boolean;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_used_at: string | null;
                                /** @example Laptop */
                                name: string;
                                transports: string[];
                                /** @description The authenticator verified the user (PIN, biometrics) when it was registered */
                                user_verified: boolean;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/me/passkeys/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start registering a passkey: answers the creation options for navigator.credentials.create()
         * @description Needs current_password or a session signed in within 10 minutes; once the account has a factor (TOTP or a passkey), a session at aal 2. The challenge is single use, lives 5 minutes and is bound to this session. Resident key required, user verification preferred, your passkeys excluded.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description current_password, unless the session signed in within 10 minutes */
            requestBody: {
                content: {
                    "application/json": {
                        /** @example correct horse battery staple */
                        current_password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            challenge: string;
                            rp: {
                                id?: string;
                                name: string;
                            };
                            user: {
                                displayName: string;
                                id: string;
                                name: string;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your live sessions
         * @description Every login that is neither ended nor expired, newest first; `current` marks the one of this access token. last_used_at moves on refresh only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Live sessions, newest first */
                            sessions: {
                                /** @description Authenticator assurance level of the login: 1 password, 2 with a second factor */
                                aal: number;
                                /**
                                 * Format: date-time
                                 * @description When the login opened it
                                 */
                                created_at: string;
                                /** @description True for the session of the access token making this request */
                                current: boolean;
                                /**
                                 * Format: date-time
                                 * @description When its refresh token stops working unless refreshed again
                                 */
                                expires_at: string;
                                /** Format: uuid */
                                id: string;
                                /** @description Client IP of the login request */
                                ip: string | null;
                                /**
                                 * Format: date-time
                                 * @description Its last refresh (the login, before any); other requests do not move it
                                 */
                                last_used_at: string;
                                /** @description User-Agent of the login request (first 512 characters) */
                                user_agent: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** End all your sessions but the current one */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description How many live sessions were ended */
                            revoked: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of your sessions
         * @description Its access and refresh tokens stop working at once, on every instance. Ending the current session is a logout. A session of someone else, an unknown id and an ended session are all 404 session_not_found, alike.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Session id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database (and Redis, when configured) answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "ok";
                            /** @enum {string} */
                            redis?: "ok";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page: choose a new password (the mailed reset link opens it)
         * @description A small page that reads the token from the link's fragment and posts it only when the person submits; a GET spends nothing.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page: confirm an email address (the mailed verification link opens it)
         * @description A small page that reads the token from the link's fragment and posts it only when the person submits; a GET spends nothing.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /**
                             * @description Stable, snake_case error code
                             * @enum {string}
                             */
                            code: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            detail: string;
                            /**
                             * @description Same as code (Flask-compatible)
                             * @enum {string}
                             */
                            error: "validation_failed" | "malformed_json" | "bad_request" | "passkey_rejected" | "invalid_or_expired_token" | "unauthorized" | "authorization_required" | "invalid_token" | "token_expired" | "token_revoked" | "refresh_reused" | "invalid_credentials" | "invalid_mfa_code" | "invalid_current_password" | "account_disabled" | "mfa_required" | "email_not_verified" | "forbidden" | "csrf_failed" | "user_not_found" | "session_not_found" | "not_found" | "method_not_allowed" | "request_timeout" | "conflict" | "username_taken" | "email_taken" | "last_admin" | "mfa_already_enabled" | "last_sign_in_method" | "already_verified" | "precondition_failed" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "range_not_satisfiable" | "account_locked" | "rate_limited" | "headers_too_large" | "internal_error" | "not_implemented" | "service_unavailable" | "mail_unavailable";
                            /** @description Validation failures, one per broken rule (the first 20) */
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            /** @description How many rules were broken in all; present when more than 20 */
                            errors_total?: number;
                            /** @description Same as detail (Flask-compatible) */
                            message: string;
                            request_id: string;
                            /** @example 401 */
                            status: number;
                            /** @example Unauthorized */
                            title: string;
                            /** @enum {string} */
                            type: "about:blank";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

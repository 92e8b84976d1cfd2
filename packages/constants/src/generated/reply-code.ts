// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
/**
 * **211 System status**
 *
 * A positive completion reply carrying system status or help information, typically in answer to `HELP` without an argument or to a non-standard status query. The text is meant for a person and has no standard format, so clients should display it rather than parse it. As a 2yz reply it needs no retry.
 *
 * ja: システムステータス / ru: Состояние системы
 *
 * RFC text: `211 System status, or system help reply`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2 RFC 5321 §4.3.2}
 *
 * @example
 * ReplyCode.SystemStatus //=> 211
 */
export const SystemStatus = 211 as const;
/**
 * **214 Help message**
 *
 * Help text for a human, returned by `HELP`, either general or about the command given as its argument, such as how to use a non-standard command. It is purely informational: clients should show it, not interpret it. A server that offers no help answers `HELP` with `502` instead. As a 2yz reply it needs no retry.
 *
 * ja: ヘルプメッセージ / ru: Справочное сообщение
 *
 * RFC text: `214 Help message`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2 RFC 5321 §4.3.2}
 *
 * @example
 * ReplyCode.HelpMessage //=> 214
 */
export const HelpMessage = 214 as const;
/**
 * **220 Service ready**
 *
 * The greeting a server sends when a connection opens. The first word after the code is the server's host name, often followed by a software name or an `ESMTP` hint. The client waits for it before sending `EHLO`; busy servers may delay it, so clients should allow at least five minutes. As a 2yz reply it needs no retry and lets the client go ahead; `421` or `554` in its place refuses the session.
 *
 * ja: サービス準備完了 / ru: Служба готова
 *
 * RFC text: `220 <domain> Service ready`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.3.1 RFC 5321 §4.3.1}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.2.1 RFC 5321 §4.5.3.2.1}
 *
 * @example
 * ReplyCode.ServiceReady //=> 220
 */
export const ServiceReady = 220 as const;
/**
 * **221 Service closing**
 *
 * The server is closing the transmission channel, normally as the reply to `QUIT`; the first word after the code is the server's host name. The session has ended cleanly. Messages whose end of data was already acknowledged with `250` are accepted and unaffected. As a 2yz reply it needs no retry: the client simply closes its side of the connection.
 *
 * ja: サービスによる通信チャネルの切断 / ru: Служба закрывает канал передачи
 *
 * RFC text: `221 <domain> Service closing transmission channel`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.8 RFC 5321 §3.8}
 *
 * @example
 * ReplyCode.ServiceClosing //=> 221
 */
export const ServiceClosing = 221 as const;
/**
 * **235 Authentication succeeded**
 *
 * The `AUTH` exchange succeeded and the session is now authenticated, which on a submission server usually allows sending and relaying mail. Any further `AUTH` in the same session is refused with `503`. If the mechanism negotiated a security layer, the client must discard what it learned from the server before and should send `EHLO` again. As a 2yz reply it needs no retry.
 *
 * ja: 認証成功 / ru: Аутентификация выполнена успешно
 *
 * RFC text: `235 2.7.0 Authentication Succeeded`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-6 RFC 4954 §6}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-4 RFC 4954 §4}
 *
 * @example
 * ReplyCode.AuthenticationSucceeded //=> 235
 */
export const AuthenticationSucceeded = 235 as const;
/**
 * **250 Requested action completed**
 *
 * The generic success reply: the command was carried out. It answers, among others, `EHLO` (with the list of extensions), `HELO`, `MAIL`, `RCPT`, `RSET` and `NOOP`. After the final dot of `DATA` it means the server has taken responsibility for the message and must deliver it or send a non-delivery report. As a 2yz reply it needs no retry: the client proceeds to the next step.
 *
 * ja: 要求された処理の完了 / ru: Запрошенное действие выполнено
 *
 * RFC text: `250 Requested mail action okay, completed`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.5 RFC 5321 §4.2.5}
 *
 * @example
 * ReplyCode.RequestedActionCompleted //=> 250
 */
export const RequestedActionCompleted = 250 as const;
/**
 * **251 User not local; will forward**
 *
 * The recipient is accepted but is not local: the server will forward the message to the address given in the text. The client may note the new address for later use, but the server must not assume that it does. Many servers forward silently with `250` instead, so as not to reveal addresses. As a 2yz reply it needs no retry: the recipient counts as accepted.
 *
 * ja: ローカルユーザーではないため転送 / ru: Пользователь не локальный, сообщение будет переслано
 *
 * RFC text: `251 User not local; will forward to <forward-path>`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.4 RFC 5321 §3.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-7.4 RFC 5321 §7.4}
 *
 * @example
 * ReplyCode.UserNotLocalWillForward //=> 251
 */
export const UserNotLocalWillForward = 251 as const;
/**
 * **252 Cannot verify user**
 *
 * The reply to `VRFY` or `EXPN` when the server cannot confirm the address in real time, for example because it is a backup MX or has disabled verification for privacy, yet will accept mail for it and try to deliver it. It is not proof that the mailbox exists. As a 2yz reply it needs no retry: the client sends the message normally and watches for non-delivery reports.
 *
 * ja: ユーザーを検証できない / ru: Невозможно проверить пользователя
 *
 * RFC text: `252 Cannot VRFY user, but will accept message and attempt delivery`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.5.3 RFC 5321 §3.5.3}
 *
 * @example
 * ReplyCode.CannotVerifyUser //=> 252
 */
export const CannotVerifyUser = 252 as const;
/**
 * **253 Queue started with message count**
 *
 * A reply to `ETRN` (RFC 1985): the server has started delivering the mail it holds for the named host or domain, and says how many messages are waiting. The client's own SMTP server must be reachable to receive them over the new connection the server opens. As a 2yz reply it needs no retry.
 *
 * ja: 保留メッセージ数を示したキュー処理の開始 / ru: Обработка очереди начата, указано число сообщений
 *
 * RFC text: `253 OK, <n> pending messages for node <x> started`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc1985#section-5 RFC 1985 §5}
 *
 * @example
 * ReplyCode.QueueStartedWithMessageCount //=> 253
 */
export const QueueStartedWithMessageCount = 253 as const;
/**
 * **334 Authentication challenge**
 *
 * A positive intermediate reply during `AUTH`: the text is a base64-encoded challenge from the SASL mechanism, and is empty (`334` followed by a space) when the mechanism expects the client to speak first, as `PLAIN` does. The client must answer with one base64 line, or with `*` to cancel, after which the server rejects the `AUTH` command with `501`. As a 3yz reply it asks for more input, not a retry.
 *
 * ja: 認証チャレンジ / ru: Запрос сервера при аутентификации
 *
 * RFC text: `334 <base64-encoded challenge>`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-4 RFC 4954 §4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-8 RFC 4954 §8}
 *
 * @example
 * ReplyCode.AuthenticationChallenge //=> 334
 */
export const AuthenticationChallenge = 334 as const;
/**
 * **354 Start mail input**
 *
 * The server accepts `DATA` and waits for the message content, which the client sends and ends with a line containing only a dot; a leading dot on any other line must be doubled. The real verdict on the message comes after that final dot. As a 3yz reply it asks for more input, not a retry; the client must never send message data before receiving it.
 *
 * ja: メール入力の開始 / ru: Начало ввода сообщения
 *
 * RFC text: `354 Start mail input; end with <CRLF>.<CRLF>`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.3 RFC 5321 §3.3}
 *
 * @example
 * ReplyCode.StartMailInput //=> 354
 */
export const StartMailInput = 354 as const;
/**
 * **421 Service not available**
 *
 * The server is closing the connection and will not continue the session. It may answer any command, or replace the greeting. Typical causes are shutdown or restart, overload, too many connections from one client, rate limiting and temporary reputation blocks. As a 4yz reply it is temporary: the client keeps the message queued and reconnects later, backing off between attempts.
 *
 * ja: サービスを利用できない / ru: Служба недоступна
 *
 * RFC text: `421 <domain> Service not available, closing transmission channel`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.8 RFC 5321 §3.8}
 *
 * @example
 * ReplyCode.ServiceNotAvailable //=> 421
 */
export const ServiceNotAvailable = 421 as const;
/**
 * **422 Password transition needed (alternative code)**
 *
 * No RFC defines this code or its text. The IANA enhanced-code registry lists it, next to `432`, as a basic code for X.7.12 "A password transition is needed": the account must switch to the requested authentication mechanism, usually by logging in once with `PLAIN` over TLS. As a 4yz reply it is temporary: the client retries after that one-time login.
 *
 * ja: パスワードの移行が必要 (代替コード) / ru: Для выбранного механизма аутентификации требуется перенос пароля (альтернативный код)
 *
 * No RFC defines its text: the enhanced-code registry lists it.
 *
 * @see {@link https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml IANA registry}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248#section-2.4 RFC 5248 §2.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-6 RFC 4954 §6}
 *
 * @example
 * ReplyCode.PasswordTransitionNeededAlternativeCode //=> 422
 */
export const PasswordTransitionNeededAlternativeCode = 422 as const;
/**
 * **430 Invalid command (temporary)**
 *
 * No RFC defines this code or its text. The IANA enhanced-code registry lists it among the basic codes for X.5.1 "Invalid command", next to `500`, `501`, `503` and others. A server using it reports a command that is out of sequence or not supported, but as a temporary condition. As a 4yz reply it is temporary: the client should check its command sequence and retry later.
 *
 * ja: 無効なコマンド (一時的) / ru: Недопустимая команда (временная ошибка)
 *
 * No RFC defines its text: the enhanced-code registry lists it.
 *
 * @see {@link https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml IANA registry}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248#section-2.4 RFC 5248 §2.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.6 RFC 3463 §3.6}
 *
 * @example
 * ReplyCode.InvalidCommandTemporary //=> 430
 */
export const InvalidCommandTemporary = 430 as const;
/**
 * **432 Password transition needed**
 *
 * A reply to `AUTH`: the account has to be migrated to the requested mechanism before that mechanism can be used, typically because the server does not yet store a suitable secret for it. Logging in once with `PLAIN` over TLS usually performs the transition, after which the mechanism works in later sessions. As a 4yz reply it is temporary: the client retries after that login.
 *
 * ja: パスワードの移行が必要 / ru: Для выбранного механизма аутентификации требуется перенос пароля
 *
 * RFC text: `432 4.7.12 A password transition is needed`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-6 RFC 4954 §6}
 *
 * @example
 * ReplyCode.PasswordTransitionNeeded //=> 432
 */
export const PasswordTransitionNeeded = 432 as const;
/**
 * **450 Mailbox temporarily unavailable**
 *
 * The server cannot act on the mailbox right now but may be able to later: the mailbox may be busy or locked, temporarily blocked by policy, or the server is greylisting the sender. It usually answers `RCPT` or the end of `DATA`. As a 4yz reply it is temporary: the client keeps the message queued and retries later; greylisting normally clears when the same message is retried after a few minutes.
 *
 * ja: メールボックスが一時的に利用できない / ru: Почтовый ящик временно недоступен
 *
 * RFC text: `450 Requested mail action not taken: mailbox unavailable`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2 RFC 5321 §4.3.2}
 *
 * @example
 * ReplyCode.MailboxTemporarilyUnavailable //=> 450
 */
export const MailboxTemporarilyUnavailable = 450 as const;
/**
 * **451 Local error in processing**
 *
 * The server hit a temporary problem while handling the command and gave up: typical causes are a failed DNS or database lookup, an unavailable content scanner, exhausted resources, and greylisting, which many servers report with this code. Clients also treat a dropped connection as if this code had been received. As a 4yz reply it is temporary: the client keeps the message queued and retries later.
 *
 * ja: 処理中のローカルエラー / ru: Локальная ошибка при обработке
 *
 * RFC text: `451 Requested action aborted: local error in processing`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3 RFC 5321 §4.2.3}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.8 RFC 5321 §3.8}
 *
 * @example
 * ReplyCode.LocalErrorInProcessing //=> 451
 */
export const LocalErrorInProcessing = 451 as const;
/**
 * **452 Insufficient system storage**
 *
 * The server temporarily lacks the resources to accept the command: it is short of disk or queue space or, the case RFC 5321 assigns to this code in reply to `RCPT`, the transaction has reached its recipient limit. As a 4yz reply it is temporary: after too many recipients, the client sends the rejected ones in a later transaction; after a storage shortage, it retries later.
 *
 * ja: システムの記憶域が不足 / ru: Недостаточно места в системном хранилище
 *
 * RFC text: `452 Requested action not taken: insufficient system storage`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10 RFC 5321 §4.5.3.1.10}
 *
 * @example
 * ReplyCode.InsufficientSystemStorage //=> 452
 */
export const InsufficientSystemStorage = 452 as const;
/**
 * **453 No mail waiting**
 *
 * A reply to `ATRN` (On-Demand Mail Relay, RFC 2645): the provider holds no queued mail for the customer's domains, so the connection is not reversed. Although it is a 4yz reply, it is informational in practice: there is nothing to retry now, and the customer ends the session with `QUIT` and polls again later, for example at its next scheduled connection.
 *
 * ja: 待機中のメールなし / ru: Нет ожидающей почты
 *
 * RFC text: `453 You have no mail`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc2645#section-5.2.1 RFC 2645 §5.2.1}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc2645#section-7 RFC 2645 §7}
 *
 * @example
 * ReplyCode.NoMailWaiting //=> 453
 */
export const NoMailWaiting = 453 as const;
/**
 * **454 TLS not available**
 *
 * The reply to `STARTTLS` when the server cannot start TLS at the moment, for example because its certificate or key cannot be loaded. As a 4yz reply it is temporary: the client may retry later, or continue without encryption only if its policy allows it. A client that requires TLS, for example under MTA-STS, DANE or `REQUIRETLS`, must keep the message queued instead.
 *
 * ja: TLS を利用できない / ru: TLS недоступен
 *
 * RFC text: `454 TLS not available due to temporary reason`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3207#section-4 RFC 3207 §4}
 *
 * @example
 * ReplyCode.TLSNotAvailable //=> 454
 */
export const TLSNotAvailable = 454 as const;
/**
 * **455 Unable to accommodate parameters**
 *
 * The server recognises the parameters of `MAIL FROM` or `RCPT TO` but is temporarily unable to honour one of them, and the extension that defines the parameter prescribes no other code. As a 4yz reply it is temporary: the client may retry later with the same parameters, or leave out an optional parameter if the message can do without it.
 *
 * ja: パラメーターに対応できない / ru: Невозможно принять параметры
 *
 * RFC text: `455 Server unable to accommodate parameters`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.11 RFC 5321 §4.1.1.11}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @example
 * ReplyCode.UnableToAccommodateParameters //=> 455
 */
export const UnableToAccommodateParameters = 455 as const;
/**
 * **458 Unable to queue messages**
 *
 * A reply to `ETRN` (RFC 1985): the server cannot start delivering mail for the named host or domain, for example because it holds no queue for that name or its queue runner is unavailable. As a 4yz reply it is temporary: the client may send `ETRN` again later; a failure that persists means the name should be checked with the provider.
 *
 * ja: メッセージのキュー処理を開始できない / ru: Невозможно запустить обработку очереди
 *
 * RFC text: `458 Unable to queue messages for node <x>`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc1985#section-5 RFC 1985 §5}
 *
 * @example
 * ReplyCode.UnableToQueueMessages //=> 458
 */
export const UnableToQueueMessages = 458 as const;
/**
 * **459 Node not allowed**
 *
 * A reply to `ETRN` (RFC 1985): the server refuses to start delivery for the named host or domain and gives its reason in the text, typically that this client may not trigger delivery for that name. Although it is a 4yz reply, repeating the request unchanged rarely helps: the client should check the name it sent and the arrangement with the provider.
 *
 * ja: ノードが許可されていない / ru: Узел не разрешён
 *
 * RFC text: `459 Node <x> not allowed: <reason>`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc1985#section-5 RFC 1985 §5}
 *
 * @example
 * ReplyCode.NodeNotAllowed //=> 459
 */
export const NodeNotAllowed = 459 as const;
/**
 * **500 Command unrecognized**
 *
 * The server did not recognise the command, or the command line was too long. Common causes are a typo, a command of an extension the server does not offer, or non-ASCII characters. The session continues. As a 5yz reply it is permanent: the same command fails again, so the client should fall back, for example from `EHLO` to `HELO`, or stop using that command.
 *
 * ja: コマンドを認識できない / ru: Команда не распознана
 *
 * RFC text: `500 Syntax error, command unrecognized`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.4 RFC 5321 §4.2.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2 RFC 5321 §4.3.2}
 *
 * @example
 * ReplyCode.CommandUnrecognized //=> 500
 */
export const CommandUnrecognized = 500 as const;
/**
 * **501 Syntax error in parameters**
 *
 * The command was recognised but its arguments are malformed: an address in `MAIL FROM` or `RCPT TO` without angle brackets or with spaces around the colon, an invalid domain in `EHLO`, or an argument to a command that takes none. After `AUTH` it also means the exchange was cancelled or a response was not valid base64. As a 5yz reply it is permanent: the client must fix the syntax before trying again.
 *
 * ja: パラメーターの構文エラー / ru: Синтаксическая ошибка в параметрах
 *
 * RFC text: `501 Syntax error in parameters or arguments`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2 RFC 5321 §4.3.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-4 RFC 4954 §4}
 *
 * @example
 * ReplyCode.SyntaxErrorInParameters //=> 501
 */
export const SyntaxErrorInParameters = 501 as const;
/**
 * **502 Command not implemented**
 *
 * The server recognises the command but does not implement it or has disabled it, which is common for `VRFY`, `EXPN`, `TURN` and commands of extensions it does not advertise; a command it does not know at all gets `500`. Old servers answer `EHLO` this way, and the client then falls back to `HELO`. As a 5yz reply it is permanent: the client should stop using the command rather than retry it.
 *
 * ja: コマンドは実装されていない / ru: Команда не реализована
 *
 * RFC text: `502 Command not implemented`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.4 RFC 5321 §4.2.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2 RFC 5321 §4.3.2}
 *
 * @example
 * ReplyCode.CommandNotImplemented //=> 502
 */
export const CommandNotImplemented = 502 as const;
/**
 * **503 Bad sequence of commands**
 *
 * The command is valid but not allowed at this point: `RCPT` before `MAIL`, `DATA` without an accepted recipient, a second `MAIL` inside a transaction, or `AUTH` after a successful `AUTH`. A server that greeted with `554` answers every command this way, and some use it when `EHLO` or authentication must come first. As a 5yz reply it is permanent: the client must correct its command order rather than repeat the command.
 *
 * ja: コマンドの順序が正しくない / ru: Неверная последовательность команд
 *
 * RFC text: `503 Bad sequence of commands`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.1.4 RFC 5321 §4.1.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.1 RFC 5321 §3.1}
 *
 * @example
 * ReplyCode.BadSequenceOfCommands //=> 503
 */
export const BadSequenceOfCommands = 503 as const;
/**
 * **504 Command parameter not implemented**
 *
 * The command is implemented but the requested parameter or option is not, for example an authentication mechanism the server does not support after `AUTH`, or a `HELP` topic it does not know. As a 5yz reply it is permanent: the same request fails again, so the client should use another parameter, or a mechanism listed in the server's `EHLO` reply.
 *
 * ja: コマンドのパラメーターは実装されていない / ru: Параметр команды не реализован
 *
 * RFC text: `504 Command parameter not implemented`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.3.2 RFC 5321 §4.3.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-4 RFC 4954 §4}
 *
 * @example
 * ReplyCode.CommandParameterNotImplemented //=> 504
 */
export const CommandParameterNotImplemented = 504 as const;
/**
 * **521 Host does not accept mail**
 *
 * The host does not accept mail at all, for example a web or DNS server that runs a minimal SMTP listener only to refuse misdirected mail; RFC 7504 reserves the code for the start of the connection, where it replaces the `220` greeting. Unlike `554`, it does not stand for a policy refusal. As a 5yz reply it is permanent: the client must not retry this host, and if no other mail exchanger takes the message, it returns the message to the sender instead of keeping it queued.
 *
 * ja: ホストはメールを受け付けない / ru: Хост не принимает почту
 *
 * RFC text: `521 Host does not accept mail`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7504 RFC 7504}
 *
 * @example
 * ReplyCode.HostDoesNotAcceptMail //=> 521
 */
export const HostDoesNotAcceptMail = 521 as const;
/**
 * **523 Encryption needed**
 *
 * No RFC defines this code or its text. The IANA enhanced-code registry lists it for X.7.10 "Encryption Needed": the chosen authentication mechanism, usually a plain-text one, may only be used inside an encrypted session. The client should issue `STARTTLS` before `AUTH`, or choose a stronger mechanism. As a 5yz reply it is permanent: repeating the command unchanged fails again.
 *
 * ja: 暗号化が必要 / ru: Требуется шифрование
 *
 * No RFC defines its text: the enhanced-code registry lists it.
 *
 * @see {@link https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml IANA registry}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248#section-2.4 RFC 5248 §2.4}
 *
 * @example
 * ReplyCode.EncryptionNeeded //=> 523
 */
export const EncryptionNeeded = 523 as const;
/**
 * **524 Encryption required (alternative code)**
 *
 * No RFC defines this code or its text. The IANA enhanced-code registry lists it, next to `538`, for X.7.11 "Encryption required for requested authentication mechanism": the mechanism may only be used over an encrypted connection. The client should start TLS first or choose another mechanism. As a 5yz reply it is permanent: the same `AUTH` command fails again if repeated unchanged.
 *
 * ja: 暗号化が必要 (代替コード) / ru: Требуется шифрование (альтернативный код)
 *
 * No RFC defines its text: the enhanced-code registry lists it.
 *
 * @see {@link https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml IANA registry}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248#section-2.4 RFC 5248 §2.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-6 RFC 4954 §6}
 *
 * @example
 * ReplyCode.EncryptionRequiredAlternativeCode //=> 524
 */
export const EncryptionRequiredAlternativeCode = 524 as const;
/**
 * **525 User account disabled**
 *
 * No RFC defines this code or its text. The IANA enhanced-code registry lists it for X.7.13 "User Account Disabled": the login itself worked, but the account has been disabled, for example for abuse, non-payment or a suspected break-in. Asking for the password again does not help; the user must contact the provider's administrator. As a 5yz reply it is permanent: the client must not retry automatically.
 *
 * ja: ユーザーアカウントが無効 / ru: Учётная запись пользователя отключена
 *
 * No RFC defines its text: the enhanced-code registry lists it.
 *
 * @see {@link https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml IANA registry}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248#section-2.4 RFC 5248 §2.4}
 *
 * @example
 * ReplyCode.UserAccountDisabled //=> 525
 */
export const UserAccountDisabled = 525 as const;
/**
 * **530 STARTTLS required**
 *
 * The server requires an encrypted session and refuses every command except `EHLO`, `STARTTLS`, `NOOP` and `QUIT` until TLS is active, typically on submission ports and private relays. RFC 4954 gives the same code, as `5.7.0 Authentication required`, to commands such as `MAIL FROM` that need a prior `AUTH`. As a 5yz reply it is permanent: the command keeps failing until the client starts TLS, sends `EHLO` again and, if asked, authenticates.
 *
 * ja: STARTTLS が必要 / ru: Требуется STARTTLS
 *
 * RFC text: `530 Must issue a STARTTLS command first`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3207#section-4 RFC 3207 §4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-6 RFC 4954 §6}
 *
 * @example
 * ReplyCode.STARTTLSRequired //=> 530
 */
export const STARTTLSRequired = 530 as const;
/**
 * **533 Delivery not authorized**
 *
 * No RFC defines this code or its text. The IANA enhanced-code registry lists it among the basic codes for X.7.1 "Delivery not authorized, message refused", next to `550`, `551` and others: the sender or its host is not permitted, by policy, to send to this destination. As a 5yz reply it is permanent: the client must not retry unchanged, and the sender has to resolve the policy issue with the recipient's administrator.
 *
 * ja: 配送が許可されていない / ru: Доставка не разрешена
 *
 * No RFC defines its text: the enhanced-code registry lists it.
 *
 * @see {@link https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml IANA registry}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248#section-2.4 RFC 5248 §2.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.8 RFC 3463 §3.8}
 *
 * @example
 * ReplyCode.DeliveryNotAuthorized //=> 533
 */
export const DeliveryNotAuthorized = 533 as const;
/**
 * **534 Authentication mechanism too weak**
 *
 * A reply to `AUTH`: the chosen SASL mechanism is weaker than the server's policy allows for this user, for example a plain-text mechanism on an unencrypted connection, or `CRAM-MD5` where a stronger mechanism is required. As a 5yz reply it is permanent: the same `AUTH` command fails again, so the client should retry with a stronger mechanism from the `EHLO` list, or after `STARTTLS`.
 *
 * ja: 認証方式が弱すぎる / ru: Механизм аутентификации слишком слабый
 *
 * RFC text: `534 5.7.9 Authentication mechanism is too weak`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-6 RFC 4954 §6}
 *
 * @example
 * ReplyCode.AuthenticationMechanismTooWeak //=> 534
 */
export const AuthenticationMechanismTooWeak = 534 as const;
/**
 * **535 Authentication credentials invalid**
 *
 * Authentication failed because the user name, password or other credentials are wrong or insufficient; many servers also send it for unknown or locked accounts. As a 5yz reply it is permanent: the same attempt fails again, so the client should ask the user for new credentials instead of repeating the old ones, since repeated failures may make the server drop the connection or block the client.
 *
 * ja: 認証情報が無効 / ru: Неверные учётные данные для аутентификации
 *
 * RFC text: `535 5.7.8 Authentication credentials invalid`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-6 RFC 4954 §6}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-9 RFC 4954 §9}
 *
 * @example
 * ReplyCode.AuthenticationCredentialsInvalid //=> 535
 */
export const AuthenticationCredentialsInvalid = 535 as const;
/**
 * **538 Encryption required for authentication mechanism**
 *
 * A reply to `AUTH`: the selected mechanism may only be used over an encrypted connection. RFC 4954 deprecates this code and keeps it for historical purposes only; servers should simply not advertise such mechanisms before TLS is active. A client that still receives it should run `STARTTLS` and authenticate again, or pick another mechanism. As a 5yz reply it is permanent: repeating the command unchanged fails again.
 *
 * ja: 認証方式には暗号化が必要 / ru: Для механизма аутентификации требуется шифрование
 *
 * RFC text: `538 5.7.11 Encryption required for requested authentication mechanism`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-6 RFC 4954 §6}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-1 RFC 4954 §1}
 *
 * @example
 * ReplyCode.EncryptionRequiredForAuthenticationMechanism //=> 538
 * @deprecated
 */
export const EncryptionRequiredForAuthenticationMechanism = 538 as const;
/**
 * **550 Mailbox unavailable**
 *
 * The most common permanent rejection: the server will not act on the address or message. The mailbox may not exist (user unknown), access may be denied, relaying may not be permitted, or a policy refused it, such as spam or blocklist filters and SPF or DMARC failures; the enhanced code and text tell which. As a 5yz reply it is permanent: the client must not retry unchanged, but fix the address or resolve the policy issue first.
 *
 * ja: メールボックスが利用できない / ru: Почтовый ящик недоступен
 *
 * RFC text: `550 Requested action not taken: mailbox unavailable`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.3 RFC 5321 §3.3}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.6.2 RFC 5321 §3.6.2}
 *
 * @example
 * ReplyCode.MailboxUnavailable //=> 550
 */
export const MailboxUnavailable = 550 as const;
/**
 * **551 User not local, try forward-path**
 *
 * The recipient is not handled here and the server will not forward the message, but the text names an address where the recipient can be reached. The client may show that address to the user but should not resend to it automatically. Many servers reject with a plain `550` instead, so as not to disclose addresses. As a 5yz reply it is permanent: the same recipient fails again on this server.
 *
 * ja: ローカルユーザーではない (別のアドレスを案内) / ru: Пользователь не локальный, указан другой адрес
 *
 * RFC text: `551 User not local; please try <forward-path>`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.4 RFC 5321 §3.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-7.4 RFC 5321 §7.4}
 *
 * @example
 * ReplyCode.UserNotLocalTryForwardPath //=> 551
 */
export const UserNotLocalTryForwardPath = 551 as const;
/**
 * **552 Exceeded storage allocation**
 *
 * The message does not fit: it exceeds the recipient's mailbox quota or the server's size limit, which with the `SIZE` extension is also reported in reply to `MAIL FROM`. As a 5yz reply it is permanent: resending the same message fails, so the sender should make it smaller or wait until the mailbox has room. Some old servers also send it for too many recipients, which clients should treat as temporary, like `452`.
 *
 * ja: 記憶域の割り当てを超過 / ru: Превышено выделенное место в хранилище
 *
 * RFC text: `552 Requested mail action aborted: exceeded storage allocation`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10 RFC 5321 §4.5.3.1.10}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc1870 RFC 1870}
 *
 * @example
 * ReplyCode.ExceededStorageAllocation //=> 552
 */
export const ExceededStorageAllocation = 552 as const;
/**
 * **553 Mailbox name not allowed**
 *
 * The address is refused because of its form: invalid syntax, a local part or domain the server does not accept, or, in reply to `VRFY`, a name that matches several users. Servers also use it for sender addresses they refuse, and with SMTPUTF8 for non-ASCII addresses that are not permitted. As a 5yz reply it is permanent: the client must correct the address before trying again.
 *
 * ja: メールボックス名が許可されていない / ru: Недопустимое имя почтового ящика
 *
 * RFC text: `553 Requested action not taken: mailbox name not allowed`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.5.1 RFC 5321 §3.5.1}
 *
 * @example
 * ReplyCode.MailboxNameNotAllowed //=> 553
 */
export const MailboxNameNotAllowed = 553 as const;
/**
 * **554 Transaction failed**
 *
 * A permanent failure of the transaction as a whole, typically after the final dot of `DATA` when content filters reject spam or malware, or in reply to `DATA` when no recipient was accepted. Sent instead of the `220` greeting it means "No SMTP service here": the server refuses the session and answers later commands with `503`. As a 5yz reply it is permanent: the same message must not be resent unchanged.
 *
 * ja: トランザクションの失敗 / ru: Сбой транзакции
 *
 * RFC text: `554 Transaction failed`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.1 RFC 5321 §3.1}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-3.3 RFC 5321 §3.3}
 *
 * @example
 * ReplyCode.TransactionFailed //=> 554
 */
export const TransactionFailed = 554 as const;
/**
 * **555 Parameters not recognized**
 *
 * The server does not recognise or implement a parameter given with `MAIL FROM` or `RCPT TO`, for example `SIZE`, `BODY=8BITMIME` or `SMTPUTF8` sent to a server that did not advertise the extension. As a 5yz reply it is permanent: the same command fails again, so the client should send only parameters of extensions listed in the `EHLO` reply, or drop the optional ones.
 *
 * ja: パラメーターを認識できない / ru: Параметры не распознаны
 *
 * RFC text: `555 MAIL FROM/RCPT TO parameters not recognized or not implemented`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.11 RFC 5321 §4.1.1.11}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 RFC 5321 §4.2.2}
 *
 * @example
 * ReplyCode.ParametersNotRecognized //=> 555
 */
export const ParametersNotRecognized = 555 as const;
/**
 * **556 Domain does not accept mail**
 *
 * The recipient's domain does not accept mail at all, typically because it publishes a null MX record (RFC 7505). A relay that discovers this while forwarding reports it with this code, usually together with enhanced code X.1.10. As a 5yz reply it is permanent: there is nothing to retry, since the address cannot receive mail, and the sender should correct it or remove it from the list.
 *
 * ja: ドメインはメールを受け付けない / ru: Домен не принимает почту
 *
 * RFC text: `556 Domain does not accept mail`
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7504 RFC 7504}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7505 RFC 7505}
 *
 * @example
 * ReplyCode.DomainDoesNotAcceptMail //=> 556
 */
export const DomainDoesNotAcceptMail = 556 as const;

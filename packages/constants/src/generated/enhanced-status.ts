// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
/**
 * **X.0.0 Other undefined Status**
 *
 * The server reports only the class of the result and gives no subject or detail, often because its software does not map its internal errors to a more specific code. Read it as plain success, temporary failure or permanent failure, and look at the reply text and the basic code for the actual reason. A `4.0.0` is retried later; after a `5.0.0` the cause has to be found before sending again.
 *
 * The registry title is "Other undefined Status" (no "or", capital S), unlike the subject title "Other or Undefined Status"; it is kept verbatim. It is the only code registered in subject `0`, the registry gives its basic code as "Any", and the list of collected codes in RFC 3463 (Appendix A) leaves it out.
 *
 * ja: その他または未定義のステータス / ru: Прочее или неопределённое состояние
 *
 * Associated basic codes (registry): Any
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.1 RFC 3463 §3.1}
 *
 * @example
 * withClass(5, EnhancedStatus.OtherUndefinedStatus) //=> '5.0.0'
 */
export const OtherUndefinedStatus = 'X.0.0' as const;
/**
 * **X.1.0 Other address status**
 *
 * Something about an address in the transaction, the sender's or a recipient's, caused the result, but no more specific address code fits. Servers use it for generic address rejections, and with class `2` it commonly acknowledges `MAIL FROM` (`250 2.1.0`). For an error, find the address concerned in the reply text and correct it; a `4.1.0` is retried later and may then succeed.
 *
 * ja: その他のアドレスのステータス / ru: Прочее состояние адреса
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.OtherAddressStatus) //=> '5.1.0'
 */
export const OtherAddressStatus = 'X.1.0' as const;
/**
 * **X.1.1 Bad destination mailbox address**
 *
 * The domain accepts mail, but the mailbox named by the local part (the text before `@`) does not exist there. In practice this is the classic "user unknown" bounce: a typo, a deleted account or an outdated address list. Fix the address or remove it from the list instead of retrying. RFC 3463 intends the code for permanent failures only.
 *
 * The registry's basic codes include `451`, a temporary reply, although RFC 3463 says the code is useful only for permanent failures. Some servers do send `4.1.1` while a recipient check is still pending or their user directory is unreachable; such a reply is a temporary error and is retried.
 *
 * ja: 宛先メールボックスのアドレスが正しくない / ru: Неверный адрес почтового ящика получателя
 *
 * Associated basic codes (registry): 451, 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.BadDestinationMailboxAddress) //=> '5.1.1'
 */
export const BadDestinationMailboxAddress = 'X.1.1' as const;
/**
 * **X.1.2 Bad destination system address**
 *
 * The part of the recipient address after `@` does not name a system that can receive mail: the domain does not exist, or it has no usable MX or address records. Typical causes are misspelled domain names and expired domain registrations. Correct the domain; RFC 3463 intends the code for permanent failures only, and a temporary DNS problem is reported with `4.4.3` instead.
 *
 * ja: 宛先システムのアドレスが正しくない / ru: Неверный адрес системы получателя
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.BadDestinationSystemAddress) //=> '5.1.2'
 */
export const BadDestinationSystemAddress = 'X.1.2' as const;
/**
 * **X.1.3 Bad destination mailbox address syntax**
 *
 * The recipient address cannot be parsed: missing angle brackets, spaces or illegal characters, a missing domain, or a malformed domain part. It usually comes with `501` in reply to `RCPT TO` and is caused by a broken client, a script that builds addresses badly, or a mistyped address. Fix the address or the software; retrying unchanged does not help, and RFC 3463 intends the code for permanent failures only.
 *
 * ja: 宛先メールボックスのアドレスの構文が正しくない / ru: Неверный синтаксис адреса почтового ящика получателя
 *
 * Associated basic codes (registry): 501
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.BadDestinationMailboxAddressSyntax) //=> '5.1.3'
 */
export const BadDestinationMailboxAddressSyntax = 'X.1.3' as const;
/**
 * **X.1.4 Destination mailbox address ambiguous**
 *
 * The receiving system maps the given address to more than one mailbox and cannot decide which one is meant. This happens where servers match partial names or aliases by guesswork, for example a bare surname shared by several employees. Use the full, exact address of the intended recipient; the code is rare on today's Internet.
 *
 * ja: 宛先メールボックスのアドレスがあいまい / ru: Неоднозначный адрес почтового ящика получателя
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.DestinationMailboxAddressAmbiguous) //=> '5.1.4'
 */
export const DestinationMailboxAddressAmbiguous = 'X.1.4' as const;
/**
 * **X.1.5 Destination address valid**
 *
 * A positive status: the recipient address was checked and accepted. RFC 3463 intends the code for positive delivery reports; it typically appears as `250 2.1.5` in reply to `RCPT TO`, and in delivery status notifications that report success. No action is needed; the code only confirms that the address part of the transaction is in order.
 *
 * RFC 3463 names this code "Destination address valid" in section 3.2, which the registry follows, but "Destination mailbox address valid" in its Appendix A.
 *
 * ja: 宛先アドレスは有効 / ru: Адрес получателя действителен
 *
 * Associated basic codes (registry): 250
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.DestinationAddressValid) //=> '5.1.5'
 */
export const DestinationAddressValid = 'X.1.5' as const;
/**
 * **X.1.6 Destination mailbox has moved, No forwarding address**
 *
 * The address used to be valid, but its mailbox has been closed or moved and the receiving system gives no new address. Typical cases are former employees and cancelled accounts. Remove the address from your lists or ask the recipient for a current one; RFC 3463 intends the code for permanent failures only, so retrying is pointless.
 *
 * RFC 3463 uses two names for this code: the full title in section 3.2, which the registry follows, and the short form "Mailbox has moved" in its Appendix A.
 *
 * ja: 宛先メールボックスは移動済み (転送先なし) / ru: Почтовый ящик получателя перемещён, адрес пересылки отсутствует
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.DestinationMailboxHasMovedNoForwardingAddress) //=> '5.1.6'
 */
export const DestinationMailboxHasMovedNoForwardingAddress = 'X.1.6' as const;
/**
 * **X.1.7 Bad sender's mailbox address syntax**
 *
 * The envelope sender address given in `MAIL FROM` cannot be parsed, for example because of missing angle brackets, spaces, illegal characters or a missing domain. It usually comes with `501`, and typical sources are misconfigured applications, printers and scripts that send mail with a malformed sender address. Fix the sender address in the sending software; the message is refused until then.
 *
 * ja: 送信者のメールボックスのアドレスの構文が正しくない / ru: Неверный синтаксис адреса почтового ящика отправителя
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.BadSendersMailboxAddressSyntax) //=> '5.1.7'
 */
export const BadSendersMailboxAddressSyntax = 'X.1.7' as const;
/**
 * **X.1.8 Bad sender's system address**
 *
 * The domain of the envelope sender address does not exist or cannot receive mail, so bounces could not be returned to it. Receiving servers check this in DNS at `MAIL FROM`: a failed lookup that may be temporary gives `4.1.8`, a domain that definitely does not exist gives `5.1.8`. Use a sender domain with valid DNS records, or fix the DNS of your domain.
 *
 * ja: 送信者のシステムのアドレスが正しくない / ru: Неверный адрес системы отправителя
 *
 * Associated basic codes (registry): 451, 501
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.2 RFC 3463 §3.2}
 *
 * @example
 * withClass(5, EnhancedStatus.BadSendersSystemAddress) //=> '5.1.8'
 */
export const BadSendersSystemAddress = 'X.1.8' as const;
/**
 * **X.1.9 Message relayed to non-compliant mailer**
 *
 * A message tracking status (RFC 3886): the recipient address was valid, but the message was passed on to a system that does not support message tracking, so its further fate cannot be reported. It does not mean that delivery failed. No action is needed; only the recipient or that system's administrator can give further information.
 *
 * Registered by RFC 3886 (message tracking), not by RFC 3463. The protocol that the next system does not speak is message tracking, not SMTP, so the status is about traceability, not about a delivery failure.
 *
 * ja: メッセージを非対応のメールシステムへ中継 / ru: Сообщение ретранслировано в несовместимую почтовую систему
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3886 RFC 3886}
 *
 * @example
 * withClass(5, EnhancedStatus.MessageRelayedToNonCompliantMailer) //=> '5.1.9'
 */
export const MessageRelayedToNonCompliantMailer = 'X.1.9' as const;
/**
 * **X.1.10 Recipient address has null MX**
 *
 * The recipient's domain publishes a null MX record (`MX 0 .`, RFC 7505), which declares that the domain accepts no mail at all. Sending servers fail such a message at once instead of queueing it, and relays refuse it at `RCPT TO` with `556 5.1.10`. Check the address for a typo; if it is correct, the recipient has to be reached at another domain.
 *
 * Registered in 2014 and updated in 2015; the registry cites RFC 7505 (null MX) together with RFC 7504, which defines the basic code `556`. The counterpart for a sender domain with a null MX is `X.7.27`.
 *
 * ja: 受信者アドレスのドメインに Null MX が設定されている / ru: Для домена адреса получателя задан Null MX
 *
 * Associated basic codes (registry): 556
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7505 RFC 7505}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7504 RFC 7504}
 *
 * @example
 * withClass(5, EnhancedStatus.RecipientAddressHasNullMX) //=> '5.1.10'
 */
export const RecipientAddressHasNullMX = 'X.1.10' as const;
/**
 * **X.2.0 Other or undefined mailbox status**
 *
 * The recipient mailbox exists, but some condition of it that has no more specific code caused the result. Servers use it for mailbox-level problems such as a mailbox that is locked, being migrated or otherwise unavailable. Read the reply text for the actual reason. A `4.2.0` is retried later; if a `5.2.0` persists, contact the recipient.
 *
 * ja: その他または未定義のメールボックスのステータス / ru: Прочее или неопределённое состояние почтового ящика
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.3 RFC 3463 §3.3}
 *
 * @example
 * withClass(5, EnhancedStatus.OtherOrUndefinedMailboxStatus) //=> '5.2.0'
 */
export const OtherOrUndefinedMailboxStatus = 'X.2.0' as const;
/**
 * **X.2.1 Mailbox disabled, not accepting messages**
 *
 * The mailbox exists but is switched off and refuses new mail, for example because the account was suspended, has been inactive for a long time or was locked by an administrator. RFC 3463 makes it a permanent error if the mailbox will never be re-enabled and a transient one if it is disabled only for a while, and the class tells which: a `4.2.1` is retried later; after a `5.2.1`, stop sending and reach the recipient another way.
 *
 * ja: メールボックスが無効 (メッセージを受け付けていない) / ru: Почтовый ящик отключён и не принимает сообщения
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.3 RFC 3463 §3.3}
 *
 * @example
 * withClass(5, EnhancedStatus.MailboxDisabledNotAcceptingMessages) //=> '5.2.1'
 */
export const MailboxDisabledNotAcceptingMessages = 'X.2.1' as const;
/**
 * **X.2.2 Mailbox full**
 *
 * The recipient's mailbox has reached its storage quota, so no more messages fit until the owner deletes some or the quota is raised. This is one of the most frequent bounces, often from abandoned accounts that nobody empties. RFC 3463 intends the code for persistent transient failures, so a `4.2.2` is retried for a while; a lasting `5.2.2` suggests that the mailbox is no longer read.
 *
 * RFC 3463 says the code should be used as a persistent transient failure, yet the registry associates it with `552`, a permanent reply. Both `452 4.2.2` and `552 5.2.2` are common in practice, so a client should honour the class it actually receives.
 *
 * ja: メールボックスがいっぱい / ru: Почтовый ящик переполнен
 *
 * Associated basic codes (registry): 552
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.3 RFC 3463 §3.3}
 *
 * @example
 * withClass(5, EnhancedStatus.MailboxFull) //=> '5.2.2'
 */
export const MailboxFull = 'X.2.2' as const;
/**
 * **X.2.3 Message length exceeds administrative limit**
 *
 * The message is larger than the size limit set for this particular mailbox, which is lower than the limit of the mail system as a whole (exceeding that one is `X.3.4`). Typical causes are large attachments sent to accounts with a small per-user limit. Send a smaller message, for example by sharing files through a link; RFC 3463 intends the code for permanent failures.
 *
 * ja: メッセージの長さが管理上の制限を超えている / ru: Длина сообщения превышает административное ограничение
 *
 * Associated basic codes (registry): 552
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.3 RFC 3463 §3.3}
 *
 * @example
 * withClass(5, EnhancedStatus.MessageLengthExceedsAdministrativeLimit) //=> '5.2.3'
 */
export const MessageLengthExceedsAdministrativeLimit = 'X.2.3' as const;
/**
 * **X.2.4 Mailing list expansion problem**
 *
 * The recipient address is a mailing list or group alias, and the server could not expand it into its member addresses, for example because the list definition is broken, a directory lookup failed or the list has no members. This is for the list's owner or administrator to fix. A `4.2.4` is retried later; report a `5.2.4` to the list owner.
 *
 * RFC 3463 says the code may represent a permanent or a persistent transient failure, yet the registry lists only the temporary basic codes `450` and `452`.
 *
 * ja: メーリングリストの展開に関する問題 / ru: Проблема развёртывания списка рассылки
 *
 * Associated basic codes (registry): 450, 452
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.3 RFC 3463 §3.3}
 *
 * @example
 * withClass(5, EnhancedStatus.MailingListExpansionProblem) //=> '5.2.4'
 */
export const MailingListExpansionProblem = 'X.2.4' as const;
/**
 * **X.3.0 Other or undefined mail system status**
 *
 * Something about the receiving system itself, rather than a mailbox or an address, caused the result, and no more specific mail system code applies. Servers often use it for internal failures; Postfix, for example, sends `451 4.3.0` for a queue file write error or a temporary table lookup failure. Read the reply text. A `4.3.0` is retried later; if a `5.3.0` persists, report it to the recipient's administrator.
 *
 * The registry lists the widest set of basic codes in this subject, including the success replies `221` and `250`, so the code may appear with class `2` as well as with `4` and `5`.
 *
 * ja: その他または未定義のメールシステムのステータス / ru: Прочее или неопределённое состояние почтовой системы
 *
 * Associated basic codes (registry): 221, 250, 421, 451, 550, 554
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.4 RFC 3463 §3.4}
 *
 * @example
 * withClass(5, EnhancedStatus.OtherOrUndefinedMailSystemStatus) //=> '5.3.0'
 */
export const OtherOrUndefinedMailSystemStatus = 'X.3.0' as const;
/**
 * **X.3.1 Mail system full**
 *
 * The receiving system as a whole has run out of storage, typically because the disk holding the mail queue or the mail store is full; Postfix answers `452 4.3.1 Insufficient system storage`. Unlike a full mailbox, the recipient cannot fix this by deleting mail; the system's administrators have to free space. RFC 3463 intends the code for persistent transient failures only, so the sending server keeps the message queued and retries it.
 *
 * ja: メールシステムの記憶域がいっぱい / ru: Почтовая система переполнена
 *
 * Associated basic codes (registry): 452
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.4 RFC 3463 §3.4}
 *
 * @example
 * withClass(5, EnhancedStatus.MailSystemFull) //=> '5.3.1'
 */
export const MailSystemFull = 'X.3.1' as const;
/**
 * **X.3.2 System not accepting network messages**
 *
 * The receiving host is up but is not taking mail at the moment, for example during maintenance, shortly before a shutdown or under heavy load, or it never accepts mail at all (`521`, RFC 7504). RFC 3463 allows the code for both permanent and persistent transient failures: a `4.3.2` is retried later; a `5.3.2` means that the host refuses mail for good, and the destination's administrator has to provide another mail server.
 *
 * The basic code `521` and the reference to RFC 7504 were added in 2015. The other listed basic code, `453`, is not a reply code of RFC 5321: RFC 2645 (On-Demand Mail Relay) defines it as the "You have no mail" reply to `ATRN`. Servers nevertheless send `453 4.3.2` when they stop accepting mail in a session.
 *
 * ja: システムがネットワークからのメッセージを受け付けていない / ru: Система не принимает сообщения из сети
 *
 * Associated basic codes (registry): 453, 521
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.4 RFC 3463 §3.4}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7504 RFC 7504}
 *
 * @example
 * withClass(5, EnhancedStatus.SystemNotAcceptingNetworkMessages) //=> '5.3.2'
 */
export const SystemNotAcceptingNetworkMessages = 'X.3.2' as const;
/**
 * **X.3.3 System not capable of selected features**
 *
 * The message asks for a feature that the receiving system cannot provide, such as a delivery option, an extension or a service level. It mostly comes from gateways into other mail systems that have no equivalent for the requested feature. Send the message without that feature, or ask the recipient's administrator which features are supported.
 *
 * ja: システムが選択された機能に対応していない / ru: Система не поддерживает выбранные функции
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.4 RFC 3463 §3.4}
 *
 * @example
 * withClass(5, EnhancedStatus.SystemNotCapableOfSelectedFeatures) //=> '5.3.3'
 */
export const SystemNotCapableOfSelectedFeatures = 'X.3.3' as const;
/**
 * **X.3.4 Message too big for system**
 *
 * The message exceeds the largest size the receiving system accepts for any message, whether the limit is technical or set by policy. It is returned at the end of `DATA`, or already at `MAIL FROM` when the client declared the size with the `SIZE` parameter. Shrink the message or send large files by other means; RFC 3463 intends the code for permanent failures only.
 *
 * ja: メッセージがシステムの許容サイズを超えている / ru: Сообщение слишком велико для системы
 *
 * Associated basic codes (registry): 552, 554
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.4 RFC 3463 §3.4}
 *
 * @example
 * withClass(5, EnhancedStatus.MessageTooBigForSystem) //=> '5.3.4'
 */
export const MessageTooBigForSystem = 'X.3.4' as const;
/**
 * **X.3.5 System incorrectly configured**
 *
 * The receiving system cannot accept the message because of a fault in its own configuration, such as a missing or broken lookup table, transport or alias definition; Postfix, for example, then replies `451 4.3.5 Server configuration error`. The sender cannot fix this: report it to the recipient's administrator, and expect retries to fail until the configuration is corrected.
 *
 * Defined in section 3.4 of RFC 3463 but missing from the RFC's list of collected codes (Appendix A); the registry names no basic code for it.
 *
 * ja: システムの設定が正しくない / ru: Система неверно настроена
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.4 RFC 3463 §3.4}
 *
 * @example
 * withClass(5, EnhancedStatus.SystemIncorrectlyConfigured) //=> '5.3.5'
 */
export const SystemIncorrectlyConfigured = 'X.3.5' as const;
/**
 * **X.3.6 Requested priority was changed**
 *
 * A success status from the message transfer priority extension (`MT-PRIORITY`, RFC 6710): the server accepted the message but will not handle it at the priority the client asked for, or implied by default. The reply text starts with the priority actually assigned, followed by an explanation. No action is needed unless the priority matters; then use another route or agree on a priority policy with the receiving side.
 *
 * The registry writes the basic codes as "250 or 251" rather than as a comma-separated list. The failure counterparts for a priority that is too low, or a message too big for its priority, are `X.7.15` and `X.7.16`.
 *
 * ja: 要求された優先度が変更された / ru: Запрошенный приоритет изменён
 *
 * Associated basic codes (registry): 250 or 251
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6710 RFC 6710}
 *
 * @example
 * withClass(5, EnhancedStatus.RequestedPriorityWasChanged) //=> '5.3.6'
 */
export const RequestedPriorityWasChanged = 'X.3.6' as const;
/**
 * **X.4.0 Other or undefined network or routing status**
 *
 * A network or routing problem occurred that none of the more specific `X.4.x` codes describes. Relays use it for general trouble on the way to the next hop, such as an unexpected DNS or connection error. A `4.4.0` is retried later; after a `5.4.0` or repeated failures, the sender's administrator should check the DNS records and reachability of the destination, together with the receiving side if needed.
 *
 * ja: その他または未定義のネットワークまたはルーティングのステータス / ru: Прочее или неопределённое состояние сети или маршрутизации
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.5 RFC 3463 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.OtherOrUndefinedNetworkOrRoutingStatus) //=> '5.4.0'
 */
export const OtherOrUndefinedNetworkOrRoutingStatus = 'X.4.0' as const;
/**
 * **X.4.1 No answer from host**
 *
 * The next-hop host did not answer: the TCP connection attempt timed out or was refused, usually because the receiving server is down, overloaded or behind a firewall that blocks port 25. As no SMTP dialogue took place, the code mostly appears in the sending MTA's delay warnings and bounces. RFC 3463 intends the code for persistent transient failures only: the message stays queued and is retried. If the problem lasts, check that the destination's MX hosts accept connections.
 *
 * ja: ホストから応答がない / ru: Нет ответа от хоста
 *
 * Associated basic codes (registry): 451
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.5 RFC 3463 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.NoAnswerFromHost) //=> '5.4.1'
 */
export const NoAnswerFromHost = 'X.4.1' as const;
/**
 * **X.4.2 Bad connection**
 *
 * A connection to the next hop was set up but failed before the transaction was complete, through a timeout, a reset or a poor link. Servers also send `421 4.4.2` when they close an idle or too slow session. RFC 3463 intends the code for persistent transient failures only: the client reconnects and resends later. Frequent occurrences point to network faults or overly short timeouts on one of the two sides.
 *
 * ja: 接続不良 / ru: Сбой соединения
 *
 * Associated basic codes (registry): 421
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.5 RFC 3463 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.BadConnection) //=> '5.4.2'
 */
export const BadConnection = 'X.4.2' as const;
/**
 * **X.4.3 Directory server failure**
 *
 * The mail system could not work out where to send the message because a directory service it relies on was unavailable. In practice this is nearly always a DNS failure, such as a timeout or `SERVFAIL` while looking up MX or address records, and the sending MTA keeps the message queued. The sender only has to wait; if it persists, the administrator should check the local resolver and the name servers of the destination domain.
 *
 * RFC 3463 says the code is useful only as a persistent transient error, yet the registry lists the permanent basic code `550` next to `451`. The collected list in Appendix A of RFC 3463 names the code "Routing server failure" instead of "Directory server failure".
 *
 * ja: ディレクトリサーバーの障害 / ru: Сбой сервера каталогов
 *
 * Associated basic codes (registry): 451, 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.5 RFC 3463 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.DirectoryServerFailure) //=> '5.4.3'
 */
export const DirectoryServerFailure = 'X.4.3' as const;
/**
 * **X.4.4 Unable to route**
 *
 * No next hop could be found because the routing information is missing: typically the recipient domain has neither an MX record nor an A/AAAA record, or the DNS answer contains only an SOA record. A relay with no route configured for the domain can use it too. RFC 3463 allows the code for both permanent and persistent transient failures; a `4.4.4` is retried later. The sender should check the recipient's domain for typos; the domain owner has to publish working MX records.
 *
 * ja: ルーティングできない / ru: Маршрутизация невозможна
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.5 RFC 3463 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.UnableToRoute) //=> '5.4.4'
 */
export const UnableToRoute = 'X.4.4' as const;
/**
 * **X.4.5 Mail system congestion**
 *
 * The receiving or relaying mail system is congested, for example flooded with connections or behind a large queue backlog, and cannot take the message now. RFC 3463 intends the code for persistent transient failures only: the sending MTA keeps the message queued and retries at increasing intervals. A site that meets it often may need to lower its number of parallel connections or its sending rate towards that destination.
 *
 * The collected list in Appendix A of RFC 3463 names this code "Network congestion"; the registry and the body of RFC 3463 use "Mail system congestion".
 *
 * ja: メールシステムの輻輳 / ru: Перегрузка почтовой системы
 *
 * Associated basic codes (registry): 451
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.5 RFC 3463 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.MailSystemCongestion) //=> '5.4.5'
 */
export const MailSystemCongestion = 'X.4.5' as const;
/**
 * **X.4.6 Routing loop detected**
 *
 * The message has passed through so many hops that a routing loop is assumed. Servers detect this by counting `Received` header fields; RFC 5321 advises a threshold of at least 100. Typical causes are two hosts that each route a domain to the other, or forwarding rules that bounce mail between mailboxes. The administrators concerned must fix the routing or forwarding; resending without that fix only loops again.
 *
 * RFC 3463 says the code is useful only as a persistent transient error, but many MTAs reject looping mail permanently with `554 5.4.6` (for example "Too many hops"), which is the form usually seen in bounces.
 *
 * ja: ルーティングループを検出 / ru: Обнаружена петля маршрутизации
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.5 RFC 3463 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.RoutingLoopDetected) //=> '5.4.6'
 */
export const RoutingLoopDetected = 'X.4.6' as const;
/**
 * **X.4.7 Delivery time expired**
 *
 * Delivery was abandoned because the message stayed queued too long or outlived a time limit set by its sender. Usually the sending MTA's maximum queue lifetime, often a few days, ran out while the destination kept failing; Exchange reports this as an expired message with `4.4.7`. RFC 3463 prefers the code of the underlying problem when it is known, so the sender should look for that cause in earlier delay warnings, fix it, and resend.
 *
 * RFC 1893 allowed this code only as a persistent transient error; RFC 3463 removed that restriction, so both `4.4.7` (delay warning) and `5.4.7` (final bounce) are correct.
 *
 * ja: 配送時間切れ / ru: Истёк срок доставки
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.5 RFC 3463 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.DeliveryTimeExpired) //=> '5.4.7'
 */
export const DeliveryTimeExpired = 'X.4.7' as const;
/**
 * **X.5.0 Other or undefined protocol status**
 *
 * A protocol problem, or a protocol-level event, that no more specific `X.5.x` code describes. Servers attach it to a wide range of replies, from greetings and success replies to `503` and `554`, and the registry also associates it with the replies to `ETRN`. The code adds little by itself: the basic reply code and the reply text carry the meaning, and the client should act on those.
 *
 * Its list of basic codes is the longest in the registry and includes success replies. `253`, `458` ("Unable to queue messages for node") and `459` ("Node not allowed") are replies to `ETRN` from RFC 1985, which RFC 5321 does not define.
 *
 * ja: その他または未定義のプロトコルのステータス / ru: Прочее или неопределённое состояние протокола
 *
 * Associated basic codes (registry): 220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.6 RFC 3463 §3.6}
 *
 * @example
 * withClass(5, EnhancedStatus.OtherOrUndefinedProtocolStatus) //=> '5.5.0'
 */
export const OtherOrUndefinedProtocolStatus = 'X.5.0' as const;
/**
 * **X.5.1 Invalid command**
 *
 * The client sent a command that is out of sequence or not supported at this point, for example `RCPT TO` before `MAIL FROM`, a second `MAIL FROM` in one transaction, or `DATA` with no accepted recipient; Postfix replies `503 5.5.1` to a missing or nested `MAIL`. It points to a bug in the client software or its pipelining. Sending the same command again does not help: the client must issue the commands in the right order.
 *
 * The registry lists `430`, a `4xx` basic code that no RFC defines, although RFC 3463 says this enhanced status code is useful only as a permanent error.
 *
 * ja: 無効なコマンド / ru: Недопустимая команда
 *
 * Associated basic codes (registry): 430, 500, 501, 503, 530, 550, 554, 555
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.6 RFC 3463 §3.6}
 *
 * @example
 * withClass(5, EnhancedStatus.InvalidCommand) //=> '5.5.1'
 */
export const InvalidCommand = 'X.5.1' as const;
/**
 * **X.5.2 Syntax error**
 *
 * The server could not make sense of the command: the verb is unknown or the syntax is wrong, such as a misspelt command or a malformed `MAIL FROM:` line. It usually comes with `500` or `502`. Common sources are programs that are not SMTP clients connecting to port 25, hand-written SMTP code in scripts, and firewalls that rewrite commands. The client has to send valid syntax; repeating the same command fails again, and RFC 3463 intends the code for permanent failures only.
 *
 * ja: 構文エラー / ru: Синтаксическая ошибка
 *
 * Associated basic codes (registry): 500, 501, 502, 550, 555
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.6 RFC 3463 §3.6}
 *
 * @example
 * withClass(5, EnhancedStatus.SyntaxError) //=> '5.5.2'
 */
export const SyntaxError = 'X.5.2' as const;
/**
 * **X.5.3 Too many recipients**
 *
 * The client named more recipients than the server accepts in one transaction. A server at its limit answers each further `RCPT TO` with `452 4.5.3`, and the recipients it already accepted remain valid; RFC 5321 requires room for at least 100. The client should complete delivery to those and send the rest in a new transaction. A `5xx` form signals a site policy on recipients per message, so the mailing has to be split.
 *
 * The registry associates `451`, while RFC 5321 section 4.5.3.1.10 gives `452` as the correct reply for too many recipients and asks clients to treat the `552` of RFC 821 as temporary. Both are temporary, so this reference gives the code class `4` only; a `5.5.3` that a server still sends is read as the recipient limit described above.
 *
 * ja: 受信者が多すぎる / ru: Слишком много получателей
 *
 * Associated basic codes (registry): 451
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.6 RFC 3463 §3.6}
 *
 * @example
 * withClass(5, EnhancedStatus.TooManyRecipients) //=> '5.5.3'
 */
export const TooManyRecipients = 'X.5.3' as const;
/**
 * **X.5.4 Invalid command arguments**
 *
 * The command is valid but its arguments are not: a value is out of range or names a feature the server does not know. Typical cases are an unknown ESMTP parameter on `MAIL FROM` (`555`), a non-numeric `SIZE=` value, or an unknown mechanism name after `AUTH` (`504`). The client must correct or drop the argument, or stop using an extension the server did not advertise in its `EHLO` reply.
 *
 * RFC 3463 says the code is useful only as a permanent error, yet the registry's basic-code list starts with the transient `451`.
 *
 * ja: コマンドの引数が無効 / ru: Недопустимые аргументы команды
 *
 * Associated basic codes (registry): 451, 501, 502, 503, 504, 550, 555
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.6 RFC 3463 §3.6}
 *
 * @example
 * withClass(5, EnhancedStatus.InvalidCommandArguments) //=> '5.5.4'
 */
export const InvalidCommandArguments = 'X.5.4' as const;
/**
 * **X.5.5 Wrong protocol version**
 *
 * The two sides speak versions or dialects of the protocol that do not match, and they could not agree on a common one. The code is rare in SMTP, which negotiates features through `EHLO` rather than version numbers; it can come from gateways to other mail systems. The administrators should compare what both ends support and then upgrade or reconfigure one of them.
 *
 * ja: プロトコルのバージョンが正しくない / ru: Неверная версия протокола
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.6 RFC 3463 §3.6}
 *
 * @example
 * withClass(5, EnhancedStatus.WrongProtocolVersion) //=> '5.5.5'
 */
export const WrongProtocolVersion = 'X.5.5' as const;
/**
 * **X.5.6 Authentication Exchange line is too long**
 *
 * During `AUTH` the client sent a base64 response line longer than the server can buffer for the chosen SASL mechanism, so the server ends the authentication with `500 5.5.6`. Large Kerberos (GSSAPI) tickets, long OAuth tokens and clients that get the SASL exchange wrong are the usual triggers. The client should use another mechanism or a shorter credential; the server's administrator can raise the line-length limit.
 *
 * Registered by RFC 4954 (SMTP `AUTH`), not by RFC 3463. It concerns lines of the authentication exchange, not ordinary command lines. RFC 4954 says it is useful for both permanent and persistent transient errors, but the only basic code the registry gives is `500`.
 *
 * ja: 認証のやり取りの行が長すぎる / ru: Слишком длинная строка обмена при аутентификации
 *
 * Associated basic codes (registry): 500
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954#section-4 RFC 4954 §4}
 *
 * @example
 * withClass(5, EnhancedStatus.AuthenticationExchangeLineIsTooLong) //=> '5.5.6'
 */
export const AuthenticationExchangeLineIsTooLong = 'X.5.6' as const;
/**
 * **X.6.0 Other or undefined media error**
 *
 * Something in the content of the message makes it undeliverable, and no more specific `X.6.x` code fits. Servers use it for content they cannot process, such as a corrupt or malformed MIME structure, invalid transfer encodings or header fields that cannot be parsed. The sender should check how the message was built, for example whether the mail client or a gateway damaged it, and ask the recipient's administrator if the reason stays unclear.
 *
 * ja: その他または未定義のメディアタイプのエラー / ru: Прочая или неопределённая ошибка типа содержимого
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.7 RFC 3463 §3.7}
 *
 * @example
 * withClass(5, EnhancedStatus.OtherOrUndefinedMediaError) //=> '5.6.0'
 */
export const OtherOrUndefinedMediaError = 'X.6.0' as const;
/**
 * **X.6.1 Media not supported**
 *
 * The message uses a media type or body form that the delivery protocol or the next system on the path cannot carry, for example binary content offered to a server that does not advertise `BINARYMIME`, or a content type the destination refuses to handle. RFC 3463 intends the code for permanent failures only. The sender should send the content in another format or with a 7-bit transfer encoding such as base64.
 *
 * ja: メディアタイプがサポートされていない / ru: Тип содержимого не поддерживается
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.7 RFC 3463 §3.7}
 *
 * @example
 * withClass(5, EnhancedStatus.MediaNotSupported) //=> '5.6.1'
 */
export const MediaNotSupported = 'X.6.1' as const;
/**
 * **X.6.2 Conversion required and prohibited**
 *
 * The content would have to be converted before it can be delivered, but conversion is not allowed, either because the message itself forbids changes (as signed content may) or because the policy of the sending host rules it out. A common case is 8-bit content that must reach a 7-bit-only hop without being re-encoded. The sender should supply content already encoded for 7-bit transport, or use a path that carries the original form.
 *
 * ja: 変換が必要だが禁止されている / ru: Требуется преобразование, но оно запрещено
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.7 RFC 3463 §3.7}
 *
 * @example
 * withClass(5, EnhancedStatus.ConversionRequiredAndProhibited) //=> '5.6.2'
 */
export const ConversionRequiredAndProhibited = 'X.6.2' as const;
/**
 * **X.6.3 Conversion required but not supported**
 *
 * The content has to be converted to travel further, but a host on the path is unable to do it. This happens most often with 8-bit text: a relay took the message with `BODY=8BITMIME`, the next server does not offer `8BITMIME`, and the relay has no way to re-encode the body as quoted-printable or base64. The sender can avoid it by having the mail client encode 8-bit parts; the relay's administrator can enable MIME conversion.
 *
 * ja: 変換が必要だがサポートされていない / ru: Требуется преобразование, но оно не поддерживается
 *
 * Associated basic codes (registry): 554
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.7 RFC 3463 §3.7}
 *
 * @example
 * withClass(5, EnhancedStatus.ConversionRequiredButNotSupported) //=> '5.6.3'
 */
export const ConversionRequiredButNotSupported = 'X.6.3' as const;
/**
 * **X.6.4 Conversion with loss performed**
 *
 * The message was delivered, but only after a conversion that lost some information, for example characters the target character set cannot represent or formatting a gateway had to drop. As a success code it is a warning in delivery reports; it becomes a permanent failure when the sender asked that no lossy conversion be done. The sender should check what was lost and, if it matters, resend in a form the destination can handle.
 *
 * ja: データの欠落を伴う変換を実施 / ru: Выполнено преобразование с потерей данных
 *
 * Associated basic codes (registry): 250
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.7 RFC 3463 §3.7}
 *
 * @example
 * withClass(5, EnhancedStatus.ConversionWithLossPerformed) //=> '5.6.4'
 */
export const ConversionWithLossPerformed = 'X.6.4' as const;
/**
 * **X.6.5 Conversion Failed**
 *
 * A conversion of the content was needed and was attempted, but it did not succeed, for example because the converter could not decode a part or met a broken encoding. RFC 3463 allows the code for both permanent and persistent transient failures. The sender should check the parts that need converting (character sets, transfer encodings, attachment formats) and resend in a simpler or already compatible form; a `4.6.5` is retried later and may then succeed.
 *
 * The registry title capitalises "Failed", as does the body of RFC 3463; the collected list in its Appendix A writes "Conversion failed".
 *
 * ja: 変換に失敗 / ru: Преобразование не удалось
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463#section-3.7 RFC 3463 §3.7}
 *
 * @example
 * withClass(5, EnhancedStatus.ConversionFailed) //=> '5.6.5'
 */
export const ConversionFailed = 'X.6.5' as const;
/**
 * **X.6.6 Message content not available**
 *
 * The server could not fetch the message content from another system. The code belongs to the `BURL` extension: a submission client hands the server a URL, usually an IMAP URLAUTH URL, of a message already stored on an IMAP server, and the server retrieves it. The fetch fails when the URL is wrong or has expired, or the IMAP server cannot be reached. The client should generate a fresh URL or send the content with `DATA` or `BDAT` instead.
 *
 * Registered by RFC 4468 (`BURL`), not by RFC 3463. RFC 4468 says it is useful for both permanent and persistent transient errors, although the registry gives only the basic code `554`. RFC 4468 used `X.7.8` when the server lacked a trust relationship with the IMAP server; RFC 5248 moved that case to `X.7.14`.
 *
 * ja: メッセージの内容を取得できない / ru: Содержимое сообщения недоступно
 *
 * Associated basic codes (registry): 554
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4468 RFC 4468}
 *
 * @example
 * withClass(5, EnhancedStatus.MessageContentNotAvailable) //=> '5.6.6'
 */
export const MessageContentNotAvailable = 'X.6.6' as const;
/**
 * **X.6.7 Non-ASCII addresses not permitted for that sender/recipient**
 *
 * The server refuses an internationalized (non-ASCII) address in `MAIL FROM` or `RCPT TO`: it does not support `SMTPUTF8`, the client did not request `SMTPUTF8` on `MAIL FROM`, or this sender or recipient must use an ASCII address. RFC 6531 pairs it with `550` after `MAIL` and `553` after `RCPT`. The sender should use an ASCII address for this correspondent, or route the mail through servers that support `SMTPUTF8`.
 *
 * `X.6.7` to `X.6.10` were first registered by the experimental RFC 5336 (UTF8SMTP), where `X.6.7` meant that an `ALT-ADDRESS` was required but missing. RFC 6531 (`SMTPUTF8`) replaced those definitions with the current ones.
 *
 * ja: その送信者/受信者には非 ASCII アドレスが許可されていない / ru: Адреса с символами вне ASCII для этого отправителя или получателя не разрешены
 *
 * Associated basic codes (registry): 553, 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6531#section-3.5 RFC 6531 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.NonASCIIAddressesNotPermittedForThatSenderRecipient) //=> '5.6.7'
 */
export const NonASCIIAddressesNotPermittedForThatSenderRecipient = 'X.6.7' as const;
/**
 * **X.6.8 UTF-8 string reply is required, but not permitted by the SMTP client**
 *
 * The reply to `VRFY` or `EXPN` would have to show a mailbox name containing UTF-8, but the client did not allow UTF-8 in replies by adding the `SMTPUTF8` parameter to that command. RFC 6531 lets the server answer `252` or `550` in this case. A client that supports internationalized mail should repeat the command with `SMTPUTF8`; other clients cannot have this address shown.
 *
 * The registry adds `553` to the two basic codes the text of RFC 6531 uses. `X.6.10` is a deprecated duplicate of this code and should not be sent.
 *
 * ja: UTF-8 文字列を含む応答が必要だが、SMTP クライアントが許可していない / ru: Требуется ответ со строкой в UTF-8, но SMTP-клиент его не разрешает
 *
 * Associated basic codes (registry): 252, 553, 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6531#section-3.7.4.2 RFC 6531 §3.7.4.2}
 *
 * @example
 * withClass(5, EnhancedStatus.UTF8StringReplyIsRequiredButNotPermittedByTheSMTPClient) //=> '5.6.8'
 */
export const UTF8StringReplyIsRequiredButNotPermittedByTheSMTPClient = 'X.6.8' as const;
/**
 * **X.6.9 UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected**
 *
 * After the final `.` of `DATA`, the server rejects a message whose header uses UTF-8 because at least one recipient, or the next hop towards it, cannot accept internationalized messages. RFC 6531 encourages servers to find this out at `RCPT TO` instead. The sender should send an ASCII-only version (ASCII addresses and encoded header fields) to the affected recipients, or reach them over a path that supports `SMTPUTF8`.
 *
 * The registry associates `550`, but section 3.5 of RFC 6531 specifies `554` ("Transaction failed") for this rejection; there the title also reads "transmitted" instead of "transferred".
 *
 * ja: UTF-8 ヘッダーを含むメッセージを 1 人以上の受信者に送れないため、メッセージを拒否 / ru: Сообщение с заголовком в UTF-8 нельзя передать одному или нескольким получателям, поэтому оно отклонено
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6531#section-3.5 RFC 6531 §3.5}
 *
 * @example
 * withClass(5, EnhancedStatus.UTF8HeaderMessageCannotBeTransferredToOneOrMoreRecipientsSoTheMessageMustBeRejected) //=> '5.6.9'
 */
export const UTF8HeaderMessageCannotBeTransferredToOneOrMoreRecipientsSoTheMessageMustBeRejected = 'X.6.9' as const;
/**
 * **X.6.10 Deprecated duplicate of X.6.8**
 *
 * This code has no meaning of its own: it duplicates `X.6.8` and is deprecated. Servers should not send it and should use `X.6.8` when a `VRFY` or `EXPN` reply would need UTF-8 that the client did not allow. Software that receives `X.6.10` should treat it exactly like `X.6.8`.
 *
 * The registry gives this code no title, no basic code and no submitter; its only text marks it as a duplicate of `X.6.8` and therefore deprecated. It is left over from RFC 5336, whose registrations RFC 6531 replaced. The title used here is this project's, and so are its classes: those of `X.6.8`.
 *
 * ja: 非推奨となった X.6.8 の重複 / ru: Устаревший дубликат X.6.8
 *
 * Associated basic codes (registry): none
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6531#section-4.2 RFC 6531 §4.2}
 *
 * @example
 * withClass(5, EnhancedStatus.DeprecatedDuplicateOfX68) //=> '5.6.10'
 * @deprecated
 */
export const DeprecatedDuplicateOfX68 = 'X.6.10' as const;
/**
 * **X.7.0 Other or undefined security status**
 *
 * A security or policy condition that no more specific `X.7.x` code describes, or whose reason the server prefers not to reveal. It is not limited to failures: `235 2.7.0` confirms a successful `AUTH`, `530 5.7.0` says that authentication is required first, and `454 4.7.0` reports a temporary authentication failure. The reply text is the only clue, so read it and check the receiving server's policy.
 *
 * ja: その他または未定義のセキュリティのステータス / ru: Прочее или неопределённое состояние безопасности
 *
 * Associated basic codes (registry): 220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463 RFC 3463}
 *
 * @example
 * withClass(5, EnhancedStatus.OtherOrUndefinedSecurityStatus) //=> '5.7.0'
 */
export const OtherOrUndefinedSecurityStatus = 'X.7.0' as const;
/**
 * **X.7.1 Delivery not authorized, message refused**
 *
 * The receiving server's policy does not allow this sender to send to this recipient. Typical causes are relaying denied (an unauthenticated client sending to a non-local recipient), a sending IP address listed on a DNSBL, or a sender or domain blocked by a local rule. RFC 3463 intends the code for permanent failures only, yet `4.7.1` is common for temporary refusals. Read the reply text, then authenticate before relaying, request delisting, or contact the recipient's administrator.
 *
 * The registry's basic codes include the temporary `451` and `454`, although RFC 3463 says the code is useful only as a permanent error; this reference keeps both classes, as the registry does. Servers send `4.7.1` for temporary refusals such as greylisting, and such a reply is a temporary error and is retried. The registry also lists `533`, a reply no RFC defines.
 *
 * ja: 配送が許可されていないため、メッセージを拒否 / ru: Доставка не разрешена, сообщение отклонено
 *
 * Associated basic codes (registry): 451, 454, 502, 503, 533, 550, 551
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463 RFC 3463}
 *
 * @example
 * withClass(5, EnhancedStatus.DeliveryNotAuthorizedMessageRefused) //=> '5.7.1'
 */
export const DeliveryNotAuthorizedMessageRefused = 'X.7.1' as const;
/**
 * **X.7.2 Mailing list expansion prohibited**
 *
 * The list server will not distribute the message to the members of the mailing list because this sender may not post to it. Usually the list accepts posts only from subscribers or approved senders, or the message came from an address other than the subscribed one. RFC 3463 intends the code for permanent failures only. Post from the subscribed address, subscribe first, or ask the list owner for permission.
 *
 * ja: メーリングリストの展開が禁止されている / ru: Развёртывание списка рассылки запрещено
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463 RFC 3463}
 *
 * @example
 * withClass(5, EnhancedStatus.MailingListExpansionProhibited) //=> '5.7.2'
 */
export const MailingListExpansionProhibited = 'X.7.2' as const;
/**
 * **X.7.3 Security conversion required but not possible**
 *
 * Delivering the message would mean converting it from one secure messaging format or protocol to another, and the mail system is unable to do so. The code concerns gateways between different secure mail systems and is rarely seen today. RFC 3463 intends the code for permanent failures only. Send the message in a security format that the recipient's system supports, or agree on another way with the recipient.
 *
 * ja: セキュリティ形式の変換が必要だが実行できない / ru: Требуется преобразование формата защиты, но оно невозможно
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463 RFC 3463}
 *
 * @example
 * withClass(5, EnhancedStatus.SecurityConversionRequiredButNotPossible) //=> '5.7.3'
 */
export const SecurityConversionRequiredButNotPossible = 'X.7.3' as const;
/**
 * **X.7.4 Security features not supported**
 *
 * The message or session relies on a security feature, such as a particular kind of secure authentication, that the delivery protocol or the receiving system cannot provide. RFC 3463 intends the code for permanent failures only, and the registry associates it with `504`. Retry without the unsupported feature, pick a mechanism the server actually advertises, or deliver the message over a route that supports the feature.
 *
 * ja: セキュリティ機能がサポートされていない / ru: Функции безопасности не поддерживаются
 *
 * Associated basic codes (registry): 504
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463 RFC 3463}
 *
 * @example
 * withClass(5, EnhancedStatus.SecurityFeaturesNotSupported) //=> '5.7.4'
 */
export const SecurityFeaturesNotSupported = 'X.7.4' as const;
/**
 * **X.7.5 Cryptographic failure**
 *
 * A mail system that is entitled to verify or decrypt the message in transit could not do it, because a key or similar information it needs is missing or invalid. Typically a gateway that checks or decrypts signed or encrypted mail lacks the current key or certificate. Make sure the keys and certificates the receiving side needs are published, unexpired and correct, then resend.
 *
 * ja: 暗号処理の失敗 / ru: Криптографическая ошибка
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463 RFC 3463}
 *
 * @example
 * withClass(5, EnhancedStatus.CryptographicFailure) //=> '5.7.5'
 */
export const CryptographicFailure = 'X.7.5' as const;
/**
 * **X.7.6 Cryptographic algorithm not supported**
 *
 * A mail system that is entitled to verify or decrypt the message could not process it, because the message uses a cryptographic algorithm the system does not implement, for example an outdated cipher or an unfamiliar signature algorithm. Re-sign or re-encrypt the message with an algorithm both sides support, or ask the recipient's administrator which algorithms are accepted.
 *
 * ja: 暗号アルゴリズムがサポートされていない / ru: Криптографический алгоритм не поддерживается
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463 RFC 3463}
 *
 * @example
 * withClass(5, EnhancedStatus.CryptographicAlgorithmNotSupported) //=> '5.7.6'
 */
export const CryptographicAlgorithmNotSupported = 'X.7.6' as const;
/**
 * **X.7.7 Message integrity failure**
 *
 * A mail system that is entitled to validate the message found that it was damaged or changed after it was protected, so an integrity check such as a signature or checksum no longer matches. RFC 3463 allows it in any class: as a success, a transient or a permanent status. Look for software on the path that rewrites messages (added footers, re-encoding, content filters), fix it, and resend.
 *
 * ja: メッセージの完全性検証に失敗 / ru: Ошибка проверки целостности сообщения
 *
 * Associated basic codes (registry): Not given
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc3463 RFC 3463}
 *
 * @example
 * withClass(5, EnhancedStatus.MessageIntegrityFailure) //=> '5.7.7'
 */
export const MessageIntegrityFailure = 'X.7.7' as const;
/**
 * **X.7.8 Authentication credentials invalid**
 *
 * The server rejected the `AUTH` exchange because the user name, password or other credentials are wrong or not sufficient; a submission server typically answers `535 5.7.8`. Common causes are a mistyped or changed password, the wrong login name (full address versus local part only), or a provider that requires an app password instead of the account password. The client should ask the user for correct credentials rather than retry the same ones.
 *
 * RFC 4468 (`BURL`) had used `X.7.8` for a missing trust relationship between the submission server and a third-party server, while RFC 4954 uses it for invalid credentials. RFC 5248 registered `X.7.14` to replace the `BURL` use, so `X.7.8` now means invalid credentials only.
 *
 * ja: 認証情報が無効 / ru: Неверные учётные данные для аутентификации
 *
 * Associated basic codes (registry): 535, 554
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954 RFC 4954}
 *
 * @example
 * withClass(5, EnhancedStatus.AuthenticationCredentialsInvalid) //=> '5.7.8'
 */
export const AuthenticationCredentialsInvalid = 'X.7.8' as const;
/**
 * **X.7.9 Authentication mechanism is too weak**
 *
 * The `AUTH` mechanism the client selected is weaker than the server's policy permits for this user; RFC 4954 pairs it with `534`. It occurs when an account is set up to accept only stronger mechanisms than the one the client tried. The client should retry with a stronger mechanism from the list in the server's `EHLO` reply; if none works, change the authentication setting in the client.
 *
 * ja: 認証方式が弱すぎる / ru: Механизм аутентификации слишком слабый
 *
 * Associated basic codes (registry): 534
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954 RFC 4954}
 *
 * @example
 * withClass(5, EnhancedStatus.AuthenticationMechanismIsTooWeak) //=> '5.7.9'
 */
export const AuthenticationMechanismIsTooWeak = 'X.7.9' as const;
/**
 * **X.7.10 Encryption Needed**
 *
 * The requested authentication mechanism may be used only over an encrypted connection, chiefly because it sends the password in clear text, as `PLAIN` and `LOGIN` do. Before authenticating, the client can switch on TLS with `STARTTLS` (or connect to an implicit-TLS port), or it can choose a stronger mechanism. RFC 5248 registered the code.
 *
 * The registry lists basic code `523`, which no RFC defines. `X.7.11` covers an almost identical case with `538`.
 *
 * ja: 暗号化が必要 / ru: Требуется шифрование
 *
 * Associated basic codes (registry): 523
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248 RFC 5248}
 *
 * @example
 * withClass(5, EnhancedStatus.EncryptionNeeded) //=> '5.7.10'
 */
export const EncryptionNeeded = 'X.7.10' as const;
/**
 * **X.7.11 Encryption required for requested authentication mechanism**
 *
 * The server refuses the selected `AUTH` mechanism because the SMTP connection is not encrypted; RFC 4954 pairs it with `538`. Current servers simply do not offer such mechanisms before TLS is active, so the reply is rare. The client should issue `STARTTLS` (or use implicit TLS), authenticate again, and never send passwords over an unencrypted connection.
 *
 * RFC 4954 documents this code for historical purposes only. Of the registry's basic codes, `538` comes from RFC 4954, while no RFC defines `524`.
 *
 * ja: 要求された認証方式には暗号化が必要 / ru: Для выбранного механизма аутентификации требуется шифрование
 *
 * Associated basic codes (registry): 524, 538
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954 RFC 4954}
 *
 * @example
 * withClass(5, EnhancedStatus.EncryptionRequiredForRequestedAuthenticationMechanism) //=> '5.7.11'
 */
export const EncryptionRequiredForRequestedAuthenticationMechanism = 'X.7.11' as const;
/**
 * **X.7.12 A password transition is needed**
 *
 * The selected `AUTH` mechanism cannot work for this user yet: the user first has to move over to it, usually because the server does not hold the password data that mechanism needs. RFC 4954 pairs it with `432`. Authenticating once with `PLAIN`, over a TLS connection, normally completes the move, and the selected mechanism then works in later sessions. The condition is temporary.
 *
 * Of the registry's basic codes, `432` comes from RFC 4954, while no RFC defines `422`.
 *
 * ja: パスワードの移行が必要 / ru: Для выбранного механизма аутентификации требуется перенос пароля
 *
 * Associated basic codes (registry): 422, 432
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc4954 RFC 4954}
 *
 * @example
 * withClass(5, EnhancedStatus.APasswordTransitionIsNeeded) //=> '5.7.12'
 */
export const APasswordTransitionIsNeeded = 'X.7.12' as const;
/**
 * **X.7.13 User Account Disabled**
 *
 * The credentials are correct, but the account behind them is switched off. Providers lock accounts over unpaid bills, spam complaints or signs of compromise. Asking the user for the password again is pointless: the refusal lasts until someone re-enables the account, so the user has to contact the mail provider or system administrator. RFC 5248 registered the code.
 *
 * The registry lists basic code `525`, which no RFC defines.
 *
 * ja: ユーザーアカウントが無効 / ru: Учётная запись пользователя отключена
 *
 * Associated basic codes (registry): 525
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248 RFC 5248}
 *
 * @example
 * withClass(5, EnhancedStatus.UserAccountDisabled) //=> '5.7.13'
 */
export const UserAccountDisabled = 'X.7.13' as const;
/**
 * **X.7.14 Trust relationship required**
 *
 * The submission server was asked to fetch the message content from another server, as the `BURL` extension does with a message stored on an IMAP server, but no trust relationship with that server is configured, so it cannot reach the content. The administrator of the submission server has to set up that trust; until then the user can send the message the ordinary way with `DATA`.
 *
 * RFC 5248 registered this code to take over the meaning that RFC 4468 (`BURL`) had given to `X.7.8`; RFC 4954 uses `X.7.8` for invalid credentials.
 *
 * ja: 信頼関係の設定が必要 / ru: Требуется отношение доверия
 *
 * Associated basic codes (registry): 535, 554
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc5248 RFC 5248}
 *
 * @example
 * withClass(5, EnhancedStatus.TrustRelationshipRequired) //=> '5.7.14'
 */
export const TrustRelationshipRequired = 'X.7.14' as const;
/**
 * **X.7.15 Priority Level is too low**
 *
 * The priority requested with the `MT-PRIORITY` parameter of `MAIL FROM` (RFC 6710) is below the lowest priority the receiving server currently accepts. This can be temporary, for instance while an overloaded server takes only high-priority mail. A `4.7.15` is retried later; after a `5.7.15`, resend with a higher priority if the sender is entitled to one, or contact the administrator of the receiving server.
 *
 * The registry names `450` and `550` and adds that other `4XX` or `5XX` codes are allowed.
 *
 * ja: 優先度が低すぎる / ru: Слишком низкий уровень приоритета
 *
 * Associated basic codes (registry): 450, 550 (other 4XX or 5XX codes are allowed)
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6710 RFC 6710}
 *
 * @example
 * withClass(5, EnhancedStatus.PriorityLevelIsTooLow) //=> '5.7.15'
 */
export const PriorityLevelIsTooLow = 'X.7.15' as const;
/**
 * **X.7.16 Message is too big for the specified priority**
 *
 * The receiving server accepts messages at the `MT-PRIORITY` level requested in `MAIL FROM` (RFC 6710) only up to a certain size, and this message is larger. This is often temporary, for instance while the server takes only small high-priority messages. A `4.7.16` is retried later; otherwise send the message with a lower priority, or make it smaller, for example by sharing large attachments as links.
 *
 * The registry names `552` and adds that other `4XX` or `5XX` codes are allowed.
 *
 * ja: 指定された優先度に対してメッセージが大きすぎる / ru: Сообщение слишком велико для указанного приоритета
 *
 * Associated basic codes (registry): 552 (other 4XX or 5XX codes are allowed)
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6710 RFC 6710}
 *
 * @example
 * withClass(5, EnhancedStatus.MessageIsTooBigForTheSpecifiedPriority) //=> '5.7.16'
 */
export const MessageIsTooBigForTheSpecifiedPriority = 'X.7.16' as const;
/**
 * **X.7.17 Mailbox owner has changed**
 *
 * The message carried an RRVS requirement (the `RRVS` parameter of `RCPT TO` or the `Require-Recipient-Valid-Since` header field, RFC 7293), and the receiving system knows that the mailbox has had another owner at some point since the given date. The message is refused so that it does not reach the new holder of a reassigned address. Remove the address or confirm current contact details with the intended person.
 *
 * ja: メールボックスの所有者が変わっている / ru: Сменился владелец почтового ящика
 *
 * Associated basic codes (registry): 5XX
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7293 RFC 7293}
 *
 * @example
 * withClass(5, EnhancedStatus.MailboxOwnerHasChanged) //=> '5.7.17'
 */
export const MailboxOwnerHasChanged = 'X.7.17' as const;
/**
 * **X.7.18 Domain owner has changed**
 *
 * The message carried an RRVS requirement (RFC 7293), and the receiving system chooses to disclose that the domain name of the recipient address has changed hands since the given date. The address may now belong to someone else entirely, so the message is refused. Treat the address as stale: remove it or obtain a current one from the intended recipient.
 *
 * ja: ドメインの所有者が変わっている / ru: Сменился владелец домена
 *
 * Associated basic codes (registry): 5XX
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7293 RFC 7293}
 *
 * @example
 * withClass(5, EnhancedStatus.DomainOwnerHasChanged) //=> '5.7.18'
 */
export const DomainOwnerHasChanged = 'X.7.18' as const;
/**
 * **X.7.19 RRVS test cannot be completed**
 *
 * The message carried an RRVS requirement (RFC 7293), but the receiving system cannot evaluate it because it keeps no record of when the mailbox was created or last changed owner. Whether to try again without the RRVS requirement is the sender's call: the message would then be delivered, but without the protection against a reassigned address.
 *
 * ja: RRVS の検査を完了できない / ru: Проверку RRVS выполнить невозможно
 *
 * Associated basic codes (registry): 5XX
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7293 RFC 7293}
 *
 * @example
 * withClass(5, EnhancedStatus.RRVSTestCannotBeCompleted) //=> '5.7.19'
 */
export const RRVSTestCannotBeCompleted = 'X.7.19' as const;
/**
 * **X.7.20 No passing DKIM signature found**
 *
 * The receiver's policy requires a valid DKIM signature and the message had none: it was unsigned, or every signature failed verification. Typical causes are a missing or wrong public key in DNS (`selector._domainkey`), a sending path that does not sign, or a forwarder or mailing list that altered the signed content. Sign all outgoing mail, check the published key, and do not modify messages after signing.
 *
 * The registry remarks that using this code goes against the advice of RFC 6376 section 6.1, under which a message whose signatures all fail is treated like an unsigned one.
 *
 * ja: 検証に合格する DKIM 署名が見つからない / ru: Не найдена DKIM-подпись, прошедшая проверку
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7372 RFC 7372}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6376 RFC 6376}
 *
 * @example
 * withClass(5, EnhancedStatus.NoPassingDKIMSignatureFound) //=> '5.7.20'
 */
export const NoPassingDKIMSignatureFound = 'X.7.20' as const;
/**
 * **X.7.21 No acceptable DKIM signature found**
 *
 * At least one DKIM signature on the message verifies, but none meets the receiver's policy, for example because the signing domain (`d=`) is not one the receiver accepts for this sender, or the signature uses a key or algorithm the receiver no longer trusts. Sign with the domain the receiver expects, normally your own sending domain, using a current key length and algorithm.
 *
 * The registry remarks that using this code goes against the advice of RFC 6376 section 6.1 on how verifiers treat signatures.
 *
 * ja: 受け入れ可能な DKIM 署名が見つからない / ru: Не найдена приемлемая DKIM-подпись
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7372 RFC 7372}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6376 RFC 6376}
 *
 * @example
 * withClass(5, EnhancedStatus.NoAcceptableDKIMSignatureFound) //=> '5.7.21'
 */
export const NoAcceptableDKIMSignatureFound = 'X.7.21' as const;
/**
 * **X.7.22 No valid author-matched DKIM signature found**
 *
 * A special case of `X.7.21`: the message has DKIM signatures that verify, but none was made by a domain matching the author's address in the `From` header field. It typically happens when an email service signs with its own domain instead of the customer's. Set up DKIM signing for the domain used in `From`, for example by publishing the provider's key under that domain; this is also what DMARC alignment needs.
 *
 * The registry remarks that using this code goes against the advice of RFC 6376 section 6.1 on how verifiers treat signatures.
 *
 * ja: 差出人 (From) と一致する有効な DKIM 署名が見つからない / ru: Не найдена действительная DKIM-подпись, соответствующая автору (From)
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7372 RFC 7372}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc6376 RFC 6376}
 *
 * @example
 * withClass(5, EnhancedStatus.NoValidAuthorMatchedDKIMSignatureFound) //=> '5.7.22'
 */
export const NoValidAuthorMatchedDKIMSignatureFound = 'X.7.22' as const;
/**
 * **X.7.23 SPF validation failed**
 *
 * The SPF check of the sending IP address returned `fail`: the domain in `MAIL FROM` (or `HELO`) publishes an SPF record that does not authorise this host, and local policy rejects such mail. Common causes are a new mail service or server missing from the SPF record, and forwarding, which sends mail from addresses the original domain never listed. Add the sending hosts to the SPF record (for example with `include:`), or use SRS when forwarding.
 *
 * RFC 7208 section 8.4 suggests `5.7.1` for an SPF `fail`; the registry entry says this code is used in its place.
 *
 * ja: SPF 検証に失敗 / ru: Проверка SPF не пройдена
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7372 RFC 7372}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7208 RFC 7208}
 *
 * @example
 * withClass(5, EnhancedStatus.SPFValidationFailed) //=> '5.7.23'
 */
export const SPFValidationFailed = 'X.7.23' as const;
/**
 * **X.7.24 SPF validation error**
 *
 * SPF evaluation for the message ended in an error instead of a result. A temporary error (`temperror`, usually a DNS timeout) comes as `451 4.7.24` and is retried later. A permanent error (`permerror`) comes as `550 5.7.24` and means the SPF record itself is broken, for example by a syntax error, two SPF records, or more than 10 DNS lookups. The domain owner must fix the record.
 *
 * The registry writes the basic codes as "451/550": `451` for a temporary SPF error, in place of `4.4.3` (RFC 7208 section 8.6), and `550` for a permanent one, in place of `5.5.2` (section 8.7).
 *
 * ja: SPF 検証のエラー / ru: Ошибка при проверке SPF
 *
 * Associated basic codes (registry): 451/550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7372 RFC 7372}
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7208 RFC 7208}
 *
 * @example
 * withClass(5, EnhancedStatus.SPFValidationError) //=> '5.7.24'
 */
export const SPFValidationError = 'X.7.24' as const;
/**
 * **X.7.25 Reverse DNS validation failed**
 *
 * The connecting client's IP address failed the receiver's reverse DNS check, and local policy rejects such clients. Usually the address has no PTR record, or the PTR name does not resolve back to the same address. Ask whoever controls the IP address (hosting provider or ISP) to set a PTR record naming a host whose A or AAAA record points back to it, ideally the name the server uses in `HELO`.
 *
 * ja: 逆引き (PTR) の検証に失敗 / ru: Проверка обратной записи DNS (PTR) не пройдена
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7372#section-3.3 RFC 7372 §3.3}
 *
 * @example
 * withClass(5, EnhancedStatus.ReverseDNSValidationFailed) //=> '5.7.25'
 */
export const ReverseDNSValidationFailed = 'X.7.25' as const;
/**
 * **X.7.26 Multiple authentication checks failed**
 *
 * The message failed more than one of the message authentication checks that local policy requires, and the server does not say which. Typically both SPF and DKIM failed, so the message also failed DMARC. Send a test message to a mailbox you control and read its `Authentication-Results` header, then fix the SPF record, the DKIM signing and their alignment with the `From` domain.
 *
 * ja: 複数の認証チェックに失敗 / ru: Не пройдено несколько проверок подлинности отправителя
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7372 RFC 7372}
 *
 * @example
 * withClass(5, EnhancedStatus.MultipleAuthenticationChecksFailed) //=> '5.7.26'
 */
export const MultipleAuthenticationChecksFailed = 'X.7.26' as const;
/**
 * **X.7.27 Sender address has null MX**
 *
 * The domain of the sender address publishes a null MX record (RFC 7505), declaring that it receives no mail, and the receiver refuses mail from such senders because replies and bounces could never be delivered. Send from an address whose domain accepts mail; if the domain is meant to receive mail, replace the null MX with real MX records.
 *
 * ja: 送信者アドレスのドメインに Null MX が設定されている / ru: Для домена адреса отправителя задан Null MX
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc7505 RFC 7505}
 *
 * @example
 * withClass(5, EnhancedStatus.SenderAddressHasNullMX) //=> '5.7.27'
 */
export const SenderAddressHasNullMX = 'X.7.27' as const;
/**
 * **X.7.28 Mail flood detected**
 *
 * The receiving system has identified the message as one of a large wave of similar unwanted messages aimed at the same recipient. A typical case is a mail bomb, where an attacker enters the victim's address in many web forms that each send a confirmation email. Operators of such forms should add safeguards (CAPTCHA, rate limits) and stop mailing the address; a legitimate sender should contact the recipient's administrator.
 *
 * The code was registered from Internet-Draft draft-levine-mailbomb-header-00 (2017), which proposed a header field marking mail sent in response to web forms; the draft expired without becoming an RFC. The registry's basic-code column holds only ".", so no basic code is named.
 *
 * ja: 大量送信 (メール爆弾) を検出 / ru: Обнаружена почтовая бомбардировка
 *
 * Associated basic codes (registry): .
 *
 * @see {@link https://datatracker.ietf.org/doc/draft-levine-mailbomb-header/ draft-levine-mailbomb-header}
 *
 * @example
 * withClass(5, EnhancedStatus.MailFloodDetected) //=> '5.7.28'
 */
export const MailFloodDetected = 'X.7.28' as const;
/**
 * **X.7.29 ARC validation failure**
 *
 * The message carries an ARC chain (RFC 8617) that does not validate, and the receiver rejects it. ARC lets forwarders and mailing lists vouch for authentication results that their own changes would otherwise break; a broken or forged chain removes that evidence. Contact the operator of the intermediary that added the faulty ARC set, or send the message directly without that intermediary.
 *
 * ARC is defined by RFC 8617, an Experimental RFC, not a standards-track one.
 *
 * ja: ARC 検証に失敗 / ru: Ошибка проверки ARC
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc8617 RFC 8617}
 *
 * @example
 * withClass(5, EnhancedStatus.ARCValidationFailure) //=> '5.7.29'
 */
export const ARCValidationFailure = 'X.7.29' as const;
/**
 * **X.7.30 REQUIRETLS support required**
 *
 * The message was sent with the `REQUIRETLS` option of `MAIL FROM` (RFC 8689), which demands TLS with a validated certificate on every hop, and the relaying server found no next-hop server that supports `REQUIRETLS`, so it cannot pass the message on. Either the recipient's mail servers add REQUIRETLS support, or the sender decides whether the message may be resent without the option.
 *
 * ja: REQUIRETLS のサポートが必要 / ru: Требуется поддержка REQUIRETLS
 *
 * Associated basic codes (registry): 550
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc8689 RFC 8689}
 *
 * @example
 * withClass(5, EnhancedStatus.REQUIRETLSSupportRequired) //=> '5.7.30'
 */
export const REQUIRETLSSupportRequired = 'X.7.30' as const;

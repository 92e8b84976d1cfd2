// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
/**
 * **Recipient address does not exist** (hard)
 *
 * The receiving domain accepts mail, but it has no mailbox for the part of the address before the @. The address was mistyped, the account was deleted, or the list entry is out of date.
 *
 * Do not retry. Correct the address or remove it from your list; sending on to unknown addresses harms your sender reputation.
 *
 * ja: 宛先不明 / ru: Адрес получателя не существует
 *
 * sisimai: userunknown
 *
 * @example
 * BounceReason.UserUnknown //=> 'user-unknown'
 */
export const UserUnknown = 'user-unknown' as const;
/**
 * **Mailbox full** (soft)
 *
 * The recipient's mailbox has reached its quota, so the server does not store more mail for it until the owner deletes messages.
 *
 * Retry later. If the mailbox stays full for days (repeated bounces), the address is probably abandoned: stop sending to it.
 *
 * ja: メールボックスがいっぱい / ru: Почтовый ящик переполнен
 *
 * sisimai: mailboxfull
 *
 * @example
 * BounceReason.MailboxFull //=> 'mailbox-full'
 */
export const MailboxFull = 'mailbox-full' as const;
/**
 * **Mailbox disabled or suspended** (hard)
 *
 * The mailbox exists but does not accept mail: the account was suspended, locked by an administrator, closed for non-payment or left inactive for too long.
 *
 * Stop sending to the address. If the recipient matters, reach them another way and ask for a working address.
 *
 * ja: メールボックスが無効または停止中 / ru: Почтовый ящик отключён или заблокирован
 *
 * sisimai: suspend
 *
 * @example
 * BounceReason.MailboxDisabled //=> 'mailbox-disabled'
 */
export const MailboxDisabled = 'mailbox-disabled' as const;
/**
 * **Refused by the recipient's own filter** (depends)
 *
 * The recipient's mailbox or account settings refuse this sender, domain or kind of message. Mobile carriers' receive filters (docomo, au, SoftBank) and per-user block lists answer this way, often with the same words as an unknown user.
 *
 * Do not retry the same message. Ask the recipient to allow your sending address or domain; until then, treat the address as unreachable.
 *
 * ja: 受信者側のフィルターによる拒否 / ru: Отклонено фильтром получателя
 *
 * sisimai: filtered
 *
 * @example
 * BounceReason.RecipientFiltered //=> 'recipient-filtered'
 */
export const RecipientFiltered = 'recipient-filtered' as const;
/**
 * **Recipient has moved** (hard)
 *
 * The address was valid once, but its owner has moved and the server does not forward mail. Some servers name the new address in the reply text.
 *
 * Update the address if the reply names a new one; otherwise remove it. Do not retry the old address.
 *
 * ja: 宛先が移動済み (転送先なし) / ru: Получатель сменил адрес
 *
 * sisimai: hasmoved
 *
 * @example
 * BounceReason.HasMoved //=> 'has-moved'
 */
export const HasMoved = 'has-moved' as const;
/**
 * **Recipient domain does not exist** (hard)
 *
 * The part of the address after the @ cannot receive mail: the domain does not exist in DNS, has no usable MX or address records, or publishes a null MX (RFC 7505).
 *
 * Check the domain for a typo (gmial.com). If it is spelled right, the domain is gone or takes no mail: remove the address.
 *
 * ja: 宛先ドメインが存在しない / ru: Домен получателя не существует
 *
 * sisimai: hostunknown
 *
 * @example
 * BounceReason.HostUnknown //=> 'host-unknown'
 */
export const HostUnknown = 'host-unknown' as const;
/**
 * **Delivery time expired** (soft)
 *
 * The sending server kept the message in its queue and retried after temporary failures, until its queue lifetime ran out and it gave up. The last temporary error is often the real cause.
 *
 * Look at the last error in the notice. The address may be fine: send again later, and if the same domain keeps timing out, check its mail servers.
 *
 * ja: 配送時間切れ / ru: Истёк срок доставки
 *
 * sisimai: expired
 *
 * @example
 * BounceReason.Expired //=> 'expired'
 */
export const Expired = 'expired' as const;
/**
 * **Network or connection failure** (soft)
 *
 * The sending server could not reach the receiving server or lost the connection: the connection was refused or timed out, a DNS lookup failed temporarily, or a routing loop was detected.
 *
 * Retry later; the sending server usually does so by itself. If it persists, check the receiving domain's MX records and whether its servers answer on port 25.
 *
 * ja: ネットワークまたは接続の障害 / ru: Сбой сети или соединения
 *
 * sisimai: networkerror
 *
 * @example
 * BounceReason.NetworkError //=> 'network-error'
 */
export const NetworkError = 'network-error' as const;
/**
 * **Message too big** (hard)
 *
 * The message is larger than the receiving system or the recipient's mailbox accepts, usually because of attachments. The limit may be announced in advance with the SMTP SIZE extension.
 *
 * Do not resend the same message. Make it smaller: compress or remove attachments, or share large files by link.
 *
 * ja: メッセージが大きすぎる / ru: Сообщение слишком велико
 *
 * sisimai: emailtoolarge, mesgtoobig, exceedlimit
 *
 * @example
 * BounceReason.MessageTooBig //=> 'message-too-big'
 */
export const MessageTooBig = 'message-too-big' as const;
/**
 * **Rate limited or too many connections** (soft)
 *
 * The receiving server is slowing the sender down: too many messages, recipients or connections in a short time, or a volume that looks unusual for this sender.
 *
 * Retry later and send more slowly: fewer connections and recipients per connection, spread out over time. A new IP address or domain needs a gradual warm-up.
 *
 * ja: レート制限または接続数過多 / ru: Ограничение частоты или слишком много соединений
 *
 * sisimai: ratelimited, speeding, toomanyconn
 *
 * @example
 * BounceReason.RateLimited //=> 'rate-limited'
 */
export const RateLimited = 'rate-limited' as const;
/**
 * **Sending IP or domain blocked** (depends)
 *
 * The receiving server refuses the sending server itself, not this message: its IP address or domain is on a blocklist (DNSBL), has a poor reputation, or its HELO name is not acceptable.
 *
 * Look up the sending IP on the blocklist the reply names and follow its delisting procedure; fix the cause first (compromised account, open relay, list hygiene). The address itself is probably fine.
 *
 * ja: 送信元の IP アドレスまたはドメインがブロックされている / ru: IP-адрес или домен отправителя заблокирован
 *
 * sisimai: blocked, badreputation
 *
 * @example
 * BounceReason.Blocked //=> 'blocked'
 */
export const Blocked = 'blocked' as const;
/**
 * **Rejected as spam** (depends)
 *
 * A spam filter on the receiving side judged this message to be unsolicited bulk mail, from its content, links, headers or the sender's history.
 *
 * Do not resend unchanged. Check the content and links, authenticate the mail (SPF, DKIM, DMARC) and send only to people who asked for it.
 *
 * ja: スパムと判定されて拒否 / ru: Отклонено как спам
 *
 * sisimai: spamdetected
 *
 * @example
 * BounceReason.SpamDetected //=> 'spam-detected'
 */
export const SpamDetected = 'spam-detected' as const;
/**
 * **Virus or malware detected** (hard)
 *
 * A scanner on the receiving side found a virus, malware or a forbidden attachment type in the message.
 *
 * Do not resend. Scan the sending system and the attachment; send files in a type the recipient accepts, or by link.
 *
 * ja: ウイルスまたはマルウェアを検出 / ru: Обнаружен вирус или вредоносная программа
 *
 * sisimai: virusdetected
 *
 * @example
 * BounceReason.VirusDetected //=> 'virus-detected'
 */
export const VirusDetected = 'virus-detected' as const;
/**
 * **Message content or format rejected** (depends)
 *
 * Something in the message itself was refused: its headers, MIME structure, encoding, media types or a content rule of the receiving server.
 *
 * Read the reply text for the rule that was broken, fix the message and send it again.
 *
 * ja: メッセージの内容または形式による拒否 / ru: Отклонено из-за содержимого или формата сообщения
 *
 * sisimai: contenterror
 *
 * @example
 * BounceReason.ContentRejected //=> 'content-rejected'
 */
export const ContentRejected = 'content-rejected' as const;
/**
 * **Refused by security or policy rules** (depends)
 *
 * The receiving server refused the message under one of its security or policy rules that no more specific reason covers: not authorised to deliver, a local policy, an encryption or signature requirement.
 *
 * Read the reply text for the policy and the contact it names. Fix what it asks for, or ask the recipient's postmaster; do not retry unchanged.
 *
 * ja: セキュリティまたはポリシーによる拒否 / ru: Отклонено правилами безопасности или политики
 *
 * sisimai: policyviolation, securityerror
 *
 * @example
 * BounceReason.PolicyRejected //=> 'policy-rejected'
 */
export const PolicyRejected = 'policy-rejected' as const;
/**
 * **Message does not follow the standards** (hard)
 *
 * The receiving server refused a message that breaks the Internet message format (RFC 5322) or related standards, for example duplicate or missing From, Date or Message-ID headers.
 *
 * Fix the software that builds the message so that it produces standard headers; resending the same message will fail again.
 *
 * ja: メッセージが標準に準拠していない / ru: Сообщение не соответствует стандартам
 *
 * sisimai: notcompliantrfc
 *
 * @example
 * BounceReason.NotCompliant //=> 'not-compliant'
 */
export const NotCompliant = 'not-compliant' as const;
/**
 * **Sender authentication failed (SPF, DKIM, DMARC)** (depends)
 *
 * The message failed the receiving server's checks of the sending domain: SPF does not authorise the sending IP, the DKIM signature is missing or invalid, or the DMARC policy of the From domain says to reject it.
 *
 * Fix the sending domain's DNS and signing: list every sending service in SPF, sign with DKIM aligned to the From domain, and check DMARC reports. Then resend.
 *
 * ja: 送信ドメイン認証の失敗 (SPF、DKIM、DMARC) / ru: Не пройдена проверка подлинности отправителя (SPF, DKIM, DMARC)
 *
 * sisimai: authfailure
 *
 * @example
 * BounceReason.AuthenticationFailed //=> 'authentication-failed'
 */
export const AuthenticationFailed = 'authentication-failed' as const;
/**
 * **Reverse DNS missing or wrong** (depends)
 *
 * The sending IP address has no PTR record, or its PTR name does not resolve back to the same address, and the receiving server requires both.
 *
 * Ask whoever runs the sending IP (hosting or ISP) to set a PTR record to the server's host name, with a matching A or AAAA record. Then resend.
 *
 * ja: 逆引き (PTR レコード) がないか正しくない / ru: Нет или неверна обратная запись DNS (PTR)
 *
 * sisimai: requireptr
 *
 * @example
 * BounceReason.ReverseDnsRequired //=> 'reverse-dns-required'
 */
export const ReverseDnsRequired = 'reverse-dns-required' as const;
/**
 * **TLS required or failed** (depends)
 *
 * The receiving server requires an encrypted connection (STARTTLS) that was not used, or the TLS handshake failed: no common protocol version or cipher, or a certificate that could not be verified.
 *
 * Enable STARTTLS on the sending server with a current TLS version, and check the certificates on both sides. Then resend.
 *
 * ja: TLS が必要、または TLS に失敗 / ru: Требуется TLS или сбой TLS
 *
 * sisimai: failedstarttls
 *
 * @example
 * BounceReason.TlsRequired //=> 'tls-required'
 */
export const TlsRequired = 'tls-required' as const;
/**
 * **Relaying denied** (hard)
 *
 * The server that was contacted is not responsible for the recipient's domain and does not relay mail for this client. Usually the domain's MX records point to the wrong server, or the client did not authenticate.
 *
 * Check the recipient domain's MX records and the sending server's routing; when submitting through your own provider, log in (SMTP AUTH) first.
 *
 * ja: 中継拒否 / ru: Ретрансляция запрещена
 *
 * sisimai: norelaying
 *
 * @example
 * BounceReason.RelayingDenied //=> 'relaying-denied'
 */
export const RelayingDenied = 'relaying-denied' as const;
/**
 * **Sender address rejected** (depends)
 *
 * The receiving server refused the envelope sender (MAIL FROM): its domain does not exist or cannot receive replies, the address is malformed, or the sender is not allowed to write to this recipient.
 *
 * Check the envelope sender address and its domain's DNS (MX or A records); use an address that can receive bounces.
 *
 * ja: 送信者アドレスの拒否 / ru: Адрес отправителя отклонён
 *
 * sisimai: rejected
 *
 * @example
 * BounceReason.SenderRejected //=> 'sender-rejected'
 */
export const SenderRejected = 'sender-rejected' as const;
/**
 * **Domain or server does not accept mail** (hard)
 *
 * The receiving domain or server does not take mail at all: it publishes a null MX, answers 521 or 556, or refuses every message.
 *
 * Remove the address, or reach the recipient another way; retrying does not help.
 *
 * ja: ドメインまたはサーバーがメールを受け付けていない / ru: Домен или сервер не принимает почту
 *
 * sisimai: notaccept
 *
 * @example
 * BounceReason.NotAcceptingMail //=> 'not-accepting-mail'
 */
export const NotAcceptingMail = 'not-accepting-mail' as const;
/**
 * **SMTP command or syntax error** (depends)
 *
 * The receiving server did not understand a command of the sending server, got it out of sequence, or found its arguments invalid. The fault is in the sending software, not in the recipient.
 *
 * Check the sending software's configuration and logs for the command that failed; fix it before resending.
 *
 * ja: SMTP のコマンドまたは構文のエラー / ru: Ошибка команды или синтаксиса SMTP
 *
 * sisimai: syntaxerror
 *
 * @example
 * BounceReason.SyntaxError //=> 'syntax-error'
 */
export const SyntaxError = 'syntax-error' as const;
/**
 * **Error in the receiving system** (depends)
 *
 * A fault in the receiving mail system stopped delivery: a misconfiguration, a failed directory lookup, a local delivery program that exited with an error, or another internal problem.
 *
 * Retry later if the code is temporary. If it persists, tell the recipient's postmaster; the sender cannot fix it.
 *
 * ja: 受信側システムのエラー / ru: Ошибка в системе получателя
 *
 * sisimai: systemerror, mailererror
 *
 * @example
 * BounceReason.SystemError //=> 'system-error'
 */
export const SystemError = 'system-error' as const;
/**
 * **Receiving system out of storage** (soft)
 *
 * The receiving mail system has run out of disk space or queue capacity for all its users, not only for this mailbox.
 *
 * Retry later; the sending server normally does. Tell the recipient's postmaster if it lasts.
 *
 * ja: 受信側システムの記憶域が不足 / ru: В системе получателя недостаточно места
 *
 * sisimai: systemfull
 *
 * @example
 * BounceReason.SystemFull //=> 'system-full'
 */
export const SystemFull = 'system-full' as const;
/**
 * **Suppressed by the sending service** (hard)
 *
 * The sending service did not even try: the address is on its suppression list because of an earlier hard bounce or complaint.
 *
 * Treat the address as undeliverable. Remove it from the suppression list only if you know the earlier problem is fixed.
 *
 * ja: 送信サービスの抑制リストによる停止 / ru: Заблокировано списком подавления службы отправки
 *
 * sisimai: suppressed
 *
 * @example
 * BounceReason.Suppressed //=> 'suppressed'
 */
export const Suppressed = 'suppressed' as const;
/**
 * **Not enough information to decide** (depends)
 *
 * The notice says the delivery failed but gives too little to name a reason: only a generic code such as `5.0.0`, or a text that no rule recognises.
 *
 * Keep the address, and decide after the next attempt or from other notices for it.
 *
 * ja: 判断に必要な情報が不足 / ru: Недостаточно сведений для определения причины
 *
 * sisimai: onhold
 *
 * @example
 * BounceReason.OnHold //=> 'on-hold'
 */
export const OnHold = 'on-hold' as const;
/**
 * **Automatic reply** (none)
 *
 * Not a bounce: the recipient's system answered automatically, for example with an out-of-office or vacation message. The message was delivered.
 *
 * Nothing to do for the address. Do not count it as a failure.
 *
 * ja: 自動応答 / ru: Автоматический ответ
 *
 * sisimai: vacation
 *
 * @example
 * BounceReason.AutoReply //=> 'auto-reply'
 */
export const AutoReply = 'auto-reply' as const;
/**
 * **Complaint (feedback report)** (none)
 *
 * Not a bounce: a mailbox provider reports (ARF, RFC 5965) that the recipient marked the delivered message as spam, or sent another kind of feedback.
 *
 * Stop sending marketing mail to the address (unsubscribe it), and review why recipients complain.
 *
 * ja: 苦情通知 (フィードバックレポート) / ru: Жалоба (отчёт обратной связи)
 *
 * sisimai: feedback
 *
 * @example
 * BounceReason.FeedbackReport //=> 'feedback-report'
 */
export const FeedbackReport = 'feedback-report' as const;
/**
 * **Delivered** (none)
 *
 * Not a failure: a delivery status notification reports that the message was delivered or relayed, usually because success notices were requested (RFC 3461 NOTIFY=SUCCESS).
 *
 * Nothing to do.
 *
 * ja: 配送済み / ru: Доставлено
 *
 * sisimai: delivered
 *
 * @example
 * BounceReason.Delivered //=> 'delivered'
 */
export const Delivered = 'delivered' as const;
/**
 * **Reason not determined** (depends)
 *
 * There is nothing to decide from: the notice carries no usable reply code, enhanced code or text for this recipient.
 *
 * Read the original notice. Treat a 5xx as permanent and a 4xx as temporary until you know more.
 *
 * ja: 理由を特定できない / ru: Причина не определена
 *
 * sisimai: undefined
 *
 * @example
 * BounceReason.Undetermined //=> 'undetermined'
 */
export const Undetermined = 'undetermined' as const;

// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
/**
 * **X.0.X Other or Undefined Status**
 *
 * Subject `0` carries no information about where the problem lies. Its only registered code is `X.0.0`, which a server sends when it can say no more than whether the action succeeded, failed temporarily or failed permanently. A client reads such a code by its class alone, exactly as it reads a code whose subject it does not know.
 *
 * ja: その他または未定義のステータス / ru: Прочее или неопределённое состояние
 */
export const OtherOrUndefinedStatus = 0 as const;
/**
 * **X.1.X Addressing Status**
 *
 * Subject `1` covers problems with an address itself, a recipient's or the sender's: a local part that does not exist, a domain that cannot receive mail, bad syntax, or a mailbox that has moved. The sender can usually fix these by correcting the address. A client that does not know a detail code here reports it as an address problem in general.
 *
 * ja: アドレスに関するステータス / ru: Состояние адресации
 */
export const AddressingStatus = 1 as const;
/**
 * **X.2.X Mailbox Status**
 *
 * Subject `2` covers conditions of a recipient mailbox that exists: it is disabled, over its quota, limited to smaller messages, or a mailing list that cannot be expanded. These are normally in the hands of the mailbox owner, so the sender retries later or contacts the recipient by other means. A client that does not know a detail code here reports a mailbox problem in general.
 *
 * ja: メールボックスのステータス / ru: Состояние почтового ящика
 */
export const MailboxStatus = 2 as const;
/**
 * **X.3.X Mail System Status**
 *
 * Subject `3` covers the receiving mail system as a whole rather than one mailbox: its storage is full, it is not taking mail at the moment, it lacks a requested feature, the message exceeds its size limit, or it is misconfigured. Such problems are for the destination's administrators to resolve; temporary ones are retried. A client that does not know a detail code here reports a mail system problem in general.
 *
 * ja: メールシステムのステータス / ru: Состояние почтовой системы
 */
export const MailSystemStatus = 3 as const;
/**
 * **X.4.X Network and Routing Status**
 *
 * Subject `4` covers the path to the destination: connections that are not answered or break off, failing DNS or other directory lookups, domains that cannot be routed, congestion, routing loops and messages that expired in a queue. Most of these are temporary and are retried automatically. A client that does not know a detail code here reports a network or routing problem in general.
 *
 * ja: ネットワークとルーティングのステータス / ru: Состояние сети и маршрутизации
 */
export const NetworkAndRoutingStatus = 4 as const;
/**
 * **X.5.X Mail Delivery Protocol Status**
 *
 * Subject `5` covers the SMTP dialogue itself: commands that are unknown, out of sequence or malformed, bad parameters, too many recipients, protocol version mismatches and overlong authentication exchanges. These usually point to a bug or a misconfiguration in the client or the server, not to the address or the message. A client that does not know a detail code here reports a protocol problem in general.
 *
 * ja: メール配送プロトコルのステータス / ru: Состояние протокола доставки почты
 */
export const MailDeliveryProtocolStatus = 5 as const;
/**
 * **X.6.X Message Content or Media Status**
 *
 * Subject `6` covers the content of the message: MIME types the next system cannot handle, conversions that are needed but forbidden, impossible or lossy, content that cannot be fetched, and internationalized (UTF-8) addresses or headers that the path cannot carry. Sender and receiver both have to support the formats used, so the fix may lie on either side. A client that does not know a detail code here reports a content problem in general.
 *
 * ja: メッセージの内容またはメディアタイプのステータス / ru: Состояние содержимого сообщения или его MIME-типа
 */
export const MessageContentOrMediaStatus = 6 as const;
/**
 * **X.7.X Security or Policy Status**
 *
 * Subject `7` covers security and policy decisions: delivery refused by the recipient's policy or filters, failed SMTP authentication, encryption or TLS requirements, failed SPF, DKIM or ARC checks, reverse DNS checks and similar rules. The remedy depends on the check, from fixing credentials or DNS records to asking the recipient's administrator. A client that does not know a detail code here reports a security or policy problem in general.
 *
 * ja: セキュリティまたはポリシーのステータス / ru: Состояние безопасности или политики
 */
export const SecurityOrPolicyStatus = 7 as const;

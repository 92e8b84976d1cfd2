// Generated from spec/ by scripts/src/generate-constants.ts. Do not edit: run `npm run generate`.
/**
 * **2.X.X Success**
 *
 * The first digit `2` reports that the action succeeded: the message was accepted, relayed or delivered. The subject and detail may add information, for example that the message had to be converted on the way or that a requested option was changed. A client needs to do nothing further, but it can log the detail or pass it on in a delivery status notification.
 *
 * ja: 成功 / ru: Успех
 */
export const Success = 2 as const;
/**
 * **4.X.X Persistent Transient Failure**
 *
 * The first digit `4` reports a temporary failure: the message itself is acceptable, but a condition that is expected to clear, such as a full mail system, an overloaded host or a failed DNS lookup, is blocking it for now. The client keeps the message queued and retries later; if the condition lasts until the queue lifetime runs out, the message is returned to the sender as undeliverable.
 *
 * ja: 一時的エラー (継続的な一時的失敗) / ru: Временная ошибка (устойчивая)
 */
export const PersistentTransientFailure = 4 as const;
/**
 * **5.X.X Permanent Failure**
 *
 * The first digit `5` reports a permanent failure: sending the same message again to the same address will fail again. Something has to change first, such as the recipient address, the size or content of the message, or the configuration of the sending or receiving system. The client does not retry; it returns a non-delivery report to the sender, who removes the cause before sending again.
 *
 * ja: 恒久的エラー / ru: Постоянная ошибка
 */
export const PermanentFailure = 5 as const;

import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import { VERIFICATION_MINUTES, VERIFICATION_TRIES, type VerificationRequest, type VerifyChannel } from '../../../common/services';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/unit-of-work';
import type { Clock } from '../../platform/clock';
import { AppError, fieldError } from '../../platform/errors';
import type { Mailer } from '../../platform/notifications/notification.service';
import type { RegistrationRepository } from './registration.repository';

/**
 * Sends a short text to a mobile number or an e-mail address. The platform has no SMS gateway of
 * its own: a city plugs its provider in behind this interface; until then the console sender logs.
 */
export interface VerificationSender {
  /** True when nothing really leaves the server (the demo shows the code on the form). */
  readonly console: boolean;
  send(channel: VerifyChannel, target: string, text: string): Promise<void>;
}

/** A sender that writes SMS to the log and e-mail through the platform's mailer (itself a log by default). */
export function consoleVerificationSender(logger: Logger, mailer: Mailer): VerificationSender & { sent: { channel: VerifyChannel; target: string; text: string }[] } {
  const sent: { channel: VerifyChannel; target: string; text: string }[] = [];
  return {
    console: true,
    sent,
    async send(channel, target, text) {
      sent.push({ channel, target, text });
      if (channel === 'email') return mailer.send({ to: target, subject: '知产平台验证码', text });
      logger.info({ channel, target: `${target.slice(0, 3)}****${target.slice(-4)}` }, 'sms (not sent: no SMS gateway configured)');
    },
  };
}

/** Codes sent to one address per hour; more are refused without saying whether the address is known. */
const PER_HOUR = 5;
const hashCode = (channel: string, target: string, code: string) => createHash('sha256').update(`${channel}:${target}:${code}`).digest('hex');

/** One-time codes proving that an applicant holds the mobile number or e-mail address they give. */
export function createVerificationService(deps: { db: Db; repo: RegistrationRepository; clock: Clock; sender: VerificationSender; showDemoCode: boolean }) {
  const { db, repo, clock, sender } = deps;
  return {
    /** Sends a new code; on a demo server without a gateway the answer carries it. */
    async issue(input: VerificationRequest): Promise<{ sent: true; expiresInMinutes: number; demoCode: string | null }> {
      const now = clock.now();
      if ((await repo.verificationsSince(db, input.channel, input.target, new Date(now.getTime() - 3600_000))) >= PER_HOUR) {
        throw new AppError('RATE_LIMITED', '验证码发送过于频繁，请一小时后再试');
      }
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await inTransaction(db, (trx) => repo.insertVerification(trx, { channel: input.channel, target: input.target, code_hash: hashCode(input.channel, input.target, code), expires_at: new Date(now.getTime() + VERIFICATION_MINUTES * 60_000) }, now));
      await sender.send(input.channel, input.target, `您的知产平台注册验证码为 ${code}，${VERIFICATION_MINUTES}分钟内有效。如非本人操作请忽略。`);
      return { sent: true, expiresInMinutes: VERIFICATION_MINUTES, demoCode: deps.showDemoCode && sender.console ? code : null };
    },

    /**
     * Checks a code. A wrong one counts against its tries in its own transaction (so a failed
     * registration still uses up a guess); the right one is marked used by `consumeIn` inside the
     * registration's transaction.
     */
    async check(channel: VerifyChannel, target: string, code: string): Promise<string> {
      const now = clock.now();
      return inTransaction(db, async (trx) => {
        const v = await repo.latestVerification(trx, channel, target);
        const expected = v ? Buffer.from(v.code_hash, 'hex') : null;
        const given = Buffer.from(hashCode(channel, target, code), 'hex');
        if (!v || v.expires_at.getTime() < now.getTime() || v.attempts >= VERIFICATION_TRIES) throw fieldError('verificationCode', '验证码已失效，请重新获取');
        if (!expected || !timingSafeEqual(expected, given)) {
          await repo.markVerification(trx, v.id, { attempts: v.attempts + 1 });
          return null;
        }
        return v.id;
      }).then((id) => {
        if (!id) throw fieldError('verificationCode', '验证码不正确');
        return id;
      });
    },

    /** Marks a checked code used, inside the caller's transaction. */
    async consumeIn(trx: Db, id: string): Promise<void> {
      await repo.markVerification(trx, id, { used_at: clock.now() });
    },

    /** Tells an applicant what became of their registration. */
    async notify(channel: VerifyChannel, target: string, text: string): Promise<void> {
      await sender.send(channel, target, text);
    },
  };
}
export type VerificationService = ReturnType<typeof createVerificationService>;

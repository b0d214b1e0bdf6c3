import { z } from 'zod';
import { Role } from './roles';

/** Roles that may call the finance module's routes; rows are then limited by the module's policy. */
export const FinanceAccess = {
  /** Everyone who takes part in IP finance: the office, districts, banks and enterprises. */
  read: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice, Role.BankOfficer, Role.Enterprise],
  /** The office runs whitelist batches, reviews, pools, claims and payments. */
  manage: [Role.Admin, Role.OfficeStaff],
  /** District offices recommend enterprises and see their district's figures. */
  district: [Role.Admin, Role.OfficeStaff, Role.DistrictOffice],
  /** Bank officers record credit lines, loans and claims of their own bank. */
  bank: [Role.BankOfficer],
  /** Enterprises apply to whitelists, prepare pledges and ask for subsidies. */
  enterprise: [Role.Enterprise],
} as const satisfies Record<string, readonly Role[]>;

/** The kinds of IP right that can be pledged. */
export const IpRightKind = { Patent: 'patent', Trademark: 'trademark', Gi: 'gi' } as const;
export type IpRightKind = (typeof IpRightKind)[keyof typeof IpRightKind];
export const IpRightKindSchema = z.enum(['patent', 'trademark', 'gi']);
export const IpRightKindLabels: Record<IpRightKind, { zh: string; en: string }> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  gi: { zh: '地理标志', en: 'Geographical indication' },
};

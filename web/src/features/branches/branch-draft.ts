import type { Branch, BranchKind, OversellPolicy } from './api/branch';
import type { BranchPayload } from './api/save-branch';

/** What the branch form edits; numbers are kept as typed. */
export interface BranchDraft {
  code: string;
  name: string;
  kind: BranchKind;
  address: string;
  phone: string;
  latitude: string;
  longitude: string;
  radiusMeters: string;
  receiptHeader: string;
  receiptFooter: string;
  oversell: OversellPolicy;
  active: boolean;
}

const text = (value: number | null) => (value === null ? '' : String(value));

export function branchDraft(branch: Branch | null): BranchDraft {
  return {
    code: branch?.code ?? '',
    name: branch?.name ?? '',
    kind: branch?.kind ?? 'SHOP',
    address: branch?.address ?? '',
    phone: branch?.phone ?? '',
    latitude: text(branch?.latitude ?? null),
    longitude: text(branch?.longitude ?? null),
    radiusMeters: text(branch?.radiusMeters ?? null),
    receiptHeader: branch?.receiptHeader ?? '',
    receiptFooter: branch?.receiptFooter ?? '',
    oversell: branch?.oversell ?? 'BLOCK',
    active: branch?.active ?? true,
  };
}

export const CODE_PATTERN = /^[A-Z0-9]{2,10}$/;

function decimal(value: string, min: number, max: number): number | null | undefined {
  if (value.trim() === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const number = Number(value.trim());
  return number >= min && number <= max ? number : undefined;
}

export type BranchCheck =
  { ok: true; payload: BranchPayload } | { ok: false; errors: Record<string, string> };

/** Checks the draft as the server will; `creating` adds the code (it cannot change later). */
export function checkBranch(draft: BranchDraft, creating: boolean): BranchCheck {
  const errors: Record<string, string> = {};
  const code = draft.code.trim().toUpperCase();
  if (creating && !CODE_PATTERN.test(code)) {
    errors['code'] = 'Use 2 to 10 capital letters or digits, for example IKJ.';
  }
  if (draft.name.trim() === '') errors['name'] = 'Enter the branch name.';
  const latitude = decimal(draft.latitude, -90, 90);
  const longitude = decimal(draft.longitude, -180, 180);
  if (latitude === undefined) errors['latitude'] = 'Enter a latitude between -90 and 90.';
  if (longitude === undefined) errors['longitude'] = 'Enter a longitude between -180 and 180.';
  if (
    latitude !== undefined &&
    longitude !== undefined &&
    (latitude === null) !== (longitude === null)
  ) {
    errors[latitude === null ? 'latitude' : 'longitude'] =
      'Enter both latitude and longitude, or neither.';
  }
  const radiusText = draft.radiusMeters.trim();
  const radius = radiusText === '' ? null : Number(radiusText);
  if (radius !== null && (!/^\d+$/.test(radiusText) || radius < 1 || radius > 100000)) {
    errors['radiusMeters'] = 'Enter a whole number of metres, for example 150.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const payload: BranchPayload = {
    name: draft.name.trim(),
    kind: draft.kind,
    address: draft.address.trim(),
    phone: draft.phone.trim(),
    latitude: latitude ?? null,
    longitude: longitude ?? null,
    radiusMeters: radius,
    receiptHeader: draft.receiptHeader.trim(),
    receiptFooter: draft.receiptFooter.trim(),
    oversell: draft.oversell,
  };
  if (creating) {
    payload.code = code;
  } else {
    payload.active = draft.active;
    // An emptied field must be named: the server keeps a field sent as null.
    const clear = (['latitude', 'longitude', 'radiusMeters'] as const).filter(
      (field) => payload[field] === null,
    );
    if (clear.length > 0) payload.clear = [...clear];
  }
  return { ok: true, payload };
}

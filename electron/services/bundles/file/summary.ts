// What `bundle inspect` and the import preview show about a verified bundle
// before anything is decided: identity, route, sequence and size. Only
// fields of the signed manifest and hashes computed by the reader.
import type { BundleSummary } from '../../../../shared/model/bundle';
import type { VerifiedBundle } from '../types';

export function summarizeBundle(v: VerifiedBundle): BundleSummary {
  const m = v.manifest;
  return {
    bundleId: m.bundleId,
    bundleType: m.bundleType,
    cycleId: m.cycleId,
    issuer: m.issuer.institution,
    audience: m.audience,
    seq: m.seq,
    createdAt: m.createdAt,
    fileSha256: v.fileSha256,
    manifestSha256: v.manifestSha256,
    size: v.size,
    counts: { ...m.counts },
  };
}

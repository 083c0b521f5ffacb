/**
 * Where the real outcome is someone else's choice, the desk plays one case and says so. A buyer
 * *may* file an A-to-Z claim after a return request waits 48 hours (RET-48H), and a seller *may
 * ask* Amazon to remove feedback (FB-REPORT): the desk assumes the claim is filed and the request
 * is accepted when a ground applies. The check is src/content/checks/assumptions.ts, run by the
 * scenario schema (so the build and check-content refuse a scenario that does not say it);
 * tests/content/checks/scenario.test.ts shows it catching each case.
 */
import { describe, expect, it } from 'vitest';
import { checkAssumptions } from '../../src/content/checks/assumptions.ts';
import { collectIssues } from '../../src/content/checks/issues.ts';
import { scenarios } from './real-content.ts';

describe('the desk says what it assumes', () => {
  it('has scenarios with return requests and with removal requests to guard', () => {
    const events = (index: number) => [
      ...(scenarios[index]?.data.start.history ?? []),
      ...(scenarios[index]?.data.arrivals.flatMap((arrival) => arrival.events) ?? []),
    ];
    expect(
      scenarios.filter((_entry, index) =>
        events(index).some((event) => event.type === 'return.requested'),
      ),
    ).not.toEqual([]);
    expect(
      scenarios.filter(({ data }) =>
        data.decisions.some((decision) => decision.action === 'requestFeedbackRemoval'),
      ),
    ).not.toEqual([]);
  });

  it.each(scenarios.map(({ id, data }) => [id, data] as const))(
    '%s says what it assumes',
    (_id, data) => {
      const sink = collectIssues();
      checkAssumptions(data, sink);
      expect(sink.issues).toEqual([]);
    },
  );
});

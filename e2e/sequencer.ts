/**
 * The order of the browser journeys: vitest's own order (failed first, then slowest, then largest file), except
 * that the second-factor journey runs first. It sets up TOTP for the demo job coach at first login and so
 * needs an account no other journey has logged in yet; the employers and introductions journeys log the same
 * coach in (setting up a second factor through `loginWithSecondFactor`). All journeys share one demo server.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const FRESH_ACCOUNT_FIRST = ['/e2e/journeys/second-factor.spec.ts'];

export class JourneySequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => FRESH_ACCOUNT_FIRST.some((end) => f.moduleId.endsWith(end));
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}
